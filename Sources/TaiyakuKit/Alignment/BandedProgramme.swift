import Foundation

/// The dynamic programme over bead shapes in a band of cells around a guide path, with each cell's step costs kept
/// so that, besides the cheapest path, it can say how sure it is of every bead on that path.
///
/// Cell (i, j) stands for the first i source and first j target segments. Row i covers target prefix lengths
/// `low[i]...high[i]`; both bounds never decrease, so every move's predecessor row is in reach.
struct BandedProgramme {
    /// One bead of a path: its shape and the cell it ends at.
    struct Step {
        let shape: BeadShape
        let sourceEnd: Int
        let targetEnd: Int

        var sourceRange: Range<Int> { (sourceEnd - shape.sourceCount)..<sourceEnd }
        var targetRange: Range<Int> { (targetEnd - shape.targetCount)..<targetEnd }
    }

    private let sourceCount: Int
    private let targetCount: Int
    private var low: [Int]
    private var high: [Int]
    private var rowStart: [Int]
    /// `stepCost[cell * shapeCount + shape]`: the cost of the bead of that shape ending at the cell (infinite where
    /// the bead would start outside the band).
    private var stepCost: [Float]
    /// The cheapest cost of reaching each cell, and the shape of its last bead (−1 for none).
    private var total: [Double]
    private var move: [Int8]
    private static let shapes = BeadShape.allCases

    /// Runs the programme in the band `guide[i] ± width`.
    /// - Complexity: O((n + m) · w) time and memory for n source and m target segments and half-width w.
    init(cost: BeadCost, guide: [Int], width: Int, sourceCount: Int, targetCount: Int) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        low = [Int](repeating: 0, count: sourceCount + 1)
        high = [Int](repeating: 0, count: sourceCount + 1)
        rowStart = [Int](repeating: 0, count: sourceCount + 2)
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
        let shapeCount = Self.shapes.count
        stepCost = [Float](repeating: .infinity, count: cellCount * shapeCount)
        total = [Double](repeating: .infinity, count: cellCount)
        move = [Int8](repeating: -1, count: cellCount)
        total[0] = 0
        for i in 0...sourceCount {
            for j in low[i]...high[i] where !(i == 0 && j == 0) {
                let cell = rowStart[i] + j - low[i]
                var best = Double.infinity
                var bestShape: Int8 = -1
                for (shapeIndex, shape) in Self.shapes.enumerated() {
                    guard let previous = self.cell(i - shape.sourceCount, j - shape.targetCount) else { continue }
                    let before = total[previous]
                    guard before < .infinity else { continue }
                    let step = cost.cost(shape, shapeIndex: shapeIndex, source: (i - shape.sourceCount)..<i, target: (j - shape.targetCount)..<j)
                    stepCost[cell * shapeCount + shapeIndex] = Float(step)
                    if before + step < best {
                        best = before + step
                        bestShape = Int8(shapeIndex)
                    }
                }
                total[cell] = best
                move[cell] = bestShape
            }
        }
    }

    /// How many cells the band holds: the programme's time and memory are proportional to it.
    var cellCount: Int { total.count }

    /// The index of cell (i, j), or `nil` outside the band.
    private func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, j >= 0, j >= low[i], j <= high[i] else { return nil }
        return rowStart[i] + j - low[i]
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
    /// the bead against the sum over all paths (forward–backward in log space).
    /// - Complexity: O((n + m) · w), like the programme.
    func posteriors(of path: [Step], temperature: Double) -> [Double] {
        let shapeCount = Self.shapes.count
        let cellCount = total.count
        var forward = [Double](repeating: -.infinity, count: cellCount)
        var backward = [Double](repeating: -.infinity, count: cellCount)
        forward[0] = 0
        var terms = [Double](repeating: 0, count: shapeCount)
        for i in 0...sourceCount {
            for j in low[i]...high[i] where !(i == 0 && j == 0) {
                let cell = rowStart[i] + j - low[i]
                var count = 0
                for (shapeIndex, shape) in Self.shapes.enumerated() {
                    let step = stepCost[cell * shapeCount + shapeIndex]
                    guard step < .infinity, let previous = self.cell(i - shape.sourceCount, j - shape.targetCount),
                        forward[previous] > -.infinity
                    else { continue }
                    terms[count] = forward[previous] - Double(step) / temperature
                    count += 1
                }
                forward[cell] = Self.logSumExp(terms, count: count)
            }
        }
        guard let end = cell(sourceCount, targetCount) else { return path.map { _ in 0 } }
        backward[end] = 0
        for i in stride(from: sourceCount, through: 0, by: -1) {
            for j in stride(from: high[i], through: low[i], by: -1) {
                let cell = rowStart[i] + j - low[i]
                guard backward[cell] > -.infinity else { continue }
                // Push this cell's backward value to the cells its beads start from.
                for (shapeIndex, shape) in Self.shapes.enumerated() {
                    let step = stepCost[cell * shapeCount + shapeIndex]
                    guard step < .infinity, let previous = self.cell(i - shape.sourceCount, j - shape.targetCount) else {
                        continue
                    }
                    backward[previous] = Self.logAdd(backward[previous], backward[cell] - Double(step) / temperature)
                }
            }
        }
        let all = forward[end]
        return path.map { step in
            guard let start = cell(step.sourceEnd - step.shape.sourceCount, step.targetEnd - step.shape.targetCount),
                let finish = cell(step.sourceEnd, step.targetEnd),
                let shapeIndex = Self.shapes.firstIndex(of: step.shape)
            else { return 0 }
            let cost = Double(stepCost[finish * shapeCount + shapeIndex])
            return min(1, exp(forward[start] - cost / temperature + backward[finish] - all))
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
