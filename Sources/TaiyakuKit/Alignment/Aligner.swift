/// Pairs the segments of two documents by dynamic programming over bead shapes (1:1, 1:2, 2:1, 2:2, 1:3, 3:1,
/// 1:0, 0:1), scored by anchors, glossary terms, cues, length and paragraph structure.
///
/// The programme runs in a band around a guide path that follows the two documents' cumulative lengths, so time
/// and memory grow linearly with document length; when the best path touches the band's edge the band is widened
/// and the programme run again.
public struct Aligner: Sendable {
    public var parameters: AlignmentParameters

    public init(parameters: AlignmentParameters = .standard) {
        self.parameters = parameters
    }

    /// Aligns `source` with `target`.
    /// - Complexity: O((n + m) · w) time and memory for n source and m target segments and band half-width w.
    public func align(_ source: AlignmentSide, with target: AlignmentSide) -> Alignment {
        let features = SegmentFeatures.of(source, target, scriptWeights: parameters.scriptWeights)
        let priorRatio = (parameters.relativeLength[target.document.language] ?? 1)
            / (parameters.relativeLength[source.document.language] ?? 1)
        let cost = BeadCost(
            source: features.source, target: features.target, parameters: parameters, priorRatio: priorRatio)
        let sourceCount = source.document.segments.count
        let targetCount = target.document.segments.count
        let guide = guidePath(cost: cost)
        var width = max(parameters.initialBandWidth, abs(sourceCount - targetCount) / 8)
        var path: [(shape: BeadShape, sourceEnd: Int, targetEnd: Int)]
        while true {
            let result = programme(cost: cost, guide: guide, width: width, sourceCount: sourceCount, targetCount: targetCount)
            path = result.path
            if !result.touchesEdge || width >= parameters.maximumBandWidth { break }
            width = min(parameters.maximumBandWidth, width * 2)
        }
        var beads: [Bead] = []
        beads.reserveCapacity(path.count)
        for step in path {
            let sourceRange = (step.sourceEnd - step.shape.sourceCount)..<step.sourceEnd
            let targetRange = (step.targetEnd - step.shape.targetCount)..<step.targetEnd
            let evidence = step.shape.isSkip ? [] : cost.sharedEvidence(source: sourceRange, target: targetRange)
            beads.append(Bead(source: sourceRange, target: targetRange, confidence: 0, evidence: evidence))
        }
        let assessed = BeadConfidence(cost: cost, parameters: parameters).assess(beads)
        return Alignment(
            source: source.document, target: target.document, beads: assessed.beads, lengthRatio: cost.lengthRatio,
            bandWidth: width, alignedShare: assessed.alignedShare,
            isTranslation: assessed.alignedShare >= BeadConfidence.relatedThreshold(
                parameters.relatedShare, segments: source.document.segments.count + target.document.segments.count))
    }

    /// For each source prefix length i, the target prefix length whose share of the target's length is closest
    /// to the share of the source's length that the first i source segments hold.
    private func guidePath(cost: BeadCost) -> [Int] {
        let sourceTotal = cost.source.reduce(0) { $0 + $1.length }
        let targetTotal = cost.target.reduce(0) { $0 + $1.length }
        var guide = [Int](repeating: 0, count: cost.source.count + 1)
        var sourceSoFar = 0.0
        var targetSoFar = 0.0
        var j = 0
        for i in 0...cost.source.count {
            if i > 0 { sourceSoFar += cost.source[i - 1].length }
            let share = sourceTotal > 0 ? sourceSoFar / sourceTotal : 0
            while j < cost.target.count, targetTotal > 0,
                (targetSoFar + cost.target[j].length / 2) / targetTotal < share
            {
                targetSoFar += cost.target[j].length
                j += 1
            }
            guide[i] = j
        }
        guide[cost.source.count] = cost.target.count
        return guide
    }

    private struct ProgrammeResult {
        var path: [(shape: BeadShape, sourceEnd: Int, targetEnd: Int)]
        var touchesEdge: Bool
    }

    /// The dynamic programme in the band `guide[i] ± width`.
    private func programme(cost: BeadCost, guide: [Int], width: Int, sourceCount: Int, targetCount: Int) -> ProgrammeResult {
        // Row i covers target prefix lengths low[i]...high[i]; low and high never decrease, so every move's
        // predecessor row is in reach.
        var low = [Int](repeating: 0, count: sourceCount + 1)
        var high = [Int](repeating: 0, count: sourceCount + 1)
        var rowStart = [Int](repeating: 0, count: sourceCount + 2)
        for i in 0...sourceCount {
            low[i] = max(0, guide[i] - width)
            high[i] = min(targetCount, guide[i] + width)
            if i > 0 {
                low[i] = max(low[i], low[i - 1])
                high[i] = max(high[i], high[i - 1])
            }
        }
        low[0] = 0
        high[sourceCount] = targetCount
        for i in stride(from: sourceCount, to: 0, by: -1) where high[i - 1] < low[i] {
            // Consecutive rows must overlap, or a long segment facing many short ones would cut the band.
            high[i - 1] = low[i]
        }
        for i in 0...sourceCount {
            rowStart[i + 1] = rowStart[i] + (high[i] - low[i] + 1)
        }
        let cellCount = rowStart[sourceCount + 1]
        var total = [Double](repeating: .infinity, count: cellCount)
        var move = [Int8](repeating: -1, count: cellCount)
        let shapes = BeadShape.allCases
        total[0] = 0
        for i in 0...sourceCount {
            for j in low[i]...high[i] where !(i == 0 && j == 0) {
                var best = Double.infinity
                var bestShape: Int8 = -1
                for (shapeIndex, shape) in shapes.enumerated() {
                    let previousI = i - shape.sourceCount
                    let previousJ = j - shape.targetCount
                    guard previousI >= 0, previousJ >= 0, previousJ >= low[previousI], previousJ <= high[previousI] else {
                        continue
                    }
                    let before = total[rowStart[previousI] + previousJ - low[previousI]]
                    guard before < .infinity else { continue }
                    let candidate = before + cost.cost(
                        shape, shapeIndex: shapeIndex, source: previousI..<i, target: previousJ..<j)
                    if candidate < best {
                        best = candidate
                        bestShape = Int8(shapeIndex)
                    }
                }
                total[rowStart[i] + j - low[i]] = best
                move[rowStart[i] + j - low[i]] = bestShape
            }
        }
        var path: [(shape: BeadShape, sourceEnd: Int, targetEnd: Int)] = []
        var touchesEdge = false
        var i = sourceCount
        var j = targetCount
        while i > 0 || j > 0 {
            let chosen = move[rowStart[i] + j - low[i]]
            guard chosen >= 0 else { break }
            if (j == low[i] && low[i] > 0) || (j == high[i] && high[i] < targetCount) {
                touchesEdge = true
            }
            let shape = shapes[Int(chosen)]
            path.append((shape, i, j))
            i -= shape.sourceCount
            j -= shape.targetCount
        }
        return ProgrammeResult(path: path.reversed(), touchesEdge: touchesEdge)
    }
}
