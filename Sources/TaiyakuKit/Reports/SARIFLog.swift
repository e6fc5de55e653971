import Foundation

/// A SARIF 2.1.0 log of a review, modelled as Codable types: one run, the rules in `tool.driver.rules`, one
/// result per finding located on the side it is about (the translation, unless only the source has it) with the
/// other side as a related location, and `partialFingerprints` so that code scanning matches results across runs.
public struct SARIFLog: Codable, Sendable, Equatable {
    public let version: String
    public let schema: String
    public let runs: [Run]

    enum CodingKeys: String, CodingKey {
        case version
        case schema = "$schema"
        case runs
    }

    public struct Run: Codable, Sendable, Equatable {
        public let tool: Tool
        public let columnKind: String
        public let results: [Result]
        /// Only in a batch log where some pair could not be checked: one unsuccessful invocation listing them.
        public let invocations: [Invocation]?
    }

    /// How the run went (SARIF §3.20); Taiyaku writes one only to report pairs it could not check.
    public struct Invocation: Codable, Sendable, Equatable {
        public let executionSuccessful: Bool
        public let toolExecutionNotifications: [Notification]
    }

    /// A problem of the tool rather than of the documents (SARIF §3.58): a pair that could not be loaded.
    public struct Notification: Codable, Sendable, Equatable {
        public let level: String
        public let message: Message
    }

    public struct Tool: Codable, Sendable, Equatable {
        public let driver: Driver
    }

    public struct Driver: Codable, Sendable, Equatable {
        public let name: String
        public let version: String
        public let rules: [Rule]
    }

    public struct Rule: Codable, Sendable, Equatable {
        public let id: String
        public let name: String
        public let shortDescription: Message
        public let defaultConfiguration: Configuration
    }

    public struct Configuration: Codable, Sendable, Equatable {
        public let level: String
    }

    public struct Message: Codable, Sendable, Equatable {
        public let text: String
    }

    public struct Result: Codable, Sendable, Equatable {
        public let ruleId: String
        public let ruleIndex: Int
        public let level: String
        public let message: Message
        public let locations: [Location]
        public let relatedLocations: [Location]?
        public let partialFingerprints: [String: String]
    }

    public struct Location: Codable, Sendable, Equatable {
        public let id: Int?
        public let physicalLocation: PhysicalLocation
        public let message: Message?
    }

    public struct PhysicalLocation: Codable, Sendable, Equatable {
        public let artifactLocation: ArtifactLocation
        public let region: Region
    }

    public struct ArtifactLocation: Codable, Sendable, Equatable {
        public let uri: String
    }

    public struct Region: Codable, Sendable, Equatable {
        public let startLine: Int
        public let startColumn: Int
        public let endLine: Int
        public let endColumn: Int
        public let snippet: Message?
    }

    /// The key under which Taiyaku's own fingerprint goes (GitHub computes `primaryLocationLineHash` itself):
    /// `Finding.fingerprint(in:)`, which hashes the pair's two paths with the finding's rule and texts, so that the
    /// same finding in two pairs of a batch is two alerts, and edits elsewhere in the documents keep it. Version 1
    /// hashed the rule and texts alone.
    public static let fingerprintKey = "taiyakuFinding/v2"

    /// The log of one review.
    /// - Parameter workingDirectory: artifact URIs, and the paths in fingerprints, are relative to it.
    public init(_ review: Review, toolVersion: String, workingDirectory: String) {
        var builder = BatchBuilder(toolVersion: toolVersion, workingDirectory: workingDirectory)
        builder.add(review)
        self = builder.log()
    }

    /// One run holding `results` (of one review or many), the rules they were checked against, and for pairs that
    /// could not be checked an unsuccessful invocation with one error notification each.
    /// - Parameters:
    ///   - rules: by id; sorted here, and each result's `ruleIndex` set to its rule's place.
    ///   - failures: messages for pairs that could not be checked; without any, the run has no invocation.
    init(rules descriptors: [RuleDescriptor], results: [Result], failures: [String], toolVersion: String) {
        version = "2.1.0"
        schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let rules = descriptors.sorted { $0.id < $1.id }.map { rule in
            Rule(
                id: rule.id, name: rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
                shortDescription: Message(text: rule.summary),
                defaultConfiguration: Configuration(level: Self.level(rule.defaultSeverity)))
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let invocations = failures.isEmpty ? nil : [
            Invocation(
                executionSuccessful: false,
                toolExecutionNotifications: failures.map { Notification(level: "error", message: Message(text: $0)) })
        ]
        runs = [
            Run(
                tool: Tool(driver: Driver(name: "Taiyaku", version: toolVersion, rules: rules)),
                columnKind: "utf16CodeUnits",
                results: results.map { $0.withRuleIndex(ruleIndex[$0.ruleId] ?? 0) }, invocations: invocations)
        ]
    }

    /// One result per finding of `review` that has a location, in the review's order, each located on the side it
    /// is about (the translation, unless only the source has it) with the source as a related location. Their
    /// `ruleIndex` is 0 until the run's rules are known.
    /// - Parameter workingDirectory: artifact URIs, and the paths in fingerprints, are relative to it.
    static func results(of review: Review, workingDirectory: String) -> [Result] {
        let pair = ArtifactPair(review, workingDirectory: workingDirectory)
        func location(_ place: FindingLocation, in document: Document, path: String, id: Int?, label: String?) -> Location {
            let start = document.location(of: place.range.lowerBound)
            let end = document.location(of: place.range.upperBound)
            return Location(
                id: id,
                physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: uri(forRunPath: path)),
                    region: Region(
                        startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
                        snippet: Message(text: place.excerpt))),
                message: label.map { Message(text: $0) })
        }
        return review.findings.compactMap { finding -> Result? in
            let primary: Location
            var related: [Location] = []
            if let target = finding.target {
                primary = location(target, in: review.target.document, path: pair.target, id: nil, label: nil)
                if let source = finding.source {
                    related.append(location(source, in: review.source.document, path: pair.source, id: 1, label: "source sentence"))
                }
            } else if let source = finding.source {
                primary = location(source, in: review.source.document, path: pair.source, id: nil, label: nil)
            } else {
                return nil
            }
            return Result(
                ruleId: finding.ruleID, ruleIndex: 0, level: Self.level(finding.severity),
                message: Message(text: finding.suggestion.map { "\(finding.message) Suggestion: \($0)" } ?? finding.message),
                locations: [primary], relatedLocations: related.isEmpty ? nil : related,
                partialFingerprints: [Self.fingerprintKey: finding.fingerprint(in: pair)])
        }
    }

    public func jsonData() throws -> Data {
        try StableJSON.encode(self)
    }

    static func level(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    /// `path` relative to `directory` when it lies inside it, with URI escaping; otherwise a `file://` URI.
    static func relativeURI(_ path: String, to directory: String) -> String {
        uri(forRunPath: ArtifactPair.path(path, relativeTo: directory))
    }

    /// The URI of a path as `ArtifactPair` gives it: escaped, and a `file://` URI when absolute.
    static func uri(forRunPath path: String) -> String {
        let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + escaped : escaped
    }
}

extension SARIFLog.Result {
    /// The same result pointing at the rule at `index` of the run's rules.
    func withRuleIndex(_ index: Int) -> SARIFLog.Result {
        SARIFLog.Result(
            ruleId: ruleId, ruleIndex: index, level: level, message: message, locations: locations,
            relatedLocations: relatedLocations, partialFingerprints: partialFingerprints)
    }
}
