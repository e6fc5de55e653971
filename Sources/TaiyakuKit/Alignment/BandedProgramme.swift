import Foundation

/// The dynamic programme over bead shapes in a band of cells around a guide path, with each cell's step costs kept
/// so that, besides the cheapest path, it can say how sure it is of every bead on that path.
///
/// Cell (i, j) stands for the first i source and first j target segments. Row i covers target prefix lengths
/// `low[i]...high[i]`; both bounds never decrease, so every move's predecessor row is in reach.
///
/// Memory is what the band needs for the path and the confidences, and no more: per cell, the move that reached it
/// (one byte) and the costs of its beads with segments on both sides (a `Float` each, eight shapes: 32 bytes); the
/// cost of a bead with no segment on one side (1:0, 0:1) depends only on the segments it skips, so it is kept once
/// per row or column. Running totals (the cheapest cost, and the forward and backward sums of the confidences) are
/// needed only for the rows a bead reaches back over (at most four), so they live in a window of those rows
/// (`windowCapacity` cells) rather than one value per cell. 33 bytes a cell in all, against 65 when every total was
/// kept for every cell.
struct BandedProgramme {
    /// One bead of a path: its shape and the cell it ends at.
    struct Step {
        let shape: BeadShape
        let sourceEnd: Int
        let targetEnd: Int

        var sourceRange: Range<Int> { (sourceEnd - shape.sourceCount)..<sourceEnd }
        var targetRange: Range<Int> { (targetEnd - shape.targetCount)..<targetEnd }
    }

    /// What the programme keeps for each cell of the band, in bytes: the move and the step costs of the beads with
    /// segments on both sides. Per row it also keeps three integers (the row's bounds and start) and a skip cost.
    static let bytesPerCell = MemoryLayout<Int8>.size + pairedShapeCount * MemoryLayout<Float>.size

    private let sourceCount: Int
    private let targetCount: Int
    private var low: [Int]
    private var high: [Int]
    private var rowStart: [Int]
    /// `pairedCost[cell * pairedShapeCount + slot]`: the cost of the bead of the shape in that slot (see `slots`)
    /// ending at the cell; infinite where the bead would start outside the band or at a cell no path reaches.
    private var pairedCost: [Float]
    /// For a shape with no target segment (1:0), `skipCost[shape][i]`: the cost of that bead ending in row i; for a
    /// shape with no source segment (0:1), `skipCost[shape][j]`, by column. Empty for the other shapes.
    private var skipCost: [[Double]]
    /// The shape of the cheapest path's last bead into each cell (−1 for none).
    private var move: [Int8]
    /// Cells enough to hold every row a bead can reach back over at once (the rows i − `rowsBack` … i), rounded up
    /// to a power of two, so that a running total of cell c lives at `c & windowMask`.
    private let windowCapacity: Int
    private var windowMask: Int { windowCapacity - 1 }
    private static let shapes = BeadShape.allCases
    /// The most source segments a bead takes: how many rows back a move reaches.
    private static let rowsBack = shapes.map(\.sourceCount).max() ?? 0
    /// For each shape, its place among the shapes with segments on both sides, or −1 for a skip.
    private static let slots: [Int] = {
        var next = 0
        return shapes.map { shape in
            guard !shape.isSkip else { return -1 }
            defer { next += 1 }
            return next
        }
    }()
    private static let pairedShapeCount = shapes.filter { !$0.isSkip }.count

