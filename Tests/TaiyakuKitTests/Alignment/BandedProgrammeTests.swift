import Foundation
import Testing

@testable import TaiyakuKit

/// The banded programme keeps only a window of rows for its running totals; what it computes must be what the whole
/// table would give. Checked against every path of a small pair, enumerated one by one.
@Suite struct BandedProgrammeTests {
    /// Every path from (0, 0) to (n, m) by the bead shapes, with its total cost and its beads.
    static func allPaths(
        _ cost: BeadCost, sourceCount: Int, targetCount: Int
    ) -> [(cost: Double, steps: [BandedProgramme.Step])] {
        var paths: [(cost: Double, steps: [BandedProgramme.Step])] = []
        func extend(_ i: Int, _ j: Int, _ total: Double, _ steps: [BandedProgramme.Step]) {
            if i == sourceCount && j == targetCount {
                paths.append((total, steps))
                return
            }
            for (index, shape) in BeadShape.allCases.enumerated() {
                let (nextI, nextJ) = (i + shape.sourceCount, j + shape.targetCount)
                guard nextI <= sourceCount, nextJ <= targetCount else { continue }
                let step = cost.cost(shape, shapeIndex: index, source: i..<nextI, target: j..<nextJ)
                guard step < .infinity else { continue }
                extend(nextI, nextJ, total + step, steps + [BandedProgramme.Step(shape: shape, sourceEnd: nextI, targetEnd: nextJ)])
            }
        }
        extend(0, 0, 0, [])
        return paths
    }

    @Test func pathAndConfidencesEqualThoseOfEveryPathEnumerated() throws {
        // Five sentences against five: the third source sentence has no evidence of its own, the fourth (ODA, yen)
        // reads like the third and fourth target sentences together; the band is wide enough to hold every cell, so
        // the enumeration and the programme weigh the same paths.
        let cost = AlignmentCoreTests.cost(
            source: [60, 80, 50, 120, 40], target: [62, 78, 58, 64, 41],
            sourceItems: [["2024"], ["Tokyo"], [], ["ODA", "yen"], ["May"]],
            targetItems: [["2024"], ["Tokyo"], ["ODA"], ["yen"], ["May"]])
        let programme = BandedProgramme(cost: cost, guide: [0, 1, 2, 3, 4, 5], width: 8, sourceCount: 5, targetCount: 5)
        let paths = Self.allPaths(cost, sourceCount: 5, targetCount: 5)
        #expect(paths.count > 1_000)
        let best = try #require(paths.min { $0.cost < $1.cost })
        let path = programme.bestPath().steps
        #expect(path.map(\.shape) == best.steps.map(\.shape))
        let posteriors = programme.posteriors(of: path, temperature: 1)
        // The programme keeps step costs as `Float`: the sums agree to that precision.
        let lowest = best.cost
        let all = paths.reduce(0.0) { $0 + exp(lowest - $1.cost) }
        for (index, step) in path.enumerated() {
            let through = paths.filter { candidate in
                candidate.steps.contains { $0.shape == step.shape && $0.sourceEnd == step.sourceEnd && $0.targetEnd == step.targetEnd }
            }.reduce(0.0) { $0 + exp(lowest - $1.cost) }
            #expect(abs(posteriors[index] - through / all) < 1e-4, "\(step.shape) at \(step.sourceEnd), \(step.targetEnd): \(posteriors[index]) against \(through / all)")
        }
    }
}
