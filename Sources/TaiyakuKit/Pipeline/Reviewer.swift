/// Runs the whole review of a translation pair: alignment, then every enabled check.
public struct Reviewer: Sendable {
    public var aligner: Aligner
    public var checks: [any Check]
    /// The glossary and variant groups for the terminology checks (`nil`: those checks find nothing).
    public var terminology: Terminology?

    public init(aligner: Aligner = Aligner(), checks: [any Check], terminology: Terminology? = nil) {
        self.aligner = aligner
        self.checks = checks
        self.terminology = terminology
    }

    /// Aligns the pair and runs the checks; glossary terms found become highlights.
    /// - Throws: `ICUError` if ICU cannot normalise a segment for term matching.
    public func review(_ pair: TranslationPair) throws(ICUError) -> Review {
        let alignment = aligner.align(AlignmentSide(document: pair.source), with: AlignmentSide(document: pair.target))
        let context: CheckContext
        if let terminology {
            context = try CheckContext(
                source: pair.source, target: pair.target, beads: alignment.beads, terminology: terminology)
        } else {
            context = CheckContext(source: pair.source, target: pair.target, beads: alignment.beads)
        }
        let findings = checks.flatMap { $0.findings(in: context) }
        func highlights(_ side: DocumentSide) -> [[Highlight]]? {
            guard terminology != nil else { return nil }
            return context.document(side).segments.indices.map { segment in
                context.termMatches(side, segment: segment).map {
                    Highlight(kind: .term, range: $0.range, label: $0.conceptID)
                }
            }
        }
        return Review(
            source: pair.source, target: pair.target, beads: alignment.beads, findings: findings,
            rules: checks.map(RuleDescriptor.init), sourceHighlights: highlights(.source),
            targetHighlights: highlights(.target))
    }
}
