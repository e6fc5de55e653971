/// Pairs the segments of two documents by dynamic programming over bead shapes (1:1, 1:2, 2:1, 2:2, 1:3, 3:1,
/// 1:4, 4:1, 1:0, 0:1), scored by anchors, glossary terms, cues, length and paragraph structure.
///
/// The programme runs in a band around a guide path that follows the two documents' cumulative lengths, so time
/// and memory grow linearly with document length; when the best path touches the band's edge the band is widened
/// and the programme run again. Each bead's confidence is its posterior probability: the weight of the paths through
/// it against all paths in the band, each path taken as likely as e^(−cost) (calibrated on the development set:
/// beads at 0.9 and above are right 98% of the time, at 0.5–0.6 70%).
public struct Aligner: Sendable {
    public var parameters: AlignmentParameters
    /// The caps the aligner keeps: `maximumAlignmentCells` bounds the band (see `widestBand`).
    public var limits: Limits

    public init(parameters: AlignmentParameters = .standard, limits: Limits = .standard) {
        self.parameters = parameters
        self.limits = limits
    }

    /// Aligns `source` with `target`.
    /// - Complexity: O((n + m) · w) time and memory for n source and m target segments and band half-width w,
    ///   which never exceeds `parameters.maximumBandWidth`, nor the width that keeps the band within
    ///   `limits.maximumAlignmentCells` cells; widening reruns the programme at most log2(maximum / initial) times,
    ///   the band doubling each time (so all runs together cost under twice the last). One band is held at a time:
    ///   memory is `BandedProgramme.bytesPerCell` times the widest band's cells.
    public func align(_ source: AnalysedDocument, with target: AnalysedDocument) -> Alignment {
        let features = SegmentFeatures.of(source, target, parameters: parameters)
        let priorRatio = (parameters.relativeLength[target.document.language] ?? 1)
            / (parameters.relativeLength[source.document.language] ?? 1)
        let cost = BeadCost(
            source: features.source, target: features.target, names: features.names, parameters: parameters,
            priorRatio: priorRatio)
        let sourceCount = source.document.segments.count
        let targetCount = target.document.segments.count
        let guide = guidePath(cost: cost)
        let widest = widestBand(sourceCount: sourceCount, targetCount: targetCount)
        var width = firstBandWidth(sourceCount: sourceCount, targetCount: targetCount)
        var path: [BandedProgramme.Step] = []
        var posteriors: [Double] = []
        var cells = 0
        var largest = 0
        var narrowed = false
        while true {
            // Each band lives for one turn of the loop: the previous one is released before the next is built.
            let run = BandedProgramme(
                cost: cost, guide: guide, width: width, sourceCount: sourceCount, targetCount: targetCount)
            cells += run.cellCount
            largest = max(largest, run.cellCount)
            let best = run.bestPath()
            path = best.steps
            if !best.touchesEdge || width >= widest {
                narrowed = best.touchesEdge && widest < max(1, parameters.maximumBandWidth)
                posteriors = run.posteriors(of: path, temperature: parameters.posteriorTemperature)
                break
            }
            width = min(widest, width * 2)
        }
        var beads: [Bead] = []
        beads.reserveCapacity(path.count)
        for (step, posterior) in zip(path, posteriors) {
            let evidence = step.shape.isSkip ? [] : cost.sharedEvidence(source: step.sourceRange, target: step.targetRange)
            beads.append(Bead(source: step.sourceRange, target: step.targetRange, confidence: posterior, evidence: evidence))
        }
        let assessed = BeadConfidence(cost: cost, parameters: parameters).assess(beads)
        return Alignment(
            source: source.document, target: target.document, beads: assessed.beads, lengthRatio: cost.lengthRatio,
            bandWidth: width, cellCount: cells, narrowedByCellBudget: narrowed,
            largestBandCellCount: largest, alignedShare: assessed.alignedShare,
            isTranslation: assessed.alignedShare >= BeadConfidence.relatedThreshold(
                parameters.relatedShare, segments: source.document.segments.count + target.document.segments.count))
    }

    /// The bytes the dynamic programme keeps for each cell of its band (`BandedProgramme.bytesPerCell`).
    package static var bytesPerCell: Int { BandedProgramme.bytesPerCell }

    /// The half-width of the first band: `initialBandWidth`, raised to |n − m| / 8 for documents whose segment
    /// counts differ, and capped at `maximumBandWidth` like every wider band.
    ///
    /// The band lies around the guide path, which follows the documents' cumulative lengths, not around the
    /// diagonal: a count difference that comes from granularity (one side splitting what the other joins) moves
    /// the true path no further from the guide than a pair of equal counts. What does move it is content on one
    /// side only (omitted or added sentences), which also shows as a count difference; the |n − m| / 8 start saves
    /// the re-runs of widening for such a pair. Uncapped, it made the band, and so time and memory, grow with the
    /// documents' length times their count difference: quadratic for a source twice as long as its target.
    func firstBandWidth(sourceCount: Int, targetCount: Int) -> Int {
        let widest = widestBand(sourceCount: sourceCount, targetCount: targetCount)
        return min(widest, max(1, parameters.initialBandWidth, abs(sourceCount - targetCount) / 8))
    }

    /// The widest band half-width the programme may use: `maximumBandWidth`, narrowed for documents so long that
    /// the band would hold more than `limits.maximumAlignmentCells` cells. A band of half-width w over n source and
    /// m target segments holds at most (n + 1)(2w + 1) + m cells (see `BandedProgramme.rows`); the width is at least
    /// 1 whatever the budget.
    func widestBand(sourceCount: Int, targetCount: Int) -> Int {
        let widest = max(1, parameters.maximumBandWidth)
        let perRow = (limits.maximumAlignmentCells - targetCount) / (sourceCount + 1)
        return max(1, min(widest, (perRow - 1) / 2))
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
}
