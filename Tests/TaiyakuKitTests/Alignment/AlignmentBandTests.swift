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
        // 24,000 against 12,000 sentences: |n − m| / 8 = 1,500, once the first band's half-width.
        #expect(aligner.firstBandWidth(sourceCount: 24_000, targetCount: 12_000) == AlignmentParameters.standard.maximumBandWidth)
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
}
