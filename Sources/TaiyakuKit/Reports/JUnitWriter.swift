/// The review as JUnit XML, which GitLab and Jenkins show as test results: one test case per rule, failing with
/// the list of its findings when it has any at or above the failing severity.
public struct JUnitWriter: Sendable {
    /// Findings at or above this severity fail their rule's test case (`nil`: none fail; all are listed).
    public let failingSeverity: Finding.Severity?

    public init(failingSeverity: Finding.Severity?) {
        self.failingSeverity = failingSeverity
    }

    public func document(for review: Review) -> String {
        let (suite, failures) = testSuite(for: review)
        let root = MarkupElement(
            "testsuites", attributes: [("name", "taiyaku"), ("tests", "\(review.rules.count)"), ("failures", "\(failures)")],
            children: [.element(suite)])
        return root.document()
    }

    /// The test suite of one review, named after its two files, and how many of its test cases fail.
    func testSuite(for review: Review) -> (suite: MarkupElement, failures: Int) {
        let suiteName = "\(review.source.document.name) ↔ \(review.target.document.name)"
        var cases: [MarkupElement.Child] = []
        var failures = 0
        for rule in review.rules {
            let findings = review.findings.filter { $0.ruleID == rule.id }
            let failing = findings.filter { finding in failingSeverity.map { finding.severity >= $0 } ?? false }
            var children: [MarkupElement.Child] = []
            let listing = findings.map { line(for: $0, in: review) }.joined(separator: "\n")
            if !failing.isEmpty {
                failures += 1
                children.append(.element(MarkupElement(
                    "failure",
                    attributes: [("message", "\(failing.count) finding\(failing.count == 1 ? "" : "s"): \(rule.summary)"), ("type", rule.id)],
                    text: listing)))
            } else if !findings.isEmpty {
                children.append(.element(MarkupElement("system-out", text: listing)))
            }
            cases.append(.element(MarkupElement(
                "testcase", attributes: [("classname", "taiyaku.\(rule.id)"), ("name", rule.id)], children: children)))
        }
        let suite = MarkupElement(
            "testsuite",
            attributes: [("name", suiteName), ("tests", "\(review.rules.count)"), ("failures", "\(failures)"), ("errors", "0")],
            children: cases)
        return (suite, failures)
    }

    private func line(for finding: Finding, in review: Review) -> String {
        var parts = ["[\(finding.severity.rawValue)] \(finding.message)"]
        if let source = finding.source {
            parts.append("source \(review.source.document.name):\(review.source.document.location(of: source.range.lowerBound)): \(source.context(following: finding.target))")
        }
        if let target = finding.target {
            parts.append("target \(review.target.document.name):\(review.target.document.location(of: target.range.lowerBound)): \(target.context(following: finding.source))")
        }
        if let suggestion = finding.suggestion {
            parts.append("suggestion: \(suggestion)")
        }
        return parts.joined(separator: "\n  ")
    }
}
