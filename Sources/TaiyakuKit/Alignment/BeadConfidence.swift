import Foundation

/// Checks the confidences the dynamic programme gave its beads against the documents as a whole, and takes apart
/// aligned beads that nothing supports.
///
/// A bead's confidence comes in as its posterior probability under the programme's costs (see
/// `BandedProgramme.posteriors`). An aligned bead without evidence of its own, whose neighbours within
/// `evidenceNeighbourhood` beads have no evidence either and whose lengths fit poorly, is what the programme
/// produces when the documents are not translations of each other: its segments come out unaligned (1:0 and 0:1)
/// with low confidence.
struct BeadConfidence {
    let cost: BeadCost
    let parameters: AlignmentParameters

    /// The beads with their final confidences, and the share of segments aligned with a confidence of at least
    /// one half, which says whether the documents translate each other at all: translations reach 0.87 or more
    /// (the development set, omissions included), unrelated releases on one subject about 0.4, unrelated short texts
    /// next to nothing, even where the programme pairs their sentences by length.
    func assess(_ beads: [Bead]) -> (beads: [Bead], alignedShare: Double) {
        let local = assessLocally(beads)
        let segments = beads.reduce(0) { $0 + $1.source.count + $1.target.count }
        let aligned = local.reduce(0) { $0 + ($1.isAligned && !$1.isUnsure ? $1.source.count + $1.target.count : 0) }
        let share = segments > 0 ? Double(aligned) / Double(segments) : 0
        guard share < Self.relatedThreshold(parameters.relatedShare, segments: segments) else { return (local, share) }
        // Not translations of each other: only pairs with evidence of their own stay, and none is sure.
        var result: [Bead] = []
        for bead in local {
            if bead.isAligned, cost.agreement(source: bead.source, target: bead.target).matchedSpecific
                >= parameters.minimumEvidence {
                result.append(bead.with(confidence: min(bead.confidence, Bead.unsureBelow)))
            } else if bead.isAligned {
                result.append(contentsOf: Self.takenApart(bead, confidence: 0.1))
            } else {
                result.append(bead.with(confidence: min(bead.confidence, 0.3)))
            }
        }
        return (result, share)
    }

    /// The share below which documents of `segments` segments in all are taken to be unrelated: the parameter,
    /// less a margin of one over the square root of the number of sentence pairs, since a short pair with one
    /// omission and one addition aligns a small share by chance (6 + 6 segments: 0.85 − 0.41).
    static func relatedThreshold(_ share: Double, segments: Int) -> Double {
        share - 1 / (Double(max(segments, 2)) / 2).squareRoot()
    }

    /// An aligned bead as unaligned segments, source ones first.
    static func takenApart(_ bead: Bead, confidence: Double) -> [Bead] {
        bead.source.map { Bead(source: $0..<$0 + 1, target: bead.target.lowerBound..<bead.target.lowerBound, confidence: confidence) }
            + bead.target.map { Bead(source: bead.source.upperBound..<bead.source.upperBound, target: $0..<$0 + 1, confidence: confidence) }
    }

    private func assessLocally(_ beads: [Bead]) -> [Bead] {
        let agreement = beads.map { bead in
            bead.isAligned ? cost.agreement(source: bead.source, target: bead.target).matchedSpecific : 0
        }
        let lengthCost = beads.map { bead in
            bead.isAligned ? cost.lengthCost(source: bead.source, target: bead.target) : 0
        }
        // Distance to the nearest aligned bead with evidence, looking both ways.
        let reach = parameters.evidenceNeighbourhood
        var supported = [Bool](repeating: false, count: beads.count)
        var lastEvidence = Int.min / 2
        for index in beads.indices {
            if agreement[index] >= parameters.minimumEvidence { lastEvidence = index }
            supported[index] = index - lastEvidence <= reach
        }
        lastEvidence = Int.max / 2
        for index in beads.indices.reversed() {
            if agreement[index] >= parameters.minimumEvidence { lastEvidence = index }
            supported[index] = supported[index] || lastEvidence - index <= reach
        }
        var result: [Bead] = []
        result.reserveCapacity(beads.count)
        for (index, bead) in beads.enumerated() {
            guard bead.isAligned else {
                result.append(bead)
                continue
            }
            let windowFit = meanLengthCost(around: index, beads: beads, lengthCost: lengthCost)
            if agreement[index] < parameters.minimumEvidence, !supported[index], windowFit > parameters.unrelatedLengthFit {
                result.append(contentsOf: Self.takenApart(bead, confidence: 0.2))
            } else {
                result.append(bead)
            }
        }
        return result
    }

    /// The mean length cost of the aligned beads within the neighbourhood of `index`.
    private func meanLengthCost(around index: Int, beads: [Bead], lengthCost: [Double]) -> Double {
        let reach = parameters.evidenceNeighbourhood
        var sum = 0.0
        var count = 0
        for neighbour in max(0, index - reach)...min(beads.count - 1, index + reach) where beads[neighbour].isAligned {
            sum += lengthCost[neighbour]
            count += 1
        }
        return count > 0 ? sum / Double(count) : 0
    }
}

extension Bead {
    func with(confidence: Double) -> Bead {
        Bead(source: source, target: target, confidence: confidence, evidence: evidence)
    }
}
