/// A review in numbers: its findings by severity and its beads.
public struct ReviewSummary: Codable, Sendable, Equatable {
    public let errors: Int
    public let warnings: Int
    public let notes: Int
    public let beads: Int
    public let aligned: Int

    public init(_ review: Review) {
        let counts = review.counts
        errors = counts[.error] ?? 0
        warnings = counts[.warning] ?? 0
        notes = counts[.note] ?? 0
        beads = review.beads.count
        aligned = review.beads.filter(\.isAligned).count
    }

    /// The number of findings of `severity`.
    public func count(of severity: Finding.Severity) -> Int {
        switch severity {
        case .error: return errors
        case .warning: return warnings
        case .note: return notes
        }
    }
}
