import Foundation

/// The cost of a candidate bead: shape prior + length fit − evidence + structure. Pure: it reads precomputed
/// features and parameters and allocates nothing, because the dynamic programme calls it for every cell and shape.
struct BeadCost {
    let source: [SegmentFeatures]
    let target: [SegmentFeatures]
    let parameters: AlignmentParameters
    /// Target length units per source length unit, estimated from the document pair.
    let lengthRatio: Double
    /// The shape priors, indexed like `BeadShape.allCases`.
    private let shapeCosts: [Double]

    init(source: [SegmentFeatures], target: [SegmentFeatures], parameters: AlignmentParameters) {
        self.source = source
        self.target = target
        self.parameters = parameters
        let sourceLength = source.reduce(0) { $0 + $1.length }
        let targetLength = target.reduce(0) { $0 + $1.length }
        lengthRatio = sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 1
        shapeCosts = BeadShape.allCases.map { parameters.shapeCost[$0] ?? .infinity }
    }

    /// The evidence both sides of a bead share: total matched weight and matched strong weight.
    struct Agreement {
        var matched = 0.0
        var matchedStrong = 0.0
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
        return total
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

    /// The evidence shared by the two sides: for each distinct item, its weight times the smaller of its counts.
    /// - Complexity: O(k²) in the number of items of the bead's segments (a handful); no allocation.
    func agreement(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Agreement {
        var sourceSignature: UInt64 = 0
        for index in sourceRange { sourceSignature |= source[index].signature }
        var targetSignature: UInt64 = 0
        for index in targetRange { targetSignature |= target[index].signature }
        var agreement = Agreement()
        guard sourceSignature & targetSignature != 0 else { return agreement }
        for index in sourceRange {
            for (position, item) in source[index].items.enumerated() {
                if seenBefore(item.key, in: source, range: sourceRange.lowerBound..<index, orBefore: position, of: index) {
                    continue
                }
                let sourceCount = count(of: item.key, in: source, range: sourceRange)
                let targetCount = count(of: item.key, in: target, range: targetRange)
                let shared = Double(min(sourceCount, targetCount))
                agreement.matched += item.weight * shared
                if item.weight >= SegmentFeatures.strongThreshold {
                    agreement.matchedStrong += item.weight * shared
                }
            }
        }
        return agreement
    }

    /// The items both sides of an aligned bead share, for reporting evidence.
    func sharedEvidence(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> [Evidence] {
        var evidence: [Evidence] = []
        var seen: Set<Int> = []
        for index in sourceRange {
            for item in source[index].items where !seen.contains(item.key) {
                seen.insert(item.key)
                if count(of: item.key, in: target, range: targetRange) > 0 {
                    evidence.append(item.evidence)
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

    private func count(of key: Int, in features: [SegmentFeatures], range: Range<Int>) -> Int {
        var total = 0
        for index in range {
            for item in features[index].items where item.key == key {
                total += item.count
            }
        }
        return total
    }

    private func seenBefore(
        _ key: Int, in features: [SegmentFeatures], range: Range<Int>, orBefore position: Int, of segment: Int
    ) -> Bool {
        for index in range where features[index].items.contains(where: { $0.key == key }) {
            return true
        }
        return features[segment].items[..<position].contains { $0.key == key }
    }
}
