/// The outcome of checking many pairs: one result per pair in the order the pairs were given (manifest order, or
/// by name for folders), whatever order they finished in.
///
/// It keeps every review, documents and alignment included (about 0.4 MB for a pair the size of seed 004), so it
/// suits a few pairs and tests. A large batch goes through `BatchReviewer.forEachEntry(reviewing:progress:_:)`
/// into a `BatchSummary` and a `BatchReportBuilder`, which keep only their compact part of each pair; every batch
/// writer is built on those, so both ways give the same report.
public struct BatchReview: Sendable {
    /// What became of one pair.
    public enum Outcome: Sendable {
        case reviewed(Review)
        /// The pair could not be loaded or reviewed; the message names the file (`x.ja.txt: invalid UTF-8 at byte 12`).
        case failed(String)
    }

    /// One pair and what became of it.
    public struct Entry: Sendable {
        public let pair: BatchPair
        public let outcome: Outcome

        public init(pair: BatchPair, outcome: Outcome) {
            self.pair = pair
            self.outcome = outcome
        }

        /// The review, when the pair was reviewed.
        public var review: Review? {
            if case .reviewed(let review) = outcome { return review }
            return nil
        }

        /// The error message, when the pair failed.
        public var failure: String? {
            if case .failed(let message) = outcome { return message }
            return nil
        }
    }

    /// Sums over the reviewed pairs.
    public struct Totals: Sendable, Equatable, Codable {
        public let pairs: Int
        public let reviewed: Int
        public let failed: Int
        public let unpaired: Int
        public let errors: Int
        public let warnings: Int
        public let notes: Int
        public let beads: Int
        public let aligned: Int
    }

    public let entries: [Entry]
    /// Files found without a partner (folder pairing only).
    public let unpaired: [String]

    public init(entries: [Entry], unpaired: [String] = []) {
        self.entries = entries
        self.unpaired = unpaired
    }

    /// The reviews of the pairs that were reviewed, in order.
    public var reviews: [Review] { entries.compactMap(\.review) }

    /// Whether some pair could not be loaded or reviewed.
    public var hasFailures: Bool { entries.contains { $0.failure != nil } }

    /// Whether any reviewed pair has a finding at or above `threshold` (`nil`: never fail).
    public func fails(at threshold: Finding.Severity?) -> Bool {
        reviews.contains { $0.fails(at: threshold) }
    }

    public var totals: Totals { BatchSummary(self).totals }

    /// Every finding of every reviewed pair, in order.
    public var findings: [Finding] { reviews.flatMap(\.findings) }

    /// The same batch without the findings `baseline` accepts. An entry accepts one finding of its own pair (the
    /// first in pair order, when a manifest lists a pair twice), as it accepts one in a single review.
    /// - Parameter workingDirectory: the directory the baseline's paths are relative to (see `ArtifactPair`).
    public func excluding(_ baseline: Baseline, workingDirectory: String) -> BatchReview {
        var matcher = baseline.matcher()
        return BatchReview(
            entries: entries.map { $0.excluding(using: &matcher, workingDirectory: workingDirectory) }, unpaired: unpaired)
    }
}

extension BatchReview.Entry {
    /// The same entry without the findings `matcher` still accepts for its pair, using up the entries it takes; a
    /// failed pair is kept as it is.
    public func excluding(using matcher: inout Baseline.Matcher, workingDirectory: String) -> BatchReview.Entry {
        guard let review else { return self }
        return BatchReview.Entry(pair: pair, outcome: .reviewed(review.excluding(using: &matcher, workingDirectory: workingDirectory)))
    }
}
