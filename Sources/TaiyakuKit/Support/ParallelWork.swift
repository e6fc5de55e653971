import Dispatch
import Synchronization

/// Independent parts of one review run on the machine's cores: the two sides of a pair are analysed at once, and
/// the checks run side by side. The results come back in the order of the parts, so a review is the same however
/// the parts were scheduled.
package enum ParallelWork {
    /// `transform` of each element of `parts`, in their order, computed on as many cores as there are parts (or
    /// cores). When some parts throw, the others still finish and the first error in the order of `parts` is
    /// rethrown.
    package static func map<Part: Sendable, Result: Sendable, Failure: Error>(
        _ parts: [Part], _ transform: @Sendable (Part) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        guard parts.count > 1 else { return try parts.map(transform) }
        let results = Outcomes<Result, Failure>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            results.store(Swift.Result { () throws(Failure) in try transform(parts[index]) }, at: index)
        }
        return try results.values.map { outcome throws(Failure) in try outcome.get() }
    }

    /// `first()` and `second()`, computed at once on two cores where there are two. When both throw, the first's
    /// error is rethrown.
    package static func both<First: Sendable, Second: Sendable, Failure: Error>(
        _ first: @Sendable () throws(Failure) -> First, _ second: @Sendable () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let firsts = Outcomes<First, Failure>(count: 1)
        let seconds = Outcomes<Second, Failure>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                firsts.store(Swift.Result { () throws(Failure) in try first() }, at: 0)
            } else {
                seconds.store(Swift.Result { () throws(Failure) in try second() }, at: 0)
            }
        }
        let (firstValue, secondValue) = (firsts.values[0], seconds.values[0])
        return (try firstValue.get(), try secondValue.get())
    }

    /// The outcome of each part, stored by whichever thread computed it.
    private final class Outcomes<Value: Sendable, Failure: Error>: Sendable {
        private let outcomes: Mutex<[Swift.Result<Value, Failure>?]>

        init(count: Int) {
            outcomes = Mutex(Array(repeating: nil, count: count))
        }

        func store(_ outcome: Swift.Result<Value, Failure>, at index: Int) {
            outcomes.withLock { $0[index] = outcome }
        }

        /// Every outcome, once `concurrentPerform` has returned (so each part has stored its own).
        var values: [Swift.Result<Value, Failure>] {
            outcomes.withLock { $0.compactMap { $0 } }
        }
    }
}
