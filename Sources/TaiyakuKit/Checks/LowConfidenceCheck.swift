/// An aligned bead the aligner was unsure of: a person should confirm that the sentences correspond.
package struct LowConfidenceCheck: Check {
    package let id = "low-confidence"
    package let summary = "The aligner is unsure that these sentences translate each other."
    package let defaultSeverity = Finding.Severity.note
    /// Beads below this confidence are reported. A confidence is the probability that the bead is right (see
    /// `Aligner`), so below one half the sentences more likely do not correspond than do.
    package let threshold: Double

    package init(threshold: Double = Bead.unsureBelow) {
        self.threshold = threshold
    }

    package var examples: [CheckExample] {
        [
            // Two of three alike sentences were dropped, and nothing says which: the aligner cannot be sure.
            CheckExample(
                source: "The two leaders held a summit meeting in Tokyo on December 20, 2025. He agreed. She agreed. "
                    + "We agreed. The leaders signed 15 documents. Japan will provide 1,000 tons of rice. The next "
                    + "meeting will be held in 2027. Both sides welcomed the 30th anniversary of diplomatic relations.",
                target: "2025年12月20日、両首脳は東京において首脳会談を行った。同意した。両首脳は15件の文書に署名した。"
                    + "日本は1,000トンのコメを供与する。次回会合は2027年に開催される。双方は外交関係樹立30周年を歓迎した。",
                marking: "She agreed."),
            CheckExample(
                source: "On December 20, 2025, the leaders of Japan and Tajikistan met in Tokyo and 15 documents were signed.",
                target: "2025年12月20日、東京において日本とタジキスタンの首脳会談が行われ、15件の文書が署名された。",
                triggers: false),
        ]
    }

    package func findings(in context: CheckContext) -> [Finding] {
        // A wrong pair (`not-a-translation`) is reported once, not bead by bead.
        context.beads.filter { context.isTranslation && $0.isAligned && $0.confidence < threshold }.map { bead in
            Finding(
                ruleID: id, severity: defaultSeverity,
                message: "Aligned with confidence \(Int((bead.confidence * 100).rounded()))%: check that these sentences correspond.",
                source: context.location(.source, segment: bead.source.lowerBound),
                target: context.location(.target, segment: bead.target.lowerBound))
        }
    }
}
