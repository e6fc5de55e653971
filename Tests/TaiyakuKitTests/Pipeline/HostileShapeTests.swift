import Foundation
import Testing

@testable import TaiyakuKit

/// The hostile input shapes of issue #13 (`taiyaku-bench scaling` times them at n and 2n) at a small n, counting the
/// work or the output, never a time, so that a quadratic shape fails a test and not only a benchmark:
/// (a) one sentence holding an ordinal k times, here; (b) a source with twice the target's sentences in
/// `AlignmentBandTests`; (c) one sentence repeated, 10% more often on one side, here; (d) the HTML report of a
/// mismatch per sentence in `HTMLReportTests.pageWorkAndSizeAreLinear`.
@Suite struct HostileShapeTests {
    /// Shape (a): "The Third, Third, … meetings were held in Tokyo." against a short Japanese sentence.
    static func ordinals(_ count: Int) throws -> Review {
        let thirds = Array(repeating: "Third", count: count).joined(separator: ", ")
        let source = try Segmenter(language: .english).segment(
            Document(name: "ordinals.en.txt", text: "The \(thirds) meetings were held in Tokyo.\n"))
        let target = try Segmenter(language: .japanese).segment(Document(name: "ordinals.ja.txt", text: "会議は東京で開催された。\n"))
        return try Reviewer(checks: CheckRegistry.all).review(TranslationPair(source: source, target: target))
    }

    /// Once every ordinal was a finding quoting the whole sentence: k findings of k words each. Now one finding
    /// says how often, so the findings stay as many and the report grows with the sentence, not its square.
    @Test func ordinalsRepeatedInOneSentenceGiveOneGroupedFinding() throws {
        // 150 and 300 ordinals: one segment each (under the segment cap), so the grouping is what is counted.
        let small = try Self.ordinals(150)
        let large = try Self.ordinals(300)
        #expect(small.source.segments.count == 1 && large.source.segments.count == 1)
        #expect(large.findings.count == small.findings.count, "\(large.findings.map(\.ruleID))")
        #expect(large.findings.filter { $0.ruleID == "number-mismatch" }.count <= 1)
        let smallBytes = Double(try ReviewReport(small, toolVersion: "test").jsonData().count)
        let largeBytes = Double(try ReviewReport(large, toolVersion: "test").jsonData().count)
        #expect(largeBytes / smallBytes <= 2.2, "report \(smallBytes) → \(largeBytes) bytes")
    }

    /// Shape (c): `count` Japanese sentences against 10% more of their English original, all alike.
    static func repeated(_ count: Int) throws -> Pair<AnalysedDocument> {
        let english = "The Foreign Minister welcomed the delegation of Tajikistan to Tokyo."
        let japanese = "外務大臣は、タジキスタン代表団の東京訪問を歓迎した。"
        let source = try Segmenter(language: .english).segment(
            Document(name: "en", text: Array(repeating: english, count: count + count / 10).joined(separator: "\n")))
        let target = try Segmenter(language: .japanese).segment(
            Document(name: "ja", text: Array(repeating: japanese, count: count).joined(separator: "\n")))
        return try TranslationPair(source: source, target: target).analysed()
    }

    /// Nothing tells identical sentences apart, so the best path leans on the band's edge and the band widens to its
    /// cap; the cells then stay within two runs of the widest band over the source's rows (the widening runs before
    /// it cost less than the last together), a bound linear in the documents. With a cap of ±4, 440 against 400
    /// sentences would start at ±5 (|n − m| / 8) if the first band were not capped, as it once was.
    @Test func oneSentenceRepeatedAlignsInCellsLinearInItsLength() throws {
        var parameters = AlignmentParameters.standard
        parameters.initialBandWidth = 2
        parameters.maximumBandWidth = 4
        let aligner = Aligner(parameters: parameters)
        for count in [200, 400] {
            let sides = try Self.repeated(count)
            let alignment = aligner.align(sides.source, with: sides.target)
            let rows = sides.source.document.segments.count + 1
            #expect(alignment.bandWidth <= 4, "\(count): band ±\(alignment.bandWidth)")
            #expect(alignment.cellCount <= 2 * rows * (2 * 4 + 1), "\(count): \(alignment.cellCount) cells for \(rows) rows")
            // Every segment of both sides is in exactly one bead, in order.
            #expect(alignment.beads.flatMap { Array($0.source) } == Array(sides.source.document.segments.indices))
            #expect(alignment.beads.flatMap { Array($0.target) } == Array(sides.target.document.segments.indices))
        }
    }
}
