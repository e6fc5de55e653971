extension CheckContext {
    /// The segments of `side` that no bead aligns (1:0 or 0:1 beads), each with its bead's confidence, in order.
    /// None when the documents are not translations of each other: `not-a-translation` then reports the pair once
    /// instead of every sentence.
    package func unalignedSegments(_ side: DocumentSide) -> [(segment: Int, confidence: Double)] {
        guard isTranslation else { return [] }
        return beads.filter { $0.segments(side.other).isEmpty }.flatMap { bead in
            bead.segments(side).map { (segment: $0, confidence: bead.confidence) }
        }
    }

    /// What an omission or addition finding adds when its bead is unsure: below one half, another reading (a
    /// neighbouring sentence left out instead) is about as likely.
    package static func uncertaintyNote(_ confidence: Double) -> String {
        guard confidence < Bead.unsureBelow else { return "" }
        return " The aligner is unsure (\(Int((confidence * 100).rounded()))%): a neighbouring sentence may be the one"
            + " without a counterpart."
    }
}
