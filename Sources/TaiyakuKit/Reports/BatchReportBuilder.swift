import Foundation

/// One report of a batch, built pair by pair as the pairs finish, so that a batch never holds its reviews.
///
/// The batch hands over each pair's entry in pair order and drops the review once `add` returns; the builder keeps
/// only its own part of it (a text section, a JSON report, SARIF results, a JUnit suite), never the documents or
/// the alignment. The summary is kept apart, in a `BatchSummary`, since every format ends with it.
public protocol BatchReportBuilder {
    /// Takes the next pair's entry, in pair order.
    /// - Throws: what writing the pair's own output throws (the HTML pages are written as they are made).
    mutating func add(_ entry: BatchReview.Entry) throws

    /// The report of the pairs added, finished with the batch's summary.
    /// - Throws: an encoding error for formats that encode.
    func report(summary: BatchSummary) throws -> Data
}
