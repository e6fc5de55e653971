import Dispatch
import Foundation

/// Checks many pairs, in parallel across cores, and hands their results over in the order the pairs were given.
///
/// Each pair is loaded, segmented and reviewed on one worker with its own segmenters and anchor extractors (they
/// own ICU handles, which are not thread-safe); the reviewer's checks and terminology are shared, read-only. A
/// pair that cannot be loaded or reviewed becomes a failed entry and the other pairs still run.
///
/// Memory is bounded by `window`, not by the number of pairs: `forEachEntry(reviewing:progress:_:)` hands each
/// result to its caller as soon as the pairs before it are done, and workers run at most `window` pairs ahead, so
/// a caller that keeps only its report's part of each review (see `BatchReportBuilder`) holds a few reviews at a
/// time however many pairs there are.
public struct BatchReviewer: Sendable {
    /// How far a batch has got: called once per pair as it finishes.
    public struct Progress: Sendable, Equatable {
        /// Pairs finished so far, this one included (1 … total, increasing from call to call).
        public let completed: Int
        public let total: Int
        /// The pair that just finished.
        public let pair: BatchPair
    }

    /// Reviews each pair, in the languages of its configuration.
    public var reviewer: Reviewer
    /// At most this many pairs are checked at once.
    public var maximumConcurrency: Int
    /// At most this many pairs are being checked or waiting, checked, for an earlier pair to finish: the reviews
    /// held at once. Below `maximumConcurrency` it leaves workers idle; a little above it lets a slow pair be
    /// overtaken without stalling the others.
    public var window: Int

    /// - Parameters:
    ///   - maximumConcurrency: by default the number of processors the system makes available.
    ///   - window: by default twice `maximumConcurrency`.
    /// - Precondition: `maximumConcurrency` and `window` are positive.
    public init(
        reviewer: Reviewer, maximumConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil
    ) {
        precondition(maximumConcurrency > 0, "a batch needs at least one worker")
        precondition(window.map { $0 > 0 } ?? true, "a batch needs a window of at least one pair")
        self.reviewer = reviewer
        self.maximumConcurrency = maximumConcurrency
        self.window = window ?? 2 * maximumConcurrency
    }

    /// Loads and reviews every pair, keeping every review: convenient for a few pairs, and what tests compare
    /// against. For a large batch use `forEachEntry(reviewing:progress:_:)` and keep only what the report needs.
    /// - Parameters:
    ///   - pairs: the pairs, in report order.
    ///   - unpaired: files without a partner, carried into the result for the summary.
    ///   - progress: called after each pair, from the worker that checked it, one call at a time.
    /// - Returns: one entry per pair, in the order of `pairs`.
    /// - Complexity: the sum of the pairs' review times, divided among `maximumConcurrency` workers; memory grows
    ///   with the number of pairs.
    public func review(
        _ pairs: [BatchPair], unpaired: [String] = [], progress: (@Sendable (Progress) -> Void)? = nil
    ) -> BatchReview {
        var entries: [BatchReview.Entry] = []
        entries.reserveCapacity(pairs.count)
        forEachEntry(reviewing: pairs, progress: progress) { entries.append($0) }
        return BatchReview(entries: entries, unpaired: unpaired)
    }

    /// Loads and reviews every pair in parallel and calls `body` with each pair's entry, in the order of `pairs`,
    /// on the calling thread, one entry at a time.
    ///
    /// Workers check pairs while `body` runs, but at most `window` pairs past the last one `body` has been given;
    /// an entry is released once `body` returns, unless `body` keeps it. When `body` throws, no further pair is
    /// started, the pairs being checked are finished and dropped, and the error is rethrown.
    /// - Parameters:
    ///   - pairs: the pairs, in report order.
    ///   - progress: called after each pair, from the worker that checked it, one call at a time, in the order the
    ///     pairs finish.
    ///   - body: takes each pair's entry, in the order of `pairs`.
    /// - Throws: what `body` throws.
    /// - Complexity: the sum of the pairs' review times, divided among `maximumConcurrency` workers; at most
    ///   `window` reviews held at once.
    public func forEachEntry<Failure: Error>(
        reviewing pairs: [BatchPair], progress: (@Sendable (Progress) -> Void)? = nil,
        _ body: (BatchReview.Entry) throws(Failure) -> Void
    ) throws(Failure) {
        let window = OrderedWindow<BatchReview.Outcome>(count: pairs.count, capacity: self.window)
        let workers = DispatchGroup()
        for _ in 0..<max(1, min(maximumConcurrency, pairs.count)) {
            DispatchQueue.global().async(group: workers) {
                while let index = window.claim() {
                    let outcome = check(pairs[index])
                    window.complete(index, with: outcome) { completed in
                        progress?(Progress(completed: completed, total: pairs.count, pair: pairs[index]))
                    }
                }
            }
        }
        var handedOver = false
        defer {
            if !handedOver { window.close() }
            workers.wait()
        }
        for (index, pair) in pairs.enumerated() {
            try body(BatchReview.Entry(pair: pair, outcome: window.take(index)))
        }
        handedOver = true
    }

    /// Loads and reviews one pair; any error becomes the pair's failure, with the error's own message.
    public func check(_ pair: BatchPair) -> BatchReview.Outcome {
        do {
            return .reviewed(try reviewer.review(source: pair.source, target: pair.target))
        } catch {
            return .failed(String(describing: error))
        }
    }
}
