import Foundation

/// Findings a team has accepted, so that CI fails only on new ones.
///
/// Baselines are per pair: an entry names the finding's pair (its two files relative to the working directory, an
/// `ArtifactPair`) and its fingerprint, which hashes the rule and the texts involved, not positions, so it survives
/// edits elsewhere in the documents. One baseline file serves a whole batch, and single-pair runs of the same files
/// from the same directory, but a finding accepted in one pair never accepts the same finding in another; renaming
/// or moving a file makes its findings new. An entry listed twice accepts two identical findings of its pair.
///
/// Version 1 baselines listed fingerprints without pairs; they are refused (`BaselineError.pairIndependent`)
/// rather than read as matching nothing or any pair.
public struct Baseline: Sendable, Equatable {
    public static let currentVersion = 2

    struct Entry: Codable, Hashable {
        let source: String
        let target: String
        let fingerprint: String
        let rule: String
        let message: String

        var key: Key { Key(pair: ArtifactPair(source: source, target: target), fingerprint: fingerprint) }

        static func precedes(_ lhs: Entry, _ rhs: Entry) -> Bool {
            (lhs.source, lhs.target, lhs.fingerprint, lhs.rule, lhs.message)
                < (rhs.source, rhs.target, rhs.fingerprint, rhs.rule, rhs.message)
        }
    }

    /// What a finding is matched on.
    struct Key: Hashable {
        let pair: ArtifactPair
        let fingerprint: String
    }

    private struct Header: Codable {
        let version: Int
    }

    private struct File: Codable {
        let version: Int
        let findings: [Entry]
    }

    /// In the order accepted; sorted when written and compared.
    private var entries: [Entry]

    /// A baseline accepting nothing, to `accept` findings into.
    public init() {
        entries = []
    }

    /// A baseline accepting `findings`, all of `pair`.
    public init(accepting findings: [Finding], in pair: ArtifactPair) {
        self.init()
        accept(findings, in: pair)
    }

    /// Accepts `findings` as well, all of `pair`.
    public mutating func accept(_ findings: [Finding], in pair: ArtifactPair) {
        entries += findings.map {
            Entry(source: pair.source, target: pair.target, fingerprint: $0.fingerprint, rule: $0.ruleID, message: $0.message)
        }
    }

    /// Accepts every finding of `review` as well.
    /// - Parameter workingDirectory: the directory the entries' paths are made relative to (see `ArtifactPair`).
    public mutating func accept(_ review: Review, workingDirectory: String) {
        accept(review.findings, in: ArtifactPair(review, workingDirectory: workingDirectory))
    }

    /// Reads a baseline file.
    /// - Throws: `DocumentError` for an unreadable file; `BaselineError.pairIndependent` for a version 1 baseline,
    ///   `.unsupportedVersion` for another version; `JSONInputError` for a file that is not JSON or not a baseline.
    public static func load(contentsOf path: String) throws -> Baseline {
        try decode(Array(try Document.load(contentsOf: path).text.utf8), file: path)
    }

    /// Reads a baseline from the bytes of a file named `path` (in messages).
    /// - Throws: as `load(contentsOf:)`, except for reading the file.
    package static func decode(_ bytes: [UInt8], file path: String) throws -> Baseline {
        let advice = "write it again with --write-baseline"
        let version = try JSONInput.decode(Header.self, from: bytes, file: path, what: "a Taiyaku baseline", advice: advice)
            .version
        guard version == currentVersion else {
            throw version == 1
                ? BaselineError.pairIndependent(file: path) : BaselineError.unsupportedVersion(file: path, version: version)
        }
        return Baseline(
            entries: try JSONInput.decode(File.self, from: bytes, file: path, what: "a Taiyaku baseline", advice: advice)
                .findings)
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// The baseline as JSON, sorted by pair and fingerprint, ready to commit.
    public func jsonData() throws -> Data {
        try StableJSON.encode(File(version: Self.currentVersion, findings: entries.sorted(by: Entry.precedes)))
    }

    public static func == (lhs: Baseline, rhs: Baseline) -> Bool {
        lhs.entries.sorted(by: Entry.precedes) == rhs.entries.sorted(by: Entry.precedes)
    }

    /// The pairs the baseline has entries for, sorted by source then target: a run whose pair is not among them
    /// (a baseline used from another directory) can say so.
    public var pairs: [ArtifactPair] {
        Set(entries.map { ArtifactPair(source: $0.source, target: $0.target) }).sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    /// The findings of `pair` the baseline does not accept.
    public func newFindings(in findings: [Finding], of pair: ArtifactPair) -> [Finding] {
        var matcher = matcher()
        return matcher.newFindings(in: findings, of: pair)
    }

    /// A matcher that uses each entry up once, for the pairs of a batch in turn.
    public func matcher() -> Matcher {
        Matcher(remaining: Dictionary(entries.map { ($0.key, 1) }, uniquingKeysWith: +))
    }

    /// Matches the findings of several reviews (a batch) against a baseline, pair after pair: each entry accepts one
    /// finding of its pair, the earliest (a pair listed twice in a manifest shares its entries between the two).
    public struct Matcher: Sendable {
        fileprivate var remaining: [Key: Int]

        /// The findings of `pair` not accepted by an entry still unused; the entries that accept one are used up.
        public mutating func newFindings(in findings: [Finding], of pair: ArtifactPair) -> [Finding] {
            findings.filter { finding in
                let key = Key(pair: pair, fingerprint: finding.fingerprint)
                guard let count = remaining[key], count > 0 else { return true }
                remaining[key] = count - 1
                return false
            }
        }
    }
}

/// Why a baseline file could not be used.
public enum BaselineError: Error, Equatable, CustomStringConvertible {
    case malformed(file: String, reason: String)
    /// A version 1 baseline: its fingerprints name no pair, so it cannot say which pair's finding it accepts.
    case pairIndependent(file: String)
    case unsupportedVersion(file: String, version: Int)

    public var description: String {
        switch self {
        case .malformed(let file, let reason): return "\(file): not a Taiyaku baseline: \(reason)"
        case .pairIndependent(let file):
            return "\(file): baseline version 1 accepts findings in any pair, and baselines are now per pair "
                + "(version \(Baseline.currentVersion)): write it again with --write-baseline from the same directory, "
                + "and check what it accepts"
        case .unsupportedVersion(let file, let version):
            return "\(file): baseline version \(version) is not supported (this Taiyaku reads version "
                + "\(Baseline.currentVersion)); write it again with --write-baseline"
        }
    }
}
