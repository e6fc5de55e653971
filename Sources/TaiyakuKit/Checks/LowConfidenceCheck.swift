/// An aligned bead the aligner was unsure of: a person should confirm that the sentences correspond.
public struct LowConfidenceCheck: Check {
    public let id = "low-confidence"
    public let summary = "The aligner is unsure that these sentences translate each other."
    public let defaultSeverity = Finding.Severity.note
    /// Beads below this confidence are reported.
    public let threshold: Double

    public init(threshold: Double = 0.4) {
        self.threshold = threshold
    }

    public var examples: [CheckExample] {
        [
            CheckExample(
                source: "The weather in the capital was unusually warm for the season, and many residents spent the afternoon in the parks along the river.",
                target: "2025年12月20日、東京において日本とタジキスタンの首脳会談が行われ、15件の文書が署名された。",
                triggers: true),
            CheckExample(
                source: "On December 20, 2025, the leaders of Japan and Tajikistan met in Tokyo and 15 documents were signed.",
                target: "2025年12月20日、東京において日本とタジキスタンの首脳会談が行われ、15件の文書が署名された。",
                triggers: false),
        ]
    }

    public func findings(in context: CheckContext) -> [Finding] {
        context.beads.filter { $0.isAligned && $0.confidence < threshold }.map { bead in
            Finding(
                ruleID: id, severity: defaultSeverity,
                message: "Aligned with confidence \(Int((bead.confidence * 100).rounded()))%: check that these sentences correspond.",
                source: context.location(.source, segment: bead.source.lowerBound),
                target: context.location(.target, segment: bead.target.lowerBound))
        }
    }
}
