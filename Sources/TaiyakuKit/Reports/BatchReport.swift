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
    }

    public let version: Int
    public let tool: String
    /// In the order the pairs were given.
    public let pairs: [Pair]
    /// Files without a partner (folder pairing).
    public let unpaired: [String]
    public let totals: BatchReview.Totals

    public init(_ batch: BatchReview, toolVersion: String) {
        version = Self.currentVersion
        tool = "taiyaku \(toolVersion)"
        pairs = batch.entries.map { entry in
            Pair(
                name: entry.pair.name, source: entry.pair.source, target: entry.pair.target,
                report: entry.review.map { ReviewReport($0, toolVersion: toolVersion) }, error: entry.failure)
        }
        unpaired = batch.unpaired
        totals = batch.totals
    }

    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
