import Foundation

extension SARIFLog {
    /// One log with one run for a whole batch: the results of every reviewed pair (their artifact URIs name the
    /// pair's files, their fingerprints include them), the rules of all of them, and for pairs that could not be
    /// checked an unsuccessful invocation with one error notification each.
    /// - Parameter workingDirectory: artifact URIs, and the paths in fingerprints, are relative to it.
    public init(_ batch: BatchReview, toolVersion: String, workingDirectory: String) {
        var builder = BatchBuilder(toolVersion: toolVersion, workingDirectory: workingDirectory)
        for entry in batch.entries {
            builder.add(entry)
        }
        self = builder.log()
    }

    /// A batch's SARIF log built pair by pair: each pair's results as it comes (their snippets, not the
    /// documents), the rules and the run at the end.
    public struct BatchBuilder: BatchReportBuilder {
        public let toolVersion: String
        /// Artifact URIs, and the paths in fingerprints, are relative to it.
        public let workingDirectory: String
        private var rules: [String: RuleDescriptor] = [:]
        private var results: [Result] = []
        private var failures: [String] = []

        public init(toolVersion: String, workingDirectory: String) {
            self.toolVersion = toolVersion
            self.workingDirectory = workingDirectory
        }

        /// Takes a reviewed pair's results and rules, or a failed pair's notification (`name: message`).
        public mutating func add(_ entry: BatchReview.Entry) {
            switch entry.outcome {
            case .reviewed(let review): add(review)
            case .failed(let message): failures.append("\(entry.pair.name): \(message)")
            }
        }

        /// Takes a review's results and its rules (merged by id with those already taken).
        public mutating func add(_ review: Review) {
            for rule in review.rules where rules[rule.id] == nil {
                rules[rule.id] = rule
            }
            results += SARIFLog.results(of: review, workingDirectory: workingDirectory)
        }

        /// The log of everything added.
        public func log() -> SARIFLog {
            SARIFLog(rules: Array(rules.values), results: results, failures: failures, toolVersion: toolVersion)
        }

        /// The log as JSON; SARIF has no summary, so `summary` is not used.
        public func report(summary: BatchSummary) throws -> Data {
            try log().jsonData()
        }
    }
}
