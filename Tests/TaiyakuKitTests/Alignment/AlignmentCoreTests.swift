import Foundation
import Testing

@testable import TaiyakuKit

/// The alignment core on small, hand-made segment features: bead costs, the evidence table, the banded programme
/// and its posteriors, and the confidence assessment. The gold-scored tests (`AlignerTests`) cover the whole.
@Suite struct AlignmentCoreTests {
    /// Segment features from lengths and item values (anchor numbers: strong, surviving evidence), one paragraph
    /// per segment unless `paragraphs` says otherwise.
    static func features(
        _ lengths: [Double], items: [[String]] = [], paragraphs: [Int]? = nil, headings: Set<Int> = [],
        table: inout EvidenceKeyTable
    ) -> [SegmentFeatures] {
        lengths.indices.map { index in
            let values = index < items.count ? items[index] : []
            let evidence = values.map { value in
                let piece = Evidence(kind: .anchor, detail: "number", value: value, weight: 1)
                return (piece: piece, key: EvidenceKey(piece))
            }
            let paragraph = paragraphs?[index] ?? index
            return SegmentFeatures(
                length: lengths[index], paragraph: paragraph,
                startsParagraph: index == 0 || paragraph != (paragraphs?[index - 1] ?? index - 1),
                isHeading: headings.contains(index), evidence: evidence, isComparable: { _ in true }, names: &table)
        }
    }

    static func cost(
        source: [Double], target: [Double], sourceItems: [[String]] = [], targetItems: [[String]] = []
    ) -> BeadCost {
        var table = EvidenceKeyTable()
        let sourceFeatures = features(source, items: sourceItems, table: &table)
        let targetFeatures = features(target, items: targetItems, table: &table)
        return BeadCost(
            source: sourceFeatures, target: targetFeatures, names: table, parameters: .standard, priorRatio: 1)
    }

    static func shapeIndex(_ shape: BeadShape) -> Int {
        BeadShape.allCases.firstIndex(of: shape) ?? 0
    }

    // MARK: Bead costs

    @Test func lengthCostGrowsWithTheMismatchAndIsCapped() {
        // Equal totals, so the pair's length ratio is 1.
        let cost = Self.cost(source: [100, 100, 5, 160], target: [100, 160, 100, 5])
        let equal = cost.lengthCost(source: 0..<1, target: 0..<1)
        let longer = cost.lengthCost(source: 1..<2, target: 1..<2)
        let absurd = cost.lengthCost(source: 2..<3, target: 2..<3)
        #expect(abs(cost.lengthRatio - 1) < 1e-9)
        #expect(equal < 0.01, "\(equal)")
        #expect(longer > equal + 2, "\(longer) against \(equal)")
        #expect(absurd == AlignmentParameters.standard.maximumLengthCost)
        // Two segments against their sum fit as well as one against one.
        #expect(cost.lengthCost(source: 0..<2, target: 0..<2) < longer)
    }

    @Test func sharedEvidenceLowersTheCostAndMissingStrongEvidenceRaisesIt() {
        let cost = Self.cost(
            source: [50, 50], target: [50, 50], sourceItems: [["15"], ["15"]], targetItems: [["15"], ["16"]])
        let oneToOne = Self.shapeIndex(.oneToOne)
        let agreeing = cost.cost(.oneToOne, shapeIndex: oneToOne, source: 0..<1, target: 0..<1)
        let disagreeing = cost.cost(.oneToOne, shapeIndex: oneToOne, source: 1..<2, target: 1..<2)
        let parameters = AlignmentParameters.standard
        // 15 on both sides: rewarded; 15 against 16: both strong anchors unmatched.
        #expect(cost.agreement(source: 0..<1, target: 0..<1).matched == 1)
        #expect(cost.agreement(source: 1..<2, target: 1..<2).matched == 0)
        #expect(abs((disagreeing - agreeing) - (parameters.evidenceReward + 2 * parameters.unmatchedEvidenceCost)) < 1e-9)
        #expect(cost.sharedEvidence(source: 0..<1, target: 0..<1).map(\.value) == ["15"])
        #expect(cost.sharedEvidence(source: 1..<2, target: 1..<2).isEmpty)
    }

