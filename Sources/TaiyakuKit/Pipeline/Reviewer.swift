/// Runs the whole review of a translation pair: alignment, then every enabled check.
public struct Reviewer: Sendable {
    public var aligner: Aligner
    public var checks: [any Check]

    public init(aligner: Aligner = Aligner(), checks: [any Check]) {
        self.aligner = aligner
        self.checks = checks
    }

    /// Extracts anchors, aligns the pair and runs the checks.
    /// - Parameter documentDate: the date relative dates refer to; by default the one the documents give.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func review(_ pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> Review {
        let sides = try pair.alignmentSides(documentDate: documentDate)
        let alignment = aligner.align(sides.source, with: sides.target)
        let context = CheckContext(source: pair.source, target: pair.target, beads: alignment.beads)
        let findings = checks.flatMap { $0.findings(in: context) }
        return Review(
            source: pair.source, target: pair.target, beads: alignment.beads, findings: findings,
            rules: checks.map(RuleDescriptor.init), sourceHighlights: Self.highlights(sides.source.anchors),
            targetHighlights: Self.highlights(sides.target.anchors))
    }

    /// Anchors worth showing: every kind but the low-weight ones (`two countries`).
    private static func highlights(_ anchors: [[Anchor]]) -> [[Highlight]] {
        anchors.map { list in
            list.filter { $0.weight >= 0.3 }.map { Highlight(kind: .anchor, range: $0.range, label: "\($0.kind.rawValue) \($0.value)") }
        }
    }
}
