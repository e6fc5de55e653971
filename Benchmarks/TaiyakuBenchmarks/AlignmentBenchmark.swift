import Foundation
import TaiyakuKit

/// Time and peak memory of aligning n × n segments, built by concatenating our example pairs.
enum AlignmentBenchmark {
    static func run() throws {
        print(
            "## Alignment with anchors and lexicon words as evidence, as `align` runs (our example pairs concatenated; "
                + "median of 3 runs; peak memory of the aligner's run)")
        print("| segments | source × target | time | peak memory |")
        print("|---|---|---|---|")
        let source = try ["seeds/004_c378caca38268456.txt", "seeds/examples/003-turkmenistan.en.txt"].map(Harness.read)
            .joined(separator: "\n\n")
        let target = try ["seeds/examples/004-tajikistan.ja.txt", "seeds/003_8de714b2e908a213.txt"].map(Harness.read)
            .joined(separator: "\n\n")
        let sourceSegmenter = try Segmenter(language: .english)
        let targetSegmenter = try Segmenter(language: .japanese)
        let lexicon = try LexiconIndex(Lexicon.builtIn())
        let unit = try sourceSegmenter.segment(Document(name: "s", text: source)).segments.count
        for size in [1_000, 10_000, 40_000] {
            let copies = (size + unit - 1) / unit
            let sourceDocument = try sourceSegmenter.segment(
                Document(name: "s", text: Array(repeating: source, count: copies).joined(separator: "\n\n")))
            let targetDocument = try targetSegmenter.segment(
                Document(name: "t", text: Array(repeating: target, count: copies).joined(separator: "\n\n")))
            // Anchors and words are found once, outside the timing (anchors have their own benchmark).
            let sides = try DocumentAnalyser(lexicon: lexicon).analyse(TranslationPair(source: sourceDocument, target: targetDocument))
            let sourceSide = sides.source
            let targetSide = sides.target
            Harness.resetPeakMemory()
            let baseline = Harness.residentMemoryMiB() ?? 0
            var beads = 0
            var band = 0
            let seconds = Harness.medianSeconds(runs: 3) {
                let alignment = Aligner().align(sourceSide, with: targetSide)
                beads = alignment.beads.count
                band = alignment.bandWidth
            }
            let peak = (Harness.peakMemoryMiB() ?? 0) - baseline
            print(
                "| \(size) | \(sourceDocument.segments.count) × \(targetDocument.segments.count) (\(beads) beads, band ±\(band)) "
                    + "| \(Harness.format(seconds)) | \(String(format: "%.0f MiB", peak)) above the inputs |")
        }
    }
}
