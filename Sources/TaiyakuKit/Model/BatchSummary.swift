/// What a batch's summary needs of each pair, a few numbers or an error message: the summary table, the HTML
/// index, the JSON totals and the exit code are made from it, so a batch keeps this and not the reviews.
public struct BatchSummary: Sendable, Equatable {
    /// One pair and what became of it.
    public struct Row: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            /// The pair's counts (findings after any baseline, beads).
            case reviewed(ReviewSummary)
            /// The error message that stopped the pair.
            case failed(String)
        }

        public let pair: BatchPair
        public let outcome: Outcome

        public init(pair: BatchPair, outcome: Outcome) {
            self.pair = pair
            self.outcome = outcome
        }

        /// The counts, when the pair was reviewed.
        public var counts: ReviewSummary? {
            if case .reviewed(let counts) = outcome { return counts }
            return nil
        }

        /// The error message, when the pair failed.
        public var failure: String? {
            if case .failed(let message) = outcome { return message }
            return nil
        }
    }

    /// In the order the pairs were added.
    public private(set) var rows: [Row] = []
    /// Files found without a partner (folder pairing only).
    public let unpaired: [String]

    /// An empty summary, to `add` the pairs to as they finish.
    public init(unpaired: [String] = []) {
        self.unpaired = unpaired
    }

    /// The summary of a batch reviewed in full.
    public init(_ batch: BatchReview) {
        self.init(unpaired: batch.unpaired)
        for entry in batch.entries {
            add(entry)
        }
    }

    /// Adds the next pair's row.
    public mutating func add(_ entry: BatchReview.Entry) {
        switch entry.outcome {
        case .reviewed(let review):
            rows.append(Row(pair: entry.pair, outcome: .reviewed(ReviewSummary(review))))
        case .failed(let message):
            rows.append(Row(pair: entry.pair, outcome: .failed(message)))
        }
    }

    /// Whether some pair could not be loaded or reviewed.
    public var hasFailures: Bool { rows.contains { $0.failure != nil } }

    /// Whether any reviewed pair has a finding at or above `threshold` (`nil`: never fail).
    public func fails(at threshold: Finding.Severity?) -> Bool {
        guard let threshold else { return false }
        return rows.contains { row in
            guard let counts = row.counts else { return false }
            return Finding.Severity.allCases.contains { $0 >= threshold && counts.count(of: $0) > 0 }
        }
    }

    /// Sums over the pairs.
    public var totals: BatchReview.Totals {
        let counts = rows.compactMap(\.counts)
        func sum(_ value: (ReviewSummary) -> Int) -> Int { counts.reduce(0) { $0 + value($1) } }
        return BatchReview.Totals(
            pairs: rows.count, reviewed: counts.count, failed: rows.count - counts.count, unpaired: unpaired.count,
            errors: sum(\.errors), warnings: sum(\.warnings), notes: sum(\.notes), beads: sum(\.beads),
            aligned: sum(\.aligned))
    }
}
