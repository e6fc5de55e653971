import Dispatch
import Foundation
import Synchronization
import Testing

@testable import TaiyakuKit

/// The reorder buffer of a batch: results taken in index order, producers never more than the window ahead.
@Suite struct OrderedWindowTests {
    /// Starts `count` producers that complete each index they claim with ten times its value, the multiples of
    /// three after a short pause (so later indices often finish first); `report` sees each completion count.
    static func produce(
        into window: OrderedWindow<Int>, producers: Int, report: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> DispatchGroup {
        let group = DispatchGroup()
        for _ in 0..<producers {
            DispatchQueue.global().async(group: group) {
                while let index = window.claim() {
                    if index % 3 == 0 { usleep(1_000) }
                    window.complete(index, with: index * 10, report: report)
                }
            }
        }
        return group
    }

    @Test func theConsumerGetsIndexOrderAndProducersStayInTheWindow() {
        let capacity = 3
        let taken = Mutex(0)
        let tooFarAhead = Mutex<[Int]>([])
        let window = OrderedWindow<Int>(count: 40, capacity: capacity)
        let group = Self.produce(into: window, producers: 4) { completed in
            // A place is freed just before the consumer counts its take: allow for that one.
            let limit = taken.withLock { $0 } + capacity + 1
            if completed > limit { tooFarAhead.withLock { $0.append(completed) } }
        }
        // Nothing taken yet: however long the producers run, they complete no more than the window holds.
        usleep(50_000)
        #expect(taken.withLock { $0 } == 0)
        var values: [Int] = []
        for index in 0..<40 {
            values.append(window.take(index))
            taken.withLock { $0 += 1 }
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(values == (0..<40).map { $0 * 10 })
        #expect(tooFarAhead.withLock { $0 }.isEmpty)
    }

    @Test func nothingIsClaimedBeyondTheWindowBeforeTheFirstTake() {
        let completions = Mutex<[Int]>([])
        let window = OrderedWindow<Int>(count: 10, capacity: 2)
        let group = Self.produce(into: window, producers: 3) { completed in completions.withLock { $0.append(completed) } }
        usleep(50_000)
        #expect(completions.withLock { $0 }.allSatisfy { $0 <= 2 })
        for index in 0..<10 {
            _ = window.take(index)
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(completions.withLock { $0 } == Array(1...10))
    }

    @Test func closingReleasesWaitingProducers() {
        let window = OrderedWindow<Int>(count: 100, capacity: 2)
        let group = Self.produce(into: window, producers: 3)
        #expect(window.take(0) == 0)
        window.close()
        // The producers waiting for room wake up, find the window closed and stop.
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(window.claim() == nil)
    }

    @Test func anEmptyWindowClaimsNothing() {
        let window = OrderedWindow<Int>(count: 0, capacity: 4)
        #expect(window.claim() == nil)
    }
}
