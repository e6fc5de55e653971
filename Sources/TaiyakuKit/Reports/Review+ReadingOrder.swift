extension Review {
    /// The findings in the order a reviewer should read them, numbered from 1 in that order: findings about the
    /// translation before those about the original alone, errors before warnings before notes, then document order
    /// (the review's own order). The text report lists them so and the HTML page numbers them so (`finding-N`).
    public var findingsInReadingOrder: [Finding] {
        findings.enumerated().sorted { lhs, rhs in
            let left = (Self.subjectRank(lhs.element.subject), -Self.severityRank(lhs.element.severity), lhs.offset)
            let right = (Self.subjectRank(rhs.element.subject), -Self.severityRank(rhs.element.severity), rhs.offset)
            return left < right
        }.map(\.element)
    }

    private static func subjectRank(_ subject: Finding.Subject) -> Int {
        subject == .translation ? 0 : 1
    }

    private static func severityRank(_ severity: Finding.Severity) -> Int {
        switch severity {
        case .error: return 2
        case .warning: return 1
        case .note: return 0
        }
    }
}
