import Foundation
import Testing

@testable import TaiyakuKit

/// Parts of one review run side by side: results come back in the parts' order and errors are not lost.
@Suite struct ParallelWorkTests {
    struct Failure: Error, Equatable {
        let part: Int
    }

    @Test func resultsKeepThePartsOrder() {
        let parts = Array(0..<200)
        let squares = ParallelWork.map(parts) { part in
            // Uneven work, so that parts finish out of order.
            var total = 0
            for value in 0..<((200 - part) * 50) { total &+= value }
            return (part, part * part, total >= 0)
        }
        #expect(squares.map(\.0) == parts)
        #expect(squares.map(\.1) == parts.map { $0 * $0 })
    }

    @Test func theFirstFailureInThePartsOrderIsRethrown() {
        #expect(throws: Failure(part: 3)) {
            try ParallelWork.map(Array(0..<10)) { part throws(Failure) in
                if part == 3 || part == 7 { throw Failure(part: part) }
                return part
            }
        }
    }

    @Test func bothGivesBothResultsAndTheFirstError() throws {
        let (text, number) = try ParallelWork.both({ "segment" }, { 42 })
        #expect(text == "segment" && number == 42)
        #expect(throws: Failure(part: 1)) {
            try ParallelWork.both({ () throws -> Int in throw Failure(part: 1) }, { () throws -> Int in throw Failure(part: 2) })
        }
    }

    @Test func aReviewIsTheSameRunAfterRun() throws {
        let reviewer = Reviewer(configuration: try .standard())
        let pair = try TranslationPair.load(
            source: Fixtures.path("seeds/004_c378caca38268456.txt"),
            target: Fixtures.path("seeds/examples/004-tajikistan.ja.txt"))
        let first = try reviewer.review(pair)
        for _ in 0..<3 {
            let again = try reviewer.review(pair)
            #expect(again.findings == first.findings)
        }
        #expect(!first.findings.isEmpty)
    }
}
