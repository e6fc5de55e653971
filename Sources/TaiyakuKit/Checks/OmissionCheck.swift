/// A source segment the translation leaves out (a 1:0 bead).
///
/// A sentence is an error when the aligner is sure of it; when it is unsure (a neighbouring sentence may be the
/// one left out, or the sentence may be merged into a neighbour) it is a warning that says so. So is a bracketed
/// remark (`（続く）`). A heading, a line of the closing signature block or a markup tag (`<laugh/>`) is only a note, since
/// translations often restyle or drop those. The source is the
/// original, whichever its language: a Japanese original with an English 仮訳 is checked with the Japanese as
/// SOURCE (`--source-lang ja --target-lang en`).
package struct OmissionCheck: Check {
    package let id = "omission"
    package let summary = "A source sentence has no counterpart in the translation."
    package let defaultSeverity = Finding.Severity.error

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "Both sides welcomed the signing of 15 documents in Tokyo. The two leaders also agreed to hold the next summit in Dushanbe in 2026. Japan will provide support of 1,000 tons of rice.",
                target: "双方は、東京における15件の文書の署名を歓迎した。日本は1,000トンのコメの支援を行う。",
                marking: "The two leaders also agreed to hold the next summit in Dushanbe in 2026."),
            CheckExample(
                source: "Both sides welcomed the signing of 15 documents in Tokyo. Japan will provide support of 1,000 tons of rice.",
                target: "双方は、東京における15件の文書の署名を歓迎した。日本は1,000トンのコメの支援を行う。",
                triggers: false),
        ]
    }

    package func findings(in context: CheckContext) -> [Finding] {
        let segments = context.source.segments
        let lastSentence = segments.lastIndex { $0.kind != .heading } ?? -1
        return context.unalignedSegments(.source).map { index, confidence in
            let isHeading = segments[index].kind == .heading
            let inSignature = isHeading && index > lastSentence
            let what = inSignature ? "signature line" : isHeading ? "heading" : "sentence"
            // A markup tag (`<laugh/>`) carries nothing to translate; a bracketed remark (`（続く）`) is often left
            // out on purpose: neither is surely a sentence left out.
            let isRemark = AdditionCheck.isRemark(segments[index].units)
            let isMarkup = isRemark && segments[index].units.first == 0x3C
            let severity: Finding.Severity =
                isHeading || isMarkup ? .note : confidence < Bead.unsureBelow || isRemark ? .warning : defaultSeverity
            return Finding(
                ruleID: id, severity: severity,
                message: "This \(what) of the original (\(context.source.language.displayName)) has no counterpart in "
                    + "the translation (\(context.target.language.displayName))."
                    + CheckContext.uncertaintyNote(confidence),
                source: context.location(.source, segment: index), target: nil,
                suggestion: isHeading ? nil : "Translate it, or confirm that leaving it out is intended.")
        }
    }
}