    @Test func agreementCountsTheLesserWeightTimesTheLesserCount() {
        let cost = Self.cost(source: [50, 50], target: [50], sourceItems: [["7", "7"], ["7"]], targetItems: [["7", "7"]])
        // The source's first segment has 7 twice, the target's segment too: two matches; one source segment with one
        // 7 against two matches once.
        #expect(cost.agreement(source: 0..<1, target: 0..<1).matched == 2)
        #expect(cost.agreement(source: 1..<2, target: 0..<1).matched == 1)
        // Spans merge their segments' items: 7 three times against twice.
        #expect(cost.agreement(source: 0..<2, target: 0..<1).matched == 2)
    }

    @Test func skippingASegmentCostsItsShapeAndItsStrongEvidence() {
        let cost = Self.cost(source: [50, 50], target: [50], sourceItems: [[], ["2025", "15"]])
        let parameters = AlignmentParameters.standard
        let plain = cost.cost(.oneToZero, shapeIndex: Self.shapeIndex(.oneToZero), source: 0..<1, target: 0..<0)
        let anchored = cost.cost(.oneToZero, shapeIndex: Self.shapeIndex(.oneToZero), source: 1..<2, target: 0..<0)
        #expect(plain == parameters.shapeCost[.oneToZero])
        #expect(abs(anchored - plain - 2 * parameters.skippedEvidenceCost) < 1e-9)
    }

    @Test func structureCostPunishesCrossedParagraphsAndHeadingsPairedWithSentences() {
        var table = EvidenceKeyTable()
        let source = Self.features([50, 50, 50], paragraphs: [0, 1, 2], headings: [0], table: &table)
        let target = Self.features([50, 50, 50], paragraphs: [0, 1, 1], table: &table)
        let cost = BeadCost(source: source, target: target, names: table, parameters: .standard, priorRatio: 1)
        let parameters = AlignmentParameters.standard
        #expect(cost.structureCost(source: 0..<1, target: 0..<1) == parameters.headingMismatchCost)
        #expect(cost.structureCost(source: 1..<2, target: 1..<2) == 0)
        #expect(cost.structureCost(source: 1..<3, target: 1..<3) == parameters.paragraphCrossingCost)
        #expect(cost.structureCost(source: 2..<3, target: 2..<3) == parameters.paragraphMisalignmentCost)
    }

    // MARK: Evidence table

    @Test func evidenceTableMergesSpansIntoSortedRunsWithEqualKeysSummed() {
        var table = EvidenceKeyTable()
        let features = Self.features([10, 10, 10], items: [["a", "b"], ["b"], ["c", "a"]], table: &table)
        let evidence = EvidenceTable(features)
        for length in 1...min(EvidenceTable.longestSpan, features.count) {
            for start in 0...(features.count - length) {
                let run = evidence.spans[length - 1][evidence.run(of: start..<start + length)]
                let keys = run.map(\.key)
                #expect(keys == keys.sorted() && Set(keys).count == keys.count)
                let expected = (start..<start + length).reduce(0) { $0 + features[$1].items.reduce(0) { $0 + $1.count } }
                #expect(run.reduce(0) { $0 + Int($1.count) } == expected)
            }
        }
        // Keys are numbered in the order they are first met, and the table says what each stands for.
        #expect((0..<3).compactMap { table.piece($0)?.value } == ["a", "b", "c"])
        #expect(table.piece(3) == nil)
    }

    // MARK: Banded programme and posteriors

