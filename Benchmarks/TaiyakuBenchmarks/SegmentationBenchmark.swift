import Foundation
import TaiyakuKit

/// Throughput of raw ICU sentence breaking against Taiyaku's segmenter on the same text, per language.
enum SegmentationBenchmark {
    static func run() throws {
        print("## Segmentation (seeds repeated to at least 5 MB per language; median of 5 runs)")
        print("Input is the UTF-8 bytes of the file. 'ICU loop' breaks text already decoded to UTF-16; 'ICU from bytes'")
        print("also transcodes the bytes first; 'taiyaku' validates and decodes the bytes, repairs the layout, finds")
        print("paragraphs and items, breaks with ICU and applies Taiyaku's rules. Ratios are taiyaku's throughput over ICU's.")
        print("| language | size | ICU loop | ICU from bytes | taiyaku segment | ratio to loop | ratio to from-bytes |")
        print("|---|---|---|---|---|---|---|")
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
        // ICU's break loop alone, on text already in UTF-16.
        let loopOnly = try Harness.medianSeconds { try breakAll(decoded) }
        // What breaking a UTF-8 file with ICU takes: transcoding to UTF-16 (the standard library's), then the loop.
        let fromBytes = try Harness.medianSeconds {
            try breakAll(Array(String(decoding: bytes, as: UTF8.self).utf16))
        }
        let segmenter = try Segmenter(rules: rules)
        var segmentCount = 0
        let ours = try Harness.medianSeconds {
            let document = try Document(name: "bench", bytes: bytes)
            segmentCount = try segmenter.segment(document).segments.count
        }
        func rate(_ seconds: Double) -> String { Harness.megabytesPerSecond(bytes: bytes.count, seconds: seconds) }
        print(
            "| \(language) | \(bytes.count / 1_000_000) MB | \(rate(loopOnly)) | \(rate(fromBytes)) (\(rawCount) breaks) "
                + "| \(rate(ours)) (\(segmentCount) segments) | \(String(format: "%.2f", loopOnly / ours)) "
                + "| \(String(format: "%.2f", fromBytes / ours)) |")
    }
}
