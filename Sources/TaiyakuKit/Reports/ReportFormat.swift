import Foundation

/// The formats a review is reported in, and the one place that turns a review, or a batch pair by pair, into the
/// chosen format: the command line and library users go through it alike.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For people in a terminal (`TextReportWriter`).
    case text
    /// Versioned JSON with a schema (`ReviewReport`, `BatchReport`).
    case json
    /// SARIF 2.1.0 for code scanning (`SARIFLog`).
    case sarif
    /// JUnit XML for CI test views (`JUnitWriter`).
    case junit
    /// One self-contained page per pair, the two documents side by side (`HTMLReportWriter`).
    case html

    /// What every writer may need besides the review.
    public struct Settings: Sendable {
        /// The version written into machine-readable reports.
        public var toolVersion: String
        /// The directory report paths and fingerprints are relative to (the working directory of a run).
        public var workingDirectory: String
        /// The severity at which a JUnit test case fails (`--fail-on`); `nil`: never.
        public var failingSeverity: Finding.Severity?
        /// The text report's writer (colour, width, verbosity).
        public var text: TextReportWriter

        public init(
            toolVersion: String, workingDirectory: String, failingSeverity: Finding.Severity? = .error,
            text: TextReportWriter = TextReportWriter(colour: false)
        ) {
            self.toolVersion = toolVersion
            self.workingDirectory = workingDirectory
            self.failingSeverity = failingSeverity
            self.text = text
        }
    }

    /// The report of one pair.
    /// - Throws: an encoding error for the formats that encode.
    public func report(for review: Review, settings: Settings) throws -> Data {
        switch self {
        case .text:
            return Data(settings.text.text(for: review).utf8)
        case .json:
            return try ReviewReport(review, toolVersion: settings.toolVersion).jsonData()
        case .sarif:
            return try SARIFLog(review, toolVersion: settings.toolVersion, workingDirectory: settings.workingDirectory).jsonData()
        case .junit:
            return Data(JUnitWriter(failingSeverity: settings.failingSeverity).document(for: review).utf8)
        case .html:
            return Data(
                HTMLReportWriter(toolVersion: settings.toolVersion, workingDirectory: settings.workingDirectory)
                    .document(for: review).utf8)
        }
    }

    /// The builder of a batch's report in this format.
    /// - Parameters:
    ///   - pairCount: how many pairs the batch has (HTML pages are numbered with as many digits).
    ///   - writePage: where an HTML batch's page for each pair goes as soon as it is made (other formats write none).
    public func batchBuilder(
        pairCount: Int, settings: Settings,
        writePage: @escaping (HTMLReportWriter.Page) throws -> Void = { _ in }
    ) -> any BatchReportBuilder {
        switch self {
        case .text:
            return TextReportWriter.BatchBuilder(writer: settings.text)
        case .json:
            return BatchReport.Builder(toolVersion: settings.toolVersion)
        case .sarif:
            return SARIFLog.BatchBuilder(toolVersion: settings.toolVersion, workingDirectory: settings.workingDirectory)
        case .junit:
            return JUnitWriter.BatchBuilder(writer: JUnitWriter(failingSeverity: settings.failingSeverity))
        case .html:
            let writer = HTMLReportWriter(toolVersion: settings.toolVersion, workingDirectory: settings.workingDirectory)
            return HTMLReportWriter.BatchBuilder(writer: writer, pairCount: pairCount, writePage: writePage)
        }
    }
}
