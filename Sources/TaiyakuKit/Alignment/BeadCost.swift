import Foundation

/// The cost of a candidate bead: shape prior + length fit − evidence + structure. Pure: it reads precomputed
/// features and parameters and allocates nothing, because the dynamic programme calls it for every cell and shape.
struct BeadCost {
    let source: [SegmentFeatures]
    let target: [SegmentFeatures]
    /// What each item key stands for, to report evidence.
    let names: EvidenceKeyTable
    let parameters: AlignmentParameters
    /// Target length units per source length unit, estimated from the document pair.
    let lengthRatio: Double
    /// The shape priors, indexed like `BeadShape.allCases`.
    private let shapeCosts: [Double]
    private let sourceItems: EvidenceTable
    private let targetItems: EvidenceTable

    /// - Parameter priorRatio: the expected target/source length ratio for the two languages.
    init(
        source: [SegmentFeatures], target: [SegmentFeatures], names: EvidenceKeyTable = EvidenceKeyTable(),
        parameters: AlignmentParameters, priorRatio: Double
    ) {
        self.source = source
        self.target = target
        self.names = names
        self.parameters = parameters
        let sourceLength = source.reduce(0) { $0 + $1.length }
        let targetLength = target.reduce(0) { $0 + $1.length }
        // The pair's own ratio, shrunk toward the prior: on two sentences one added sentence would skew it.
        let weight = parameters.lengthRatioPriorWeight
        lengthRatio = (targetLength + priorRatio * weight) / (sourceLength + weight)
        shapeCosts = BeadShape.allCases.map { parameters.shapeCost[$0] ?? .infinity }
        sourceItems = EvidenceTable(source)
        targetItems = EvidenceTable(target)
    }

    /// The evidence both sides of a bead share: total matched weight, matched strong weight, and matched weight of
    /// specific evidence (everything but lexicon words, which two texts on one subject share without translating
    /// each other).
    struct Agreement {
        var matched = 0.0
        var matchedStrong = 0.0
        var matchedSpecific = 0.0
    }

    func cost(_ shape: BeadShape, shapeIndex: Int, source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        var total = shapeCosts[shapeIndex]
        if shape.isSkip {
            let strong = sourceRange.reduce(0) { $0 + source[$1].strongWeight }
                + targetRange.reduce(0) { $0 + target[$1].strongWeight }
            return total + parameters.skippedEvidenceCost * strong
        }
        total += lengthCost(source: sourceRange, target: targetRange)
        let agreement = agreement(source: sourceRange, target: targetRange)
        let strong = sourceRange.reduce(0) { $0 + source[$1].strongWeight }
            + targetRange.reduce(0) { $0 + target[$1].strongWeight }
        let unmatchedStrong = max(0, strong - 2 * agreement.matchedStrong)
        total += parameters.unmatchedEvidenceCost * unmatchedStrong - parameters.evidenceReward * agreement.matched
        total += structureCost(source: sourceRange, target: targetRange)
        if targetRange.count > 1 {
            total += parameters.unsupportedMemberCost * Double(unsupportedMembers(targetRange))
        }
        return total
    }

    /// How many translated segments of a bead with two or more of them have evidence of their own of which the
    /// original document has nothing anywhere: a sentence inserted from another text (`この製品は買わないでください。`
    /// next to the translation of a long English sentence) fits a 1:2 bead by length alone, but its words belong to
    /// another subject, while each part of a sentence translated as two speaks of the document's own things. A
    /// segment with little evidence of its own (below `minimumEvidence`) says nothing either way. Only the
    /// translation's side is weighed: splitting off a short sentence of the original merged into a neighbour's
    /// translation would report an omission, an error, where an inserted sentence split off is an addition.
    /// - Complexity: O(1) per target segment of the bead.
    func unsupportedMembers(_ targetRange: Range<Int>) -> Int {
        guard targetRange.count > 1 else { return 0 }
        var count = 0
        for member in targetRange where target[member].items.isEmpty
            && target[member].ownWeight >= parameters.minimumEvidence
        {
            count += 1
        }
        return count
    }


