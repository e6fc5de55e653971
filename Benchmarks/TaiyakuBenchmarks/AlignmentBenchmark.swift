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
        print()
        try runUnequal(source: source, target: target, sourceSegmenter: sourceSegmenter, targetSegmenter: targetSegmenter, lexicon: lexicon)
    }

    /// A source with twice the target's sentences (the source text repeated 2k times, the target k times), at n and
    /// 2n: once quadratic, because the first band's half-width grew with |n − m| / 8 uncapped.
    static func runUnequal(
        source: String, target: String, sourceSegmenter: Segmenter, targetSegmenter: Segmenter, lexicon: LexiconIndex
    ) throws {
        print("## Alignment of a source with twice the target's sentences, at n and 2n (median of 3 runs)")
        print("| target segments | source × target | band | cells | time | peak memory |")
        print("|---|---|---|---|---|---|")
        let unit = try targetSegmenter.segment(Document(name: "t", text: target)).segments.count
        var measured: [(cells: Int, seconds: Double, peak: Double)] = []
        for size in [3_500, 7_000] {
            let copies = (size + unit - 1) / unit
            let sourceDocument = try sourceSegmenter.segment(
                Document(name: "s", text: Array(repeating: source, count: 2 * copies).joined(separator: "\n\n")))
            let targetDocument = try targetSegmenter.segment(
                Document(name: "t", text: Array(repeating: target, count: copies).joined(separator: "\n\n")))
            let sides = try DocumentAnalyser(lexicon: lexicon).analyse(TranslationPair(source: sourceDocument, target: targetDocument))
            Harness.resetPeakMemory()
            let baseline = Harness.residentMemoryMiB() ?? 0
            var band = 0
            var cells = 0
            let seconds = Harness.medianSeconds(runs: 3, warmUp: false) {
                let alignment = Aligner().align(sides.source, with: sides.target)
                band = alignment.bandWidth
                cells = alignment.cellCount
            }
            let peak = (Harness.peakMemoryMiB() ?? 0) - baseline
            measured.append((cells, seconds, peak))
            print(
                "| \(size) | \(sourceDocument.segments.count) × \(targetDocument.segments.count) | ±\(band) | \(cells) "
                    + "| \(Harness.format(seconds)) | \(String(format: "%.0f MiB", peak)) above the inputs |")
        }
        if measured.count == 2 {
            print(String(
                format: "\nratios 2n / n: cells %.2f×, time %.2f×, peak memory %.2f× (linear: about 2×)",
                Double(measured[1].cells) / Double(measured[0].cells), measured[1].seconds / measured[0].seconds,
                measured[1].peak / max(1, measured[0].peak)))
        }
    }
}
