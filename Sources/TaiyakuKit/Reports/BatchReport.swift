import Foundation

/// The JSON form of a batch (`taiyaku check --pairs … --format json`), versioned; its JSON Schema is
/// `Resources/Schemas/batch-report.schema.json`, which takes each pair's report from `review-report.schema.json`.
public struct BatchReport: Codable, Sendable, Equatable {
    /// Bumped when a field changes meaning or disappears; new optional fields keep the version.
    public static let currentVersion = 1

    /// One pair: its review report, or the error that stopped it.
    public struct Pair: Codable, Sendable, Equatable {
        public let name: String
        public let source: String
        public let target: String
        public let report: ReviewReport?
        public let error: String?

        /// The pair's part of the report: a few kilobytes of findings and counts, not the review.
        public init(_ entry: BatchReview.Entry, toolVersion: String) {
            name = entry.pair.name
            source = entry.pair.source
            target = entry.pair.target
            report = entry.review.map { ReviewReport($0, toolVersion: toolVersion) }
            error = entry.failure
        }
    }

    /// A batch's JSON report built pair by pair: each pair's report as it comes, the totals at the end.
    public struct Builder: BatchReportBuilder {
        public let toolVersion: String
        private var pairs: [Pair] = []

        public init(toolVersion: String) {
            self.toolVersion = toolVersion
        }

        public mutating func add(_ entry: BatchReview.Entry) {
            pairs.append(Pair(entry, toolVersion: toolVersion))
        }

        /// The report of the pairs added, with the batch's unpaired files and totals.
        public func batchReport(summary: BatchSummary) -> BatchReport {
            BatchReport(pairs: pairs, summary: summary, toolVersion: toolVersion)
        }

        public func report(summary: BatchSummary) throws -> Data {
            try batchReport(summary: summary).jsonData()
        }
    }

    public let version: Int
    public let tool: String
    /// In the order the pairs were given.
    public let pairs: [Pair]
    /// Files without a partner (folder pairing).
    public let unpaired: [String]
    public let totals: BatchReview.Totals

    public init(_ batch: BatchReview, toolVersion: String) {
        var builder = Builder(toolVersion: toolVersion)
        for entry in batch.entries {
            builder.add(entry)
        }
        self = builder.batchReport(summary: BatchSummary(batch))
    }

    /// - Parameters:
    ///   - pairs: in the order the pairs were given.
    ///   - summary: the batch's summary, for the unpaired files and the totals.
    public init(pairs: [Pair], summary: BatchSummary, toolVersion: String) {
        version = Self.currentVersion
        tool = "taiyaku \(toolVersion)"
        self.pairs = pairs
        unpaired = summary.unpaired
        totals = summary.totals
    }

    public func jsonData() throws -> Data {
        try StableJSON.encode(self)
    }
}
