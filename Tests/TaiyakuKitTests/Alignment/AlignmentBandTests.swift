import Foundation
import Testing

@testable import TaiyakuKit

/// The band the aligner's dynamic programme runs in stays bounded, so its work grows linearly with the documents
/// even when one side has twice the other's sentences (counted in cells, never timed).
@Suite struct AlignmentBandTests {
    /// Seed 004 in English repeated `2 × copies` times against our Japanese repeated `copies` times: the source has
    /// twice the target's sentences, and the second half has no counterpart.
    static func sides(copies: Int) throws -> Pair<AnalysedDocument> {
        let english = try String(contentsOfFile: Fixtures.path("seeds/004_c378caca38268456.txt"), encoding: .utf8)
        let japanese = try String(contentsOfFile: Fixtures.path("seeds/examples/004-tajikistan.ja.txt"), encoding: .utf8)
        let source = try Segmenter(language: .english).segment(
            Document(name: "en", text: Array(repeating: english, count: 2 * copies).joined(separator: "\n\n")))
        let target = try Segmenter(language: .japanese).segment(
            Document(name: "ja", text: Array(repeating: japanese, count: copies).joined(separator: "\n\n")))
        return try TranslationPair(source: source, target: target).analysed()
    }

    @Test func theFirstBandIsCappedLikeTheWidenedOnes() {
        let aligner = Aligner()
        // 12,000 against 6,000 sentences: |n − m| / 8 = 750, once the first band's half-width.
        #expect(aligner.firstBandWidth(sourceCount: 12_000, targetCount: 6_000) == AlignmentParameters.standard.maximumBandWidth)
        // 24,000 against 12,000: ±400 would be 19 million cells; the cell budget narrows every band, the first too.
        let budgeted = aligner.widestBand(sourceCount: 24_000, targetCount: 12_000)
        #expect(budgeted < AlignmentParameters.standard.maximumBandWidth)
        #expect(24_001 * (2 * budgeted + 1) + 12_000 <= Limits.standard.maximumAlignmentCells)
        #expect(aligner.firstBandWidth(sourceCount: 24_000, targetCount: 12_000) == budgeted)
        #expect(aligner.firstBandWidth(sourceCount: 800, targetCount: 400) == 50)
        #expect(aligner.firstBandWidth(sourceCount: 100, targetCount: 100) == AlignmentParameters.standard.initialBandWidth)
        // Parameters set in code (not validated) never give a band of no width: doubling it would never end.
        var zero = AlignmentParameters.standard
        zero.initialBandWidth = 0
        zero.maximumBandWidth = 0
        #expect(Aligner(parameters: zero).firstBandWidth(sourceCount: 10, targetCount: 10) == 1)
    }

    @Test func workGrowsLinearlyWhenTheSourceHasTwiceTheTargetsSentences() throws {
        var parameters = AlignmentParameters.standard
        parameters.initialBandWidth = 4
        parameters.maximumBandWidth = 8
        let aligner = Aligner(parameters: parameters)
        let small = try Self.sides(copies: 2)
        let large = try Self.sides(copies: 4)
        let smallAlignment = aligner.align(small.source, with: small.target)
        let largeAlignment = aligner.align(large.source, with: large.target)
        // 308 against 154 segments would have started at ±19; the cap holds every band to ±8.
        #expect(smallAlignment.bandWidth <= 8 && largeAlignment.bandWidth <= 8)
        let ratio = Double(largeAlignment.cellCount) / Double(smallAlignment.cellCount)
        #expect(ratio <= 2.2, "cells \(smallAlignment.cellCount) → \(largeAlignment.cellCount)")
        #expect(largeAlignment.beads.flatMap { Array($0.source) } == Array(large.source.document.segments.indices))
    }

    /// A budget of cells narrows the band of long documents: no band holds more cells than the budget, the
    /// programme keeps 33 bytes a cell, and the review says the band was narrowed in a note.
    @Test func aCellBudgetBoundsEveryBandAndTheReviewSaysSo() throws {
        #expect(Aligner.bytesPerCell == 33)
        // Shape (c) of issue #13: 440 English sentences, all alike, against 400 Japanese ones.
        let sides = try HostileShapeTests.repeated(400)
        var limits = Limits.standard
        limits.maximumAlignmentCells = 441 * 9 + 400
        let aligner = Aligner(limits: limits)
        #expect(aligner.widestBand(sourceCount: 440, targetCount: 400) == 4)
        let narrowed = aligner.align(sides.source, with: sides.target)
        #expect(narrowed.bandWidth == 4 && narrowed.narrowedByCellBudget)
        #expect(narrowed.largestBandCellCount <= limits.maximumAlignmentCells)
        #expect(narrowed.beads.flatMap { Array($0.source) } == Array(sides.source.document.segments.indices))
        #expect(narrowed.beads.flatMap { Array($0.target) } == Array(sides.target.document.segments.indices))
        let full = Aligner().align(sides.source, with: sides.target)
        #expect(full.bandWidth > 4 && !full.narrowedByCellBudget)
        #expect(full.largestBandCellCount > limits.maximumAlignmentCells)
        #expect(AlignmentReport(narrowed).narrowedBandWidth == 4 && AlignmentReport(full).narrowedBandWidth == nil)

        var reviewer = Reviewer(checks: CheckRegistry.all)
        reviewer.limits = limits
        let review = try reviewer.review(TranslationPair(source: sides.source.document, target: sides.target.document))
        let note = try #require(review.findings.first { $0.ruleID == Limits.narrowingRule.id })
        #expect(note.severity == .note && note.message.contains("±4"), "\(note.message)")
        #expect(review.rules.contains { $0.id == Limits.narrowingRule.id })
        let plain = try Reviewer(checks: CheckRegistry.all).review(
            TranslationPair(source: sides.source.document, target: sides.target.document))
        #expect(!plain.findings.contains { $0.ruleID == Limits.narrowingRule.id })
    }
}
