import Foundation
import Synchronization
import Testing

@testable import TaiyakuKit

/// Checking many pairs: the example pairs of the seeds, pairs that cannot be loaded, order, baselines.
@Suite struct BatchReviewerTests {
    static let tajikistan = BatchPair(
        name: "004", source: Fixtures.path("seeds/004_c378caca38268456.txt"), target: Fixtures.path("seeds/examples/004-tajikistan.ja.txt"))
    static let turkmenistan = BatchPair(
        name: "003", source: Fixtures.path("seeds/examples/003-turkmenistan.en.txt"), target: Fixtures.path("seeds/003_8de714b2e908a213.txt"))

    static func reviewer(concurrency: Int = 2) throws -> BatchReviewer {
        BatchReviewer(
            reviewer: Reviewer(checks: CheckRegistry.all, terminology: try TerminologyFixtures.terminology()),
            maximumConcurrency: concurrency)
    }

    /// A folder with a file that is not UTF-8, removed by the caller.
    static func brokenPair() throws -> (pair: BatchPair, folder: URL) {
        let target = try CommandRunner.temporaryFile(Array("２０２５年".utf8) + [0xFF], name: "broken.ja.txt")
        return (BatchPair(name: "broken", source: tajikistan.source, target: target.path), target.deletingLastPathComponent())
    }

