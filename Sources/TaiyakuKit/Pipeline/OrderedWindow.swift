import Dispatch
import Synchronization

/// Hands results that producers complete in any order to one consumer in index order, while the producers run at
/// most `capacity` indices ahead of it: the reorder buffer of a batch.
///
/// Producers `claim` the next index (waiting while `capacity` indices are claimed and not yet taken), work on it and
/// `complete` it; the consumer `take`s index 0, 1, 2, … in turn, waiting until that one is complete. So at most
/// `capacity` results are held at once, however long the slowest one takes. `close` ends the claims early and wakes
/// the producers waiting for room.
///
/// A class because the producers' threads and the consumer share one instance: the `Mutex` inside cannot be copied
/// into the producers' closures.
package final class OrderedWindow<Element: Sendable>: Sendable {
    private struct State {
        var nextClaim = 0
        var completedCount = 0
        var closed = false
        var completed: [Int: Element] = [:]
    }

    /// The indices are `0..<count`.
    package let count: Int
    package let capacity: Int
    private let state = Mutex(State())
    /// One signal per free place in the window: a producer takes one before it claims an index, the consumer gives
    /// it back when it takes that index's result. It starts at zero and is signalled up to the capacity, because
    /// libdispatch traps when a semaphore is freed below its initial value, as closing early may leave it.
    private let places = DispatchSemaphore(value: 0)
    /// One signal per completed result.
    private let arrivals = DispatchSemaphore(value: 0)

    /// - Precondition: `capacity > 0`.
    package init(count: Int, capacity: Int) {
        precondition(capacity > 0, "an ordered window needs room for one result")
        self.count = count
        self.capacity = capacity
        for _ in 0..<min(capacity, count) {
            places.signal()
        }
    }

    /// The next index to work on, once the window has room for it.
    /// - Returns: nil when every index has been claimed or the window is closed.
    package func claim() -> Int? {
        guard count > 0 else { return nil }
        places.wait()
        let index: Int? = state.withLock { state in
            guard !state.closed, state.nextClaim < count else { return nil }
            defer { state.nextClaim += 1 }
            return state.nextClaim
        }
        if index == nil {
            // Pass the place on: the next producer waiting finds nothing to claim either, and stops.
            places.signal()
        }
        return index
    }

    /// Stores the result of a claimed index for the consumer.
    /// - Parameter report: called with the number of results completed so far, this one included, while no other
    ///   producer completes one (so the numbers it sees increase from call to call).
    package func complete(_ index: Int, with element: Element, report: (Int) -> Void = { _ in }) {
        state.withLock { state in
            state.completed[index] = element
            state.completedCount += 1
            report(state.completedCount)
        }
        arrivals.signal()
    }

    /// The result of `index`, once it is complete; it leaves the window and frees a place. Called by one consumer
    /// for 0, 1, 2, … in turn.
    package func take(_ index: Int) -> Element {
        while true {
            if let element = state.withLock({ $0.completed.removeValue(forKey: index) }) {
                places.signal()
                return element
            }
            arrivals.wait()
        }
    }

    /// Ends the claims: producers waiting for room wake up and `claim` returns nil from now on. Results already
    /// claimed are still completed; nobody need take them.
    package func close() {
        state.withLock { $0.closed = true }
        places.signal()
    }
}
