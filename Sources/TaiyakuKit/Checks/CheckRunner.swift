/// Runs checks over a context and orders their findings.
public enum CheckRunner {
    /// The findings of `checks` in `context`, in a stable order: by the source position (target-only findings
    /// after them, by target position), then rule id, then message.
    public static func findings(in context: CheckContext, checks: [any Check] = CheckRegistry.all) -> [Finding] {
        checks.flatMap { $0.findings(in: context) }.sorted { left, right in
            sortKey(left) < sortKey(right)
        }
    }

    private static func sortKey(_ finding: Finding) -> (Int, Int, Int, String, String) {
        if let source = finding.source {
            return (0, source.range.lowerBound, source.range.upperBound, finding.ruleID, finding.message)
        }
        let target = finding.target
        return (1, target?.range.lowerBound ?? 0, target?.range.upperBound ?? 0, finding.ruleID, finding.message)
    }
}
