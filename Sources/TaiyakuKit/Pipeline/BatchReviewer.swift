import Dispatch
import Foundation
import Synchronization

/// Checks many pairs, in parallel across cores, and returns their results in the order the pairs were given.
///
/// Each pair is loaded, segmented and reviewed on one worker with its own segmenters and anchor extractors (they
/// own ICU handles, which are not thread-safe); the reviewer's checks and terminology are shared, read-only. A
/// pair that cannot be loaded or reviewed becomes a failed entry and the other pairs still run.
public struct BatchReviewer: Sendable {
    /// How far a batch has got: called once per pair as it finishes.
    public struct Progress: Sendable, Equatable {
        /// Pairs finished so far, this one included (1 … total, increasing from call to call).
        public let completed: Int
        public let total: Int
        /// The pair that just finished.
        public let pair: BatchPair
    }

    public var reviewer: Reviewer
    /// The language sources must be written in (`nil`: whatever their script shows); `targetLanguage` alike.
    public var sourceLanguage: Language?
    public var targetLanguage: Language?
    /// At most this many pairs are checked at once.
    public var maximumConcurrency: Int

    /// - Parameter maximumConcurrency: by default the number of processors the system makes available.
    public init(
        reviewer: Reviewer, sourceLanguage: Language? = .english, targetLanguage: Language? = .japanese,
        maximumConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        precondition(maximumConcurrency > 0, "a batch needs at least one worker")
        self.reviewer = reviewer
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.maximumConcurrency = maximumConcurrency
    }

    /// Loads and reviews every pair.
    /// - Parameters:
    ///   - pairs: the pairs, in report order.
    ///   - unpaired: files without a partner, carried into the result for the summary.
    ///   - progress: called after each pair, from the worker that checked it, one call at a time.
    /// - Returns: one entry per pair, in the order of `pairs`.
    /// - Complexity: the sum of the pairs' review times, divided among `maximumConcurrency` workers.
    public func review(
        _ pairs: [BatchPair], unpaired: [String] = [], progress: (@Sendable (Progress) -> Void)? = nil
    ) -> BatchReview {
        struct State {
            var next = 0
            var completed = 0
            var outcomes: [BatchReview.Outcome?]
        }
        let state = Mutex(State(outcomes: Array(repeating: nil, count: pairs.count)))
        let workers = max(1, min(maximumConcurrency, pairs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let claimed: Int? = state.withLock { state in
                    guard state.next < pairs.count else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index = claimed else { return }
                let outcome = check(pairs[index])
                state.withLock { state in
                    state.outcomes[index] = outcome
                    state.completed += 1
                    progress?(Progress(completed: state.completed, total: pairs.count, pair: pairs[index]))
                }
            }
        }
        let outcomes = state.withLock { $0.outcomes }
        return BatchReview(
            entries: zip(pairs, outcomes).map { pair, outcome in
                BatchReview.Entry(pair: pair, outcome: outcome ?? .failed("\(pair.source): was not checked"))
            },
            unpaired: unpaired)
    }

    /// Loads and reviews one pair; any error becomes the pair's failure, with the error's own message.
    public func check(_ pair: BatchPair) -> BatchReview.Outcome {
        do {
            let loaded = try TranslationPair.load(
                source: pair.source, target: pair.target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            return .reviewed(try reviewer.review(loaded))
        } catch {
            return .failed(String(describing: error))
        }
    }
}