    /// Runs the programme in the band `guide[i] ± width`.
    /// - Complexity: O((n + m) · w) time and memory for n source and m target segments and half-width w.
    init(cost: BeadCost, guide: [Int], width: Int, sourceCount: Int, targetCount: Int) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        (low, high, rowStart) = Self.rows(guide: guide, width: width, sourceCount: sourceCount, targetCount: targetCount)
        var capacity = 1
        for i in 0...sourceCount {
            capacity = max(capacity, rowStart[i + 1] - rowStart[max(0, i - Self.rowsBack)])
        }
        // A power of two: the slot of a cell is a mask, not a division, in the innermost loops.
        capacity = 1 << (Int.bitWidth - (capacity - 1).leadingZeroBitCount)
        windowCapacity = capacity
        let mask = capacity - 1
        let cellCount = rowStart[sourceCount + 1]
        // A bead with no segment on one side costs the same wherever it sits on the other side.
        skipCost = Self.shapes.enumerated().map { shapeIndex, shape in
            guard shape.isSkip else { return [] }
            if shape.targetCount == 0 {
                return (0...sourceCount).map { i in
                    i < shape.sourceCount ? .infinity
                        : cost.cost(shape, shapeIndex: shapeIndex, source: (i - shape.sourceCount)..<i, target: 0..<0)
                }
            }
            return (0...targetCount).map { j in
                j < shape.targetCount ? .infinity
                    : cost.cost(shape, shapeIndex: shapeIndex, source: 0..<0, target: (j - shape.targetCount)..<j)
            }
        }
        let paired = Self.pairedShapeCount
        pairedCost = [Float](repeating: .infinity, count: cellCount * paired)
        move = [Int8](repeating: -1, count: cellCount)
        var total = [Double](repeating: .infinity, count: capacity)
        total[0] = 0
        let shapes = Self.shapes
        let slots = Self.slots
        for i in 0...sourceCount {
            for j in low[i]...high[i] where !(i == 0 && j == 0) {
                let cell = rowStart[i] + j - low[i]
                var best = Double.infinity
                var bestShape: Int8 = -1
                for (shapeIndex, shape) in shapes.enumerated() {
                    guard let previous = self.cell(i - shape.sourceCount, j - shape.targetCount) else { continue }
                    let before = total[previous & mask]
                    guard before < .infinity else { continue }
                    let step: Double
                    let slot = slots[shapeIndex]
                    if slot >= 0 {
                        step = cost.cost(
                            shape, shapeIndex: shapeIndex, source: (i - shape.sourceCount)..<i,
                            target: (j - shape.targetCount)..<j)
                        pairedCost[cell * paired + slot] = Float(step)
                    } else {
                        step = skipCost[shapeIndex][shape.targetCount == 0 ? i : j]
                    }
                    if before + step < best {
                        best = before + step
                        bestShape = Int8(shapeIndex)
                    }
                }
                total[cell & mask] = best
                move[cell] = bestShape
            }
        }
    }

    /// Each row's bounds (`guide[i] ± width`, never decreasing, consecutive rows overlapping) and where its cells
    /// start; `rowStart[sourceCount + 1]` is the number of cells.
    ///
    /// A row holds at most 2·width + 1 cells, and the overlaps add at most `targetCount` in all, so the band holds
    /// at most (n + 1)(2w + 1) + m cells.
    static func rows(
        guide: [Int], width: Int, sourceCount: Int, targetCount: Int
    ) -> (low: [Int], high: [Int], rowStart: [Int]) {
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
        return (low, high, rowStart)
    }

    /// How many cells the band holds: the programme's time and memory are proportional to it.
    var cellCount: Int { move.count }

    /// The index of cell (i, j), or `nil` outside the band.
    private func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, j >= 0, j >= low[i], j <= high[i] else { return nil }
        return rowStart[i] + j - low[i]
    }

    /// The cost of the bead of shape `shapeIndex` ending at cell `cell` = (i, j), as the posteriors read it.
    private func stepCost(_ shapeIndex: Int, cell: Int, i: Int, j: Int) -> Float {
        let slot = Self.slots[shapeIndex]
        if slot >= 0 { return pairedCost[cell * Self.pairedShapeCount + slot] }
        return Float(skipCost[shapeIndex][Self.shapes[shapeIndex].targetCount == 0 ? i : j])
    }

    /// The cheapest path from the empty prefixes to the whole documents, and whether it touches the band's edge
    /// (then a wider band may find a cheaper one).
    func bestPath() -> (steps: [Step], touchesEdge: Bool) {
        var steps: [Step] = []
        var touchesEdge = false
        var i = sourceCount
        var j = targetCount
        while i > 0 || j > 0 {
            guard let cell = cell(i, j), move[cell] >= 0 else { break }
            if (j == low[i] && low[i] > 0) || (j == high[i] && high[i] < targetCount) {
                touchesEdge = true
            }
            let shape = Self.shapes[Int(move[cell])]
            steps.append(Step(shape: shape, sourceEnd: i, targetEnd: j))
            i -= shape.sourceCount
            j -= shape.targetCount
        }
        return (steps.reversed(), touchesEdge)
    }

    /// For each step of `path`, the probability that the documents' alignment contains exactly that bead, when
    /// every path through the band is taken as likely as e^(−cost / temperature): the sum over the paths through
    /// the bead against the sum over all paths (forward–backward in log space). The forward and backward sums are
    /// kept for the window of rows a bead reaches over, and read off at the cells `path` passes through.
    /// - Complexity: O((n + m) · w), like the programme; memory O(w + |path|) beyond the programme's.
    func posteriors(of path: [Step], temperature: Double) -> [Double] {
        let capacity = windowCapacity
        let mask = windowMask
        guard let end = cell(sourceCount, targetCount) else { return path.map { _ in 0 } }
        // The cells whose forward sum (where a bead starts) and backward sum (where it ends) the posteriors read.
        let starts = path.map { cell($0.sourceEnd - $0.shape.sourceCount, $0.targetEnd - $0.shape.targetCount) }
        let finishes = path.map { cell($0.sourceEnd, $0.targetEnd) }
        let wanted = Array(Set((starts + finishes + [end]).compactMap { $0 })).sorted()
        var forwardAt = [Double](repeating: -.infinity, count: wanted.count)
        var backwardAt = [Double](repeating: -.infinity, count: wanted.count)

        var forward = [Double](repeating: -.infinity, count: capacity)
        forward[0] = 0
        var next = 0
        if wanted.first == 0 {
            forwardAt[0] = 0
            next = 1
        }
        var terms = [Double](repeating: 0, count: Self.shapes.count)
        for i in 0...sourceCount {
            for j in low[i]...high[i] where !(i == 0 && j == 0) {
                let cell = rowStart[i] + j - low[i]
                var count = 0
                for (shapeIndex, shape) in Self.shapes.enumerated() {
                    guard let previous = self.cell(i - shape.sourceCount, j - shape.targetCount) else { continue }
                    let step = stepCost(shapeIndex, cell: cell, i: i, j: j)
                    let before = forward[previous & mask]
                    guard step < .infinity, before > -.infinity else { continue }
                    terms[count] = before - Double(step) / temperature
                    count += 1
                }
                let value = Self.logSumExp(terms, count: count)
                forward[cell & mask] = value
                if next < wanted.count, wanted[next] == cell {
                    forwardAt[next] = value
                    next += 1
                }
            }
        }

        var backward = [Double](repeating: -.infinity, count: capacity)
        backward[end & mask] = 0
        next = wanted.count - 1
        for i in stride(from: sourceCount, through: 0, by: -1) {
            // Row i − rowsBack enters the window: its slots held cells of rows already done.
            if i - Self.rowsBack >= 0 {
                for cell in rowStart[i - Self.rowsBack]..<rowStart[i - Self.rowsBack + 1] {
                    backward[cell & mask] = -.infinity
                }
            }
            for j in stride(from: high[i], through: low[i], by: -1) {
                let cell = rowStart[i] + j - low[i]
                let value = backward[cell & mask]
                if next >= 0, wanted[next] == cell {
                    backwardAt[next] = value
                    next -= 1
                }
                guard value > -.infinity else { continue }
                // Push this cell's backward value to the cells its beads start from.
                for (shapeIndex, shape) in Self.shapes.enumerated() {
                    guard let previous = self.cell(i - shape.sourceCount, j - shape.targetCount) else { continue }
                    let step = stepCost(shapeIndex, cell: cell, i: i, j: j)
                    guard step < .infinity else { continue }
                    let slot = previous & mask
                    backward[slot] = Self.logAdd(backward[slot], value - Double(step) / temperature)
                }
            }
        }
        func index(_ cell: Int) -> Int? {
            var lower = 0
            var upper = wanted.count
            while lower < upper {
                let middle = (lower + upper) / 2
                if wanted[middle] < cell { lower = middle + 1 } else { upper = middle }
            }
            return lower < wanted.count && wanted[lower] == cell ? lower : nil
        }
        guard let endIndex = index(end) else { return path.map { _ in 0 } }
        let all = forwardAt[endIndex]
        return zip(path, zip(starts, finishes)).map { step, cells in
            guard let start = cells.0.flatMap(index), let finishCell = cells.1, let finish = index(finishCell),
                let shapeIndex = Self.shapes.firstIndex(of: step.shape)
            else { return 0 }
            let cost = Double(stepCost(shapeIndex, cell: finishCell, i: step.sourceEnd, j: step.targetEnd))
            return min(1, exp(forwardAt[start] - cost / temperature + backwardAt[finish] - all))
        }
    }

    private static func logSumExp(_ terms: [Double], count: Int) -> Double {
        guard count > 0 else { return -.infinity }
        var largest = -Double.infinity
        for index in 0..<count { largest = max(largest, terms[index]) }
        guard largest > -.infinity else { return -.infinity }
        var sum = 0.0
        for index in 0..<count { sum += exp(terms[index] - largest) }
        return largest + log(sum)
    }

    private static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        return max(a, b) + log1p(exp(-abs(a - b)))
    }
}