    @Test func eachPairIsReviewedAsAloneAndBrokenPairsAreReportedInPlace() throws {
        let (broken, folder) = try Self.brokenPair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = BatchPair(name: "missing", source: Self.tajikistan.source, target: "nowhere/missing.ja.txt")
        // English where Japanese is expected.
        let wrongLanguage = BatchPair(name: "swapped", source: Self.turkmenistan.source, target: Self.tajikistan.source)
        let pairs = [Self.tajikistan, missing, broken, wrongLanguage, Self.turkmenistan]
        let batch = try Self.reviewer().review(pairs)

        #expect(batch.entries.map(\.pair) == pairs)
        #expect(batch.entries.map { $0.review != nil } == [true, false, false, false, true])
        #expect(batch.entries.compactMap(\.failure) == [
            "nowhere/missing.ja.txt: no such file (check the path)",
            "\(broken.target): invalid UTF-8 at byte 15; save the file as UTF-8 text",
            "\(Self.tajikistan.source): expected Japanese text, but its script is English",
        ])
        #expect(batch.hasFailures)
        // A reviewed pair's report is exactly the one a single check writes.
        let single = Reviewer(checks: CheckRegistry.all, terminology: try TerminologyFixtures.terminology())
        for (entry, pair) in [(batch.entries[0], Self.tajikistan), (batch.entries[4], Self.turkmenistan)] {
            let alone = try single.review(try TranslationPair.load(source: pair.source, target: pair.target))
            let review = try #require(entry.review)
            #expect(ReviewReport(review, toolVersion: "test") == ReviewReport(alone, toolVersion: "test"))
            #expect(!review.findings.isEmpty && review.beads.filter(\.isAligned).count > 40)
        }
        let totals = batch.totals
        let reviews = batch.reviews
        #expect(totals.pairs == 5 && totals.reviewed == 2 && totals.failed == 3)
        #expect(totals.errors + totals.warnings + totals.notes == reviews.reduce(0) { $0 + $1.findings.count })
        #expect(totals.aligned == reviews.reduce(0) { $0 + $1.beads.filter(\.isAligned).count })
        #expect(batch.fails(at: .note) && !batch.fails(at: nil))
    }

    @Test func resultsKeepTheGivenOrderWhateverTheConcurrency() throws {
        let (broken, folder) = try Self.brokenPair()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The broken pair finishes first and 004 last, on several workers.
        let pairs = [Self.turkmenistan, broken, Self.tajikistan]
        let reports = try [1, 3].map { workers -> Data in
            let seen = Mutex<[BatchReviewer.Progress]>([])
            let batch = try Self.reviewer(concurrency: workers).review(pairs) { progress in
                seen.withLock { $0.append(progress) }
            }
            let calls = seen.withLock { $0 }
            #expect(calls.map(\.completed) == [1, 2, 3] && calls.allSatisfy { $0.total == 3 })
            #expect(Set(calls.map(\.pair)) == Set(pairs))
            #expect(batch.entries.map(\.pair.name) == ["003", "broken", "004"])
            return try BatchReport(batch, toolVersion: "test").jsonData()
        }
        #expect(reports[0] == reports[1])
    }

    @Test func baselinesArePerPair() throws {
        // 004's files copied elsewhere: the same findings, in another pair.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = BatchPair(
            name: "copy", source: folder.appendingPathComponent("004.en.txt").path, target: folder.appendingPathComponent("004.ja.txt").path)
        try FileManager.default.copyItem(atPath: Self.tajikistan.source, toPath: copy.source)
        try FileManager.default.copyItem(atPath: Self.tajikistan.target, toPath: copy.target)
        // The same pair listed twice shares its baseline entries: the first occurrence uses them up.
        let again = BatchPair(name: "004 again", source: Self.tajikistan.source, target: Self.tajikistan.target)
        let batch = try Self.reviewer().review([Self.tajikistan, copy, again, Self.turkmenistan])
        let first = try #require(batch.entries[0].review)
        #expect(!first.findings.isEmpty)
        #expect(batch.entries[1].review?.findings.map(\.fingerprint) == first.findings.map(\.fingerprint))

        let root = Fixtures.root.path
        let accepted = Baseline(accepting: first.findings, in: ArtifactPair(first, workingDirectory: root))
        let once = batch.excluding(accepted, workingDirectory: root)
        #expect(once.entries[0].review?.findings.isEmpty == true)
        #expect(once.entries[1].review?.findings == batch.entries[1].review?.findings)
        #expect(once.entries[2].review?.findings == batch.entries[2].review?.findings)
        #expect(once.entries[3].review?.findings == batch.entries[3].review?.findings)
        // Run from another directory, the baseline's relative paths name other files: it accepts nothing.
        let elsewhere = batch.excluding(accepted, workingDirectory: folder.path)
        #expect(elsewhere.findings == batch.findings)

        // A baseline of the whole batch accepts everything, survives its JSON round trip, and names the pairs by
        // their paths relative to the working directory.
        let data = try Baseline(accepting: batch, workingDirectory: root).jsonData()
        #expect(String(decoding: data, as: UTF8.self).contains("\"source\" : \"seeds/004_c378caca38268456.txt\""))
        let file = try CommandRunner.temporaryFile(Array(data), name: "baseline.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let all = batch.excluding(try Baseline.load(contentsOf: file.path), workingDirectory: root)
        #expect(all.findings.isEmpty && all.reviews.count == 4 && !all.fails(at: .note))
    }

    @Test func entriesAreHandedOverInOrderWhateverTheWindow() throws {
        let (broken, folder) = try Self.brokenPair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pairs = [Self.turkmenistan, broken, Self.tajikistan, Self.turkmenistan, broken, Self.tajikistan]
        let expected = try BatchReport(Self.reviewer(concurrency: 1).review(pairs), toolVersion: "test").jsonData()
        for (workers, window) in [(1, 1), (2, 1), (2, 2), (3, 5)] {
            var builder = BatchReport.Builder(toolVersion: "test")
            var summary = BatchSummary()
            var names: [String] = []
            let reviewer = BatchReviewer(
                reviewer: Reviewer(checks: CheckRegistry.all, terminology: try TerminologyFixtures.terminology()),
                maximumConcurrency: workers, window: window)
            reviewer.forEachEntry(reviewing: pairs) { entry in
                names.append(entry.pair.name)
                summary.add(entry)
                builder.add(entry)
            }
            #expect(names == pairs.map(\.name), "\(workers) workers, window \(window)")
            #expect(try builder.report(summary: summary) == expected, "\(workers) workers, window \(window)")
            #expect(summary.hasFailures && summary.totals.failed == 2)
        }
    }

    @Test func aThrowingConsumerStopsTheBatch() throws {
        struct Stop: Error {}
        let pairs = Array(repeating: Self.turkmenistan, count: 8)
        let checked = Mutex(0)
        let reviewer = try Self.reviewer(concurrency: 1)
        var handed = 0
        #expect(throws: Stop.self) {
            try BatchReviewer(reviewer: reviewer.reviewer, maximumConcurrency: 1, window: 1).forEachEntry(
                reviewing: pairs, progress: { _ in checked.withLock { $0 += 1 } }
            ) { _ in
                handed += 1
                throw Stop()
            }
        }
        // The first entry stopped it: at most the pair claimed while it was handed over was checked besides.
        #expect(handed == 1)
        #expect(checked.withLock { $0 } <= 2)
    }
}
