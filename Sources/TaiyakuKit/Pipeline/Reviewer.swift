/// Runs the whole review of a translation pair: alignment, then every enabled check.
public struct Reviewer: Sendable {
    public var aligner: Aligner
    public var checks: [any Check]

    public init(aligner: Aligner = Aligner(), checks: [any Check]) {
        self.aligner = aligner
        self.checks = checks
    }

    /// Aligns the pair and runs the checks.
    public func review(_ pair: TranslationPair) -> Review {
        let alignment = aligner.align(AlignmentSide(document: pair.source), with: AlignmentSide(document: pair.target))
        let context = CheckContext(source: pair.source, target: pair.target, beads: alignment.beads)
        let findings = checks.flatMap { $0.findings(in: context) }
        return Review(
            source: pair.source, target: pair.target, beads: alignment.beads, findings: findings,
            rules: checks.map(RuleDescriptor.init))
    }
}
