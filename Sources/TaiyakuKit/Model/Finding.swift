/// One thing a reviewer should look at: a rule, how serious it is, what is wrong, and where on each side.
public struct Finding: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: return 0
            case .warning: return 1
            case .error: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Whose text a finding is about: the translation (what the translator must look at) or the original on its
    /// own (its quotes, dashes or date styles), which reports list after the translation's findings.
    public enum Subject: String, Sendable, Codable, CaseIterable {
        case translation
        case original
    }

    /// The rule's id, e.g. `term-missing`, `number-mismatch`.
    public let ruleID: String
    public let severity: Severity
    public let message: String
    /// Where on the source side (nil for a target-only finding, e.g. an added sentence).
    public let source: FindingLocation?
    /// Where on the target side (nil for a source-only finding, e.g. an omitted sentence).
    public let target: FindingLocation?
    /// A replacement or action, where one is obvious.
    public let suggestion: String?
    /// Whether the finding is about the translation (the default) or about the original alone.
    public let subject: Subject

    public init(
        ruleID: String, severity: Severity, message: String, source: FindingLocation?, target: FindingLocation?,
        suggestion: String? = nil, subject: Subject = .translation
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.source = source
        self.target = target
        self.suggestion = suggestion
        self.subject = subject
    }
}

/// A place in one document: the segment and the offending part of it. Offsets are UTF-16 code units in the
/// original file; line and column are derived from them when a report is written.
public struct FindingLocation: Sendable, Hashable, Codable {
    public let segment: Int
    /// The offending part in the original file (the whole segment when nothing narrower applies).
    public let range: Range<Int>
    /// The offending part as UTF-16 offsets into `segmentText`.
    public let textRange: Range<Int>
    /// The whole segment's text after layout repair, for showing the context.
    public let segmentText: String

    public init(segment: Int, range: Range<Int>, textRange: Range<Int>, segmentText: String) {
        self.segment = segment
        self.range = range
        self.textRange = textRange
        self.segmentText = segmentText
    }

    /// The offending part's text, exactly and whole (at most a segment): what the fingerprint hashes.
    public var offendingText: String {
        let units = Array(segmentText.utf16)
        let lower = min(max(0, textRange.lowerBound), units.count)
        let upper = min(max(lower, textRange.upperBound), units.count)
        return String(units: units[lower..<upper])
    }

    /// The offending part as reports quote it: whole when it fits `Limits.standard.maximumExcerptLength` (a
    /// number, a name, a term; a short sentence), else its start, cut with `…`.
    public var excerpt: String {
        Limits.standard.excerpt(of: offendingText)
    }

    /// The sentence as reports quote it: whole when it fits `Limits.standard.maximumExcerptLength`, else a window
    /// around the offending part with `…` at each cut. When the part is the whole sentence (an omitted sentence, or
    /// a number with no counterpart on this side), the window centres on `focus(following:)` instead.
    /// - Parameter other: the finding's place on the other side, if any.
    public func context(following other: FindingLocation? = nil) -> String {
        Limits.standard.excerpt(of: segmentText, around: isWholeSegment ? focus(following: other) : textRange)
    }

    /// Whether the offending part is the whole segment (nothing narrower to point at).
    var isWholeSegment: Bool {
        textRange.lowerBound <= 0 && textRange.upperBound >= segmentText.utf16.count
    }

    /// Where a window of this side's sentence centres when its part is the whole sentence: where the other side's
    /// part lies, in proportion to the two sentences' lengths (the start when there is no other side).
    func focus(following other: FindingLocation?) -> Range<Int> {
        guard let other, !other.textRange.isEmpty, !other.isWholeSegment else { return 0..<0 }
        let otherLength = max(1, other.segmentText.utf16.count)
        let length = segmentText.utf16.count
        let offset = Int(Double(other.textRange.lowerBound) / Double(otherLength) * Double(length))
        return offset..<offset
    }
}
