import Foundation
import TaiyakuKit

/// Throughput of raw ICU sentence breaking against Taiyaku's segmenter on the same text, per language.
enum SegmentationBenchmark {
    static func run() throws {
        print("## Segmentation (seeds repeated to at least 5 MB per language; median of \(rounds) interleaved rounds)")
        print("Input is the UTF-8 bytes of the file. 'ICU loop' breaks text already decoded to UTF-16; 'ICU from bytes'")
        print("also transcodes the bytes first; 'taiyaku' validates and decodes the bytes, repairs the layout, finds")
        print("paragraphs and items, breaks with ICU and applies Taiyaku's rules. Each round times the three once, one")
        print("after the other; rates and ratios are medians over the rounds of the process's CPU time (which other")
        print("programs on a shared machine do not inflate); the last column is the same ratio by the wall clock.")
        print("| language | size | ICU loop | ICU from bytes | taiyaku segment | ratio to loop | ratio to from-bytes | ratio to from-bytes (wall) |")
        print("|---|---|---|---|---|---|---|---|")
        let english = try ["seeds/000_7a41b1ca847362c5.txt", "seeds/001_fa72e2bf2ac86908.txt",
                           "seeds/002_c13e9401dff22f7b.txt", "seeds/004_c378caca38268456.txt",
                           "seeds/examples/003-turkmenistan.en.txt"].map(Harness.read).joined(separator: "\n\n")
        let japanese = try ["seeds/003_8de714b2e908a213.txt", "seeds/examples/004-tajikistan.ja.txt"]
            .map(Harness.read).joined(separator: "\n\n")
        for (language, sample) in [(Language.english, english), (.japanese, japanese)] {
            let text = Harness.repeated(sample, toAtLeast: 5_000_000)
            try measure(language: language, text: text)
        }
        print()
        print("## Segmentation of one 50 MB paragraph with no newline (one run)")
        let sentence = "The two countries concurred on cooperation in Ashgabat on April 15, 2025. "
        let long = String(repeating: sentence, count: 50_000_000 / sentence.utf8.count)
        let start = ContinuousClock.now
        let segmented = try Segmenter(language: .english).segment(Document(name: "long", bytes: Array(long.utf8)))
        let elapsed = ContinuousClock.now - start
        print("\(segmented.segments.count) segments from \(long.utf8.count / 1_000_000) MB in \(elapsed)")
        if let peak = Harness.peakMemoryMiB() {
            print(String(format: "peak memory %.0f MiB", peak))
        }
    }

    /// Rounds of the three contenders; odd, so that the median is one of them.
    private static let rounds = 9

    /// The CPU time (user and system) of the process and the wall-clock time that `body` takes, in seconds.
    private static func timed(_ body: () throws -> Void) rethrows -> (cpu: Double, wall: Double) {
        func cpuNow() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
        }
        let cpuStart = cpuNow()
        let wallStart = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - wallStart
        let cpu = cpuNow() - cpuStart
        return (cpu, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    private static func measure(language: Language, text: String) throws {
        let bytes = Array(text.utf8)
        let rules = try LanguageRules.builtIn(for: language)
        let breaker = try SentenceBreaker(locale: rules.icuLocale)
        let decoded = Array(text.utf16)
        var rawCount = 0
        func breakAll(_ units: [UInt16]) throws {
            rawCount = 0
            try units.withUnsafeBufferPointer { buffer in
                try breaker.forEachBoundary(in: buffer) { _ in rawCount += 1 }
            }
        }
        let segmenter = try Segmenter(rules: rules)
        var segmentCount = 0
        let contenders: [() throws -> Void] = [
            // ICU's break loop alone, on text already in UTF-16.
            { try breakAll(decoded) },
            // What breaking a UTF-8 file with ICU takes: transcoding to UTF-16 (the standard library's), then the loop.
            { try breakAll(Array(String(decoding: bytes, as: UTF8.self).utf16)) },
            {
                let document = try Document(name: "bench", bytes: bytes)
                segmentCount = try segmenter.segment(document).segments.count
            },
        ]
        for contender in contenders { try contender() }
        var cpu: [[Double]] = [[], [], []]
        var wall: [[Double]] = [[], [], []]
        for _ in 0..<rounds {
            for (index, contender) in contenders.enumerated() {
                let (cpuSeconds, wallSeconds) = try timed(contender)
                cpu[index].append(cpuSeconds)
                wall[index].append(wallSeconds)
            }
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        func ratios(_ times: [[Double]], to baseline: Int) -> Double {
            median(zip(times[baseline], times[2]).map { $0 / $1 })
        }
        func rate(_ seconds: Double) -> String { Harness.megabytesPerSecond(bytes: bytes.count, seconds: seconds) }
        print(
            "| \(language) | \(bytes.count / 1_000_000) MB | \(rate(median(cpu[0]))) "
                + "| \(rate(median(cpu[1]))) (\(rawCount) breaks) | \(rate(median(cpu[2]))) (\(segmentCount) segments) "
                + "| \(String(format: "%.2f", ratios(cpu, to: 0))) | \(String(format: "%.2f", ratios(cpu, to: 1))) "
                + "| \(String(format: "%.2f", ratios(wall, to: 1))) |")
    }
}
