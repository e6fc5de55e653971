import Foundation

/// The JSON form of a review (`taiyaku check --format json`), versioned; its JSON Schema is
/// `Resources/Schemas/review-report.schema.json`.
public struct ReviewReport: Codable, Sendable, Equatable {
    /// Bumped when a field changes meaning or disappears; new optional fields keep the version.
    public static let currentVersion = 1

    public struct Side: Codable, Sendable, Equatable {
        public let file: String
        public let language: Language
        public let segments: Int
    }

    public struct Place: Codable, Sendable, Equatable {
        public let segment: Int
        /// UTF-16 offsets of the offending part in the original file, end exclusive.
        public let start: Int
        public let end: Int
        /// 1-based; columns count UTF-16 code units; the end is exclusive.
        public let line: Int
        public let column: Int
        public let endLine: Int
        public let endColumn: Int
        /// The offending part: exactly the file's text between `start` and `end` (layout repair aside), so that a
        /// program can check a place against the file. It is a whole sentence only for a sentence-level finding
        /// (an omission, an addition), one per sentence, so the excerpts of a report stay within a few times the
        /// documents' size; `sentence` is the bounded quotation.
        public let excerpt: String
        /// The sentence around the offending part: whole when it holds at most `Limits.maximumExcerptLength` UTF-16
        /// units, else a window of that length around the part, `…` at each cut. Characters are kept exactly.
        public let sentence: String
    }

    public struct Entry: Codable, Sendable, Equatable {
        public let rule: String
        public let severity: Finding.Severity
        public let message: String
        public let suggestion: String?
        public let fingerprint: String
        public let source: Place?
        public let target: Place?
        /// `original` for a finding about the original alone (its quotes, dashes or date styles); left out for the
        /// usual finding about the translation.
        public let subject: Finding.Subject?
    }

    /// A review in numbers (see `ReviewSummary`).
    public typealias Summary = ReviewSummary

    public let version: Int
    public let tool: String
    public let offsetUnit: String
    public let source: Side
    public let target: Side
    public let summary: Summary
    public let rules: [RuleDescriptor]
    public let findings: [Entry]

    public init(_ review: Review, toolVersion: String) {
        version = Self.currentVersion
        tool = "taiyaku \(toolVersion)"
        offsetUnit = "utf-16"
        source = Side(file: review.source.document.name, language: review.source.language, segments: review.source.segments.count)
        target = Side(file: review.target.document.name, language: review.target.language, segments: review.target.segments.count)
        summary = Summary(review)
        rules = review.rules
        findings = review.findings.map { finding in
            Entry(
                rule: finding.ruleID, severity: finding.severity, message: finding.message, suggestion: finding.suggestion,
                fingerprint: finding.fingerprint,
                source: finding.source.map { Self.place($0, in: review.source.document, following: finding.target) },
                target: finding.target.map { Self.place($0, in: review.target.document, following: finding.source) },
                subject: finding.subject == .original ? .original : nil)
        }
    }

    /// - Parameter other: the finding's place on the other side, where a whole-sentence window centres.
    static func place(_ location: FindingLocation, in document: Document, following other: FindingLocation?) -> Place {
        let start = document.location(of: location.range.lowerBound)
        let end = document.location(of: location.range.upperBound)
        return Place(
            segment: location.segment, start: location.range.lowerBound, end: location.range.upperBound,
            line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            excerpt: location.offendingText, sentence: location.context(following: other))
    }

    public func jsonData() throws -> Data {
        try StableJSON.encode(self)
    }
}