    /// Gale–Church: how unlikely the target length is given the source length, as −log of a two-sided
    /// normal tail probability, capped.
    func lengthCost(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        let sourceLength = sourceRange.reduce(0) { $0 + source[$1].length }
        let targetLength = targetRange.reduce(0) { $0 + target[$1].length } / lengthRatio
        let mean = (sourceLength + targetLength) / 2
        let delta = abs(targetLength - sourceLength) / (parameters.lengthVariance * mean).squareRoot()
        let tail = erfc(delta / 2.0.squareRoot())
        return min(parameters.maximumLengthCost, -log(max(tail, 1e-300)))
    }

    /// The evidence shared by the two sides: for each distinct item, the lesser of its two weights times the
    /// smaller of its counts.
    /// - Complexity: O(k) in the number of items of the bead's segments; no allocation.
    func agreement(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Agreement {
        let sourceRun = sourceItems.run(of: sourceRange)
        let targetRun = targetItems.run(of: targetRange)
        guard !sourceRun.isEmpty, !targetRun.isEmpty else { return Agreement() }
        return sourceItems.spans[sourceRange.count - 1].withUnsafeBufferPointer { sourceEntries in
            targetItems.spans[targetRange.count - 1].withUnsafeBufferPointer { targetEntries in
                var agreement = Agreement()
                var i = sourceRun.lowerBound
                var j = targetRun.lowerBound
                while i < sourceRun.upperBound, j < targetRun.upperBound {
                    let a = sourceEntries[i]
                    let b = targetEntries[j]
                    if a.key < b.key {
                        i += 1
                    } else if a.key > b.key {
                        j += 1
                    } else {
                        let matched = Double(min(a.weight, b.weight)) * Double(min(a.count, b.count))
                        agreement.matched += matched
                        if a.strong && b.strong { agreement.matchedStrong += matched }
                        if a.specific { agreement.matchedSpecific += matched }
                        i += 1
                        j += 1
                    }
                }
                return agreement
            }
        }
    }

    /// The items both sides of an aligned bead share, for reporting evidence.
    func sharedEvidence(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> [Evidence] {
        var evidence: [Evidence] = []
        var seen: Set<Int> = []
        for index in sourceRange {
            for item in source[index].items where !seen.contains(item.key) {
                seen.insert(item.key)
                if count(of: item.key, in: target, range: targetRange).count > 0, let name = names.piece(item.key) {
                    evidence.append(Evidence(kind: name.kind, detail: name.detail, value: name.value, weight: item.weight))
                }
            }
        }
        return evidence
    }

    /// Paragraph and heading structure: beads should not join two paragraphs, should start paragraphs on both
    /// sides together, and should pair headings with headings.
    func structureCost(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double {
        var total = 0.0
        let firstSource = source[sourceRange.lowerBound]
        let firstTarget = target[targetRange.lowerBound]
        if source[sourceRange.upperBound - 1].paragraph != firstSource.paragraph {
            total += parameters.paragraphCrossingCost
        }
        if target[targetRange.upperBound - 1].paragraph != firstTarget.paragraph {
            total += parameters.paragraphCrossingCost
        }
        if firstSource.startsParagraph != firstTarget.startsParagraph {
            total += parameters.paragraphMisalignmentCost
        }
        if firstSource.isHeading != firstTarget.isHeading {
            total += parameters.headingMismatchCost
        }
        return total
    }

    /// How often `key` occurs in the segments of `range`, and its greatest weight there.
    private func count(of key: Int, in features: [SegmentFeatures], range: Range<Int>) -> (count: Int, weight: Double) {
        var total = 0
        var weight = 0.0
        for index in range {
            for item in features[index].items where item.key == key {
                total += item.count
                weight = max(weight, item.weight)
            }
        }
        return (total, weight)
    }
}