    /// A cost for documents of equal-length sentences, target i carrying the anchor of source i.
    static func anchoredCost(source: Int, target: Int, dropped: Int? = nil) -> BeadCost {
        let sourceItems = (0..<source).map { ["\($0)"] }
        let targetItems = (0..<source).filter { $0 != dropped }.map { ["\($0)"] }
        return Self.cost(
            source: Array(repeating: 60, count: source), target: Array(repeating: 60, count: target),
            sourceItems: sourceItems, targetItems: Array(targetItems.prefix(target)))
    }

    @Test func theCheapestPathPairsSentencesOneToOneAndSkipsTheDroppedOne() {
        let cost = Self.anchoredCost(source: 6, target: 5, dropped: 3)
        let guide = (0...6).map { min(5, $0) }
        let programme = BandedProgramme(cost: cost, guide: guide, width: 3, sourceCount: 6, targetCount: 5)
        let path = programme.bestPath().steps
        #expect(path.map(\.shape) == [.oneToOne, .oneToOne, .oneToOne, .oneToZero, .oneToOne, .oneToOne])
        #expect(path.last?.sourceEnd == 6 && path.last?.targetEnd == 5)
        let posteriors = programme.posteriors(of: path, temperature: 1)
        #expect(posteriors.allSatisfy { (0...1).contains($0) })
        #expect(posteriors.enumerated().allSatisfy { $0.offset == 3 || $0.element > 0.9 }, "\(posteriors)")
    }

    @Test func aLongSentenceFacingTwoShortOnesIsOneBead() {
        let cost = Self.cost(source: [60, 120, 60], target: [60, 60, 60, 60])
        let programme = BandedProgramme(cost: cost, guide: [0, 1, 3, 4], width: 2, sourceCount: 3, targetCount: 4)
        #expect(programme.bestPath().steps.map(\.shape) == [.oneToOne, .oneToTwo, .oneToOne])
    }

    @Test func theBandGrowsLinearlyWithTheDocuments() {
        func cells(_ n: Int, width: Int) -> Int {
            let cost = Self.anchoredCost(source: n, target: n)
            let programme = BandedProgramme(
                cost: cost, guide: Array(0...n), width: width, sourceCount: n, targetCount: n)
            return programme.cellCount
        }
        #expect(cells(200, width: 5) <= 201 * 11)
        #expect(Double(cells(400, width: 5)) / Double(cells(200, width: 5)) < 2.05)
        #expect(cells(200, width: 10) > cells(200, width: 5))
    }

    @Test func whereTwoReadingsAreAlikeNeitherBeadIsSure() throws {
        // Three equal sentences without evidence against two: which one was left out is anybody's guess.
        let cost = Self.cost(source: [60, 60, 60], target: [60, 60])
        let programme = BandedProgramme(cost: cost, guide: [0, 1, 2, 2], width: 2, sourceCount: 3, targetCount: 2)
        let path = programme.bestPath().steps
        let posteriors = programme.posteriors(of: path, temperature: 1)
        let skipped = try #require(path.firstIndex { $0.shape == .oneToZero })
        #expect(posteriors[skipped] < 0.5, "\(path.map(\.shape)) \(posteriors)")
    }

    // MARK: Confidence assessment

    @Test func theRelatedThresholdAllowsShortPairsAMargin() {
        #expect(abs(BeadConfidence.relatedThreshold(0.85, segments: 12) - (0.85 - 1 / 6.0.squareRoot())) < 1e-12)
        #expect(BeadConfidence.relatedThreshold(0.85, segments: 2000) > 0.8)
    }

    @Test func aBeadTakenApartLeavesEachSegmentUnaligned() {
        let parts = BeadConfidence.takenApart(Bead(source: 4..<6, target: 7..<8, confidence: 0.9), confidence: 0.1)
        #expect(parts.map(\.source) == [4..<5, 5..<6, 6..<6])
        #expect(parts.map(\.target) == [7..<7, 7..<7, 7..<8])
        #expect(parts.allSatisfy { !$0.isAligned && $0.confidence == 0.1 })
    }
}
