import Foundation
import TaiyakuKit

/// Anchors per second on the seeds and example translations repeated to 5 MB per language.
enum AnchorBenchmark {
    static func run() throws {
        print("## Anchors (seeds repeated to at least 5 MB per language; median of 5 runs)")
        print("Segmentation is done once beforehand and not timed. Each run builds a fresh extractor (so the katakana")
        print("romanisation cache starts empty) and extracts the anchors of every segment of the document.")
        print("| language | size | segments | anchors | time | anchors/s | MB/s | dates / numbers / names |")
        print("|---|---|---|---|---|---|---|---|")
        let english = try [
            "seeds/000_7a41b1ca847362c5.txt", "seeds/001_fa72e2bf2ac86908.txt",
            "seeds/002_c13e9401dff22f7b.txt", "seeds/004_c378caca38268456.txt",
            "seeds/examples/003-turkmenistan.en.txt",
        ].map(Harness.read).joined(separator: "\n\n")
        let japanese = try ["seeds/003_8de714b2e908a213.txt", "seeds/examples/004-tajikistan.ja.txt"]
            .map(Harness.read).joined(separator: "\n\n")
        for (language, sample) in [(Language.english, english), (.japanese, japanese)] {
            try measure(language: language, text: Harness.repeated(sample, toAtLeast: 5_000_000))
        }
        try measureJapaneseAnalysis(text: Harness.repeated(japanese, toAtLeast: 5_000_000))
    }

    /// Japanese analysis beside ICU: ICU's sentence breaks over the text, MeCab's morphemes of every segment, and
    /// the whole name analysis (morphemes, names, romanised katakana words).
    private static func measureJapaneseAnalysis(text: String) throws {
        let bytes = Array(text.utf8)
        let segmented = try Segmenter(language: .japanese).segment(Document(name: "bench", bytes: bytes))
        let units = Array(text.utf16)
        var boundaries = 0
        let icu = try Harness.medianSeconds {
            let breaker = try SentenceBreaker(locale: "ja")
            boundaries = 0
            try units.withUnsafeBufferPointer { buffer in
                try breaker.forEachBoundary(in: buffer) { _ in boundaries += 1 }
            }
        }
        var morphemes = 0
        let mecab = try Harness.medianSeconds {
            let morphology = try JapaneseMorphology()
            morphemes = 0
            for segment in segmented.segments {
                morphemes += try morphology.morphemes(in: segment.units).count
            }
        }
        var names = 0
        let analysis = try Harness.medianSeconds {
            let analyser = NameAnalyser(morphology: try JapaneseMorphology(), lexicon: nil)
            names = try analyser.names(in: segmented, anchors: []).segments.reduce(0) { $0 + $1.names.count }
        }
        print("")
        print("## Japanese analysis beside ICU (the same Japanese text; median of 5 runs)")
        print("| step | units found | time | MB/s |")
        print("|---|---|---|---|")
        for (step, count, seconds) in [
            ("ICU sentence breaks", boundaries, icu), ("MeCab morphemes (IPAdic, opened each run)", morphemes, mecab),
            ("name analysis (morphemes, names, katakana words)", names, analysis),
        ] {
            print(
                "| \(step) | \(count) | \(Harness.format(seconds)) "
                    + "| \(Harness.megabytesPerSecond(bytes: bytes.count, seconds: seconds)) |")
        }
    }

    private static func measure(language: Language, text: String) throws {
        let bytes = Array(text.utf8)
        let segmented = try Segmenter(language: language).segment(Document(name: "bench", bytes: bytes))
        let documentDate = DocumentDate.find(in: segmented)
        var anchors: [[Anchor]] = []
        let seconds = try Harness.medianSeconds {
            let extractor = AnchorExtractor(language: language, documentDate: documentDate)
            anchors = try extractor.anchors(in: segmented)
        }
        let all = anchors.joined()
        let count = all.count
        let dates = all.filter { $0.kind == .date }.count
        let names = all.filter { $0.kind == .name }.count
        let numbers = count - dates - names
        print(
            "| \(language) | \(bytes.count / 1_000_000) MB | \(segmented.segments.count) | \(count) "
                + "| \(Harness.format(seconds)) | \(String(format: "%.0f", Double(count) / seconds)) "
                + "| \(Harness.megabytesPerSecond(bytes: bytes.count, seconds: seconds)) "
                + "| \(dates) / \(numbers) / \(names) |")
    }
}
