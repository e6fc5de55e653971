import Foundation

/// Gives every bead a confidence in 0...1 and takes apart aligned beads that nothing supports.
///
/// An aligned bead is supported by its own evidence (shared anchors, terms, cues) and by a good length fit; a
/// bead with neither, whose neighbours within `evidenceNeighbourhood` beads have no evidence either, is what the
/// dynamic programme produces when the documents are not translations of each other: its segments come out
/// unaligned (1:0 and 0:1) with low confidence.
struct BeadConfidence {
    let cost: BeadCost
    let parameters: AlignmentParameters

    /// Length costs above this (a two-sided tail probability under about 5%) count as a poor fit.
    static let poorLengthFit = 3.0

    func assess(_ beads: [Bead]) -> [Bead] {
        let agreement = beads.map { bead in
            bead.isAligned ? cost.agreement(source: bead.source, target: bead.target).matched : 0
        }
        let lengthCost = beads.map { bead in
            bead.isAligned ? cost.lengthCost(source: bead.source, target: bead.target) : 0
        }
        // Distance to the nearest aligned bead with evidence, looking both ways.
        let reach = parameters.evidenceNeighbourhood
        var supported = [Bool](repeating: false, count: beads.count)
        var lastEvidence = Int.min / 2
        for index in beads.indices {
            if agreement[index] > 0 { lastEvidence = index }
            supported[index] = index - lastEvidence <= reach
        }
        lastEvidence = Int.max / 2
        for index in beads.indices.reversed() {
            if agreement[index] > 0 { lastEvidence = index }
            supported[index] = supported[index] || lastEvidence - index <= reach
        }
        var result: [Bead] = []
        result.reserveCapacity(beads.count)
        for (index, bead) in beads.enumerated() {
            guard bead.isAligned else {
                result.append(bead.with(confidence: skipConfidence(at: index, in: beads, agreement: agreement)))
                continue
            }
            let windowFit = meanLengthCost(around: index, beads: beads, lengthCost: lengthCost)
            if agreement[index] == 0, !supported[index], windowFit > Self.poorLengthFit {
                for sourceIndex in bead.source {
                    result.append(Bead(source: sourceIndex..<sourceIndex + 1, target: bead.target.lowerBound..<bead.target.lowerBound, confidence: 0.2))
                }
                for targetIndex in bead.target {
                    result.append(Bead(source: bead.source.upperBound..<bead.source.upperBound, target: targetIndex..<targetIndex + 1, confidence: 0.2))
                }
                continue
            }
            let score = -0.5 + 1.6 * min(agreement[index], 3) + 0.9 * (Self.poorLengthFit - lengthCost[index])
                + (supported[index] ? 0.8 : -0.8)
            result.append(bead.with(confidence: 1 / (1 + exp(-score))))
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

    /// An unaligned segment between confidently aligned neighbours is confidently unaligned.
    private func skipConfidence(at index: Int, in beads: [Bead], agreement: [Double]) -> Double {
        let neighbours = [index - 1, index + 1].filter { beads.indices.contains($0) && beads[$0].isAligned }
        guard !neighbours.isEmpty else { return 0.3 }
        let supported = neighbours.filter { agreement[$0] > 0 }.count
        return 0.5 + 0.4 * Double(supported) / Double(neighbours.count)
    }
}

extension Bead {
    func with(confidence: Double) -> Bead {
        Bead(source: source, target: target, confidence: confidence, evidence: evidence)
    }
}
