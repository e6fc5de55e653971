import Foundation

/// Findings a team has accepted, by fingerprint, so that CI fails only on new ones. A fingerprint hashes the rule
/// and the texts involved, not positions, so it survives edits elsewhere in the documents; a fingerprint listed
/// twice accepts two identical findings.
public struct Baseline: Sendable, Equatable {
    public static let currentVersion = 1

    struct Entry: Codable, Equatable {
        let fingerprint: String
        let rule: String
        let message: String
    }

    private struct File: Codable {
        let version: Int
        let findings: [Entry]
    }

    private let entries: [Entry]

    /// A baseline accepting `findings`.
    public init(accepting findings: [Finding]) {
        entries = findings.map { Entry(fingerprint: $0.fingerprint, rule: $0.ruleID, message: $0.message) }
            .sorted { ($0.fingerprint, $0.rule) < ($1.fingerprint, $1.rule) }
    }

    /// Reads a baseline file.
    /// - Throws: `DocumentError` for an unreadable file, `BaselineError` for one that is not a baseline.
    public static func load(contentsOf path: String) throws -> Baseline {
        let document = try Document.load(contentsOf: path)
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(document.text.utf8))
            guard file.version == currentVersion else {
                throw BaselineError.unsupportedVersion(file: path, version: file.version)
            }
            return Baseline(entries: file.findings)
        } catch let error as BaselineError {
            throw error
        } catch {
            throw BaselineError.malformed(file: path, reason: String(describing: error))
        }
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// The baseline as JSON, sorted, ready to commit.
    public func jsonData() throws -> Data {
        try StableJSON.encode(File(version: Self.currentVersion, findings: entries))
    }

    /// The findings the baseline does not accept.
    public func newFindings(in findings: [Finding]) -> [Finding] {
        newFindings(in: [findings])[0]
    }

    /// The findings of several reviews (a batch) the baseline does not accept, group by group. Each fingerprint
    /// accepts as many findings in all groups together as the baseline lists, the earliest first.
    public func newFindings(in groups: [[Finding]]) -> [[Finding]] {
        var remaining = Dictionary(grouping: entries, by: \.fingerprint).mapValues(\.count)
        return groups.map { findings in
            findings.filter { finding in
                let key = finding.fingerprint
                if let count = remaining[key], count > 0 {
                    remaining[key] = count - 1
                    return false
                }
                return true
            }
        }
    }
}

/// Why a baseline file could not be used.
public enum BaselineError: Error, Equatable, CustomStringConvertible {
    case malformed(file: String, reason: String)
    case unsupportedVersion(file: String, version: Int)

    public var description: String {
        switch self {
        case .malformed(let file, let reason): return "\(file): not a Taiyaku baseline: \(reason)"
        case .unsupportedVersion(let file, let version): return "\(file): baseline version \(version) is not supported"
        }
    }
}
