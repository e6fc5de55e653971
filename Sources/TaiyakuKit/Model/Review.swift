/// The outcome of checking a translation pair: the alignment, the findings and the rules that ran. Report
/// writers turn it into text, JSON, SARIF, JUnit and HTML.
public struct Review: Sendable {
    public let source: SegmentedDocument
    public let target: SegmentedDocument
    public let beads: [Bead]
    /// In report order: by position in the source, then the target, then rule.
    public let findings: [Finding]
    /// Every rule that ran, whether or not it found anything (JUnit and SARIF list them all).
    public let rules: [RuleDescriptor]
    /// What was found in each segment (anchors and glossary terms), for highlighting; empty lists when unknown.
    public let sourceHighlights: [[Highlight]]
    public let targetHighlights: [[Highlight]]

    public init(
        source: SegmentedDocument, target: SegmentedDocument, beads: [Bead], findings: [Finding],
        rules: [RuleDescriptor], sourceHighlights: [[Highlight]]? = nil, targetHighlights: [[Highlight]]? = nil
    ) {
        self.source = source
        self.target = target
        self.beads = beads
        self.findings = findings.sorted(by: Review.reportOrder)
        self.rules = rules.sorted { $0.id < $1.id }
        self.sourceHighlights = sourceHighlights ?? Array(repeating: [], count: source.segments.count)
        self.targetHighlights = targetHighlights ?? Array(repeating: [], count: target.segments.count)
    }

    /// The same review without the findings `baseline` accepts for this pair.
    /// - Parameter workingDirectory: the directory the baseline's paths are relative to (see `ArtifactPair`).
    public func excluding(_ baseline: Baseline, workingDirectory: String) -> Review {
        var matcher = baseline.matcher()
        return excluding(using: &matcher, workingDirectory: workingDirectory)
    }

    /// The same review without the findings `matcher` still accepts for this pair, using up the entries it takes.
    public func excluding(using matcher: inout Baseline.Matcher, workingDirectory: String) -> Review {
        keeping(matcher.newFindings(in: findings, of: ArtifactPair(self, workingDirectory: workingDirectory)))
    }

    /// The same review with `findings` (a subset of its own) as its findings.
    func keeping(_ findings: [Finding]) -> Review {
        Review(
            source: source, target: target, beads: beads, findings: findings, rules: rules,
            sourceHighlights: sourceHighlights, targetHighlights: targetHighlights)
    }

    /// The number of findings of each severity.
    public var counts: [Finding.Severity: Int] {
        Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
    }

    /// Whether any finding is at or above `threshold` (`nil`: never fail).
    public func fails(at threshold: Finding.Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
    }

    /// Findings about the translation before those about the original alone; then source position, then target
    /// position (findings of one side only come after those of both), then rule.
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        // Findings about the translation first, then those about the original alone.
        if lhs.subject != rhs.subject { return lhs.subject == .translation }
        let left = [lhs.source?.range.lowerBound ?? Int.max, lhs.target?.range.lowerBound ?? Int.max]
        let right = [rhs.source?.range.lowerBound ?? Int.max, rhs.target?.range.lowerBound ?? Int.max]
        if left != right { return left.lexicographicallyPrecedes(right) }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}

/// What reports say about a rule.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    public let id: String
    public let summary: String
    public let defaultSeverity: Finding.Severity

    public init(id: String, summary: String, defaultSeverity: Finding.Severity) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
    }
}
