import Foundation

/// The weights of the aligner's cost function, in units of negative log-probability. Tuned on the English–Japanese
/// development set (see README); every field is named so that no magic number hides in the dynamic programme.
public struct AlignmentParameters: Sendable, Hashable, Codable {
    /// The prior cost of each bead shape, beyond the evidence and length terms.
    public var shapeCost: [BeadShape: Double]
    /// The variance per character of the target length around `ratio × source length` (Gale–Church's s²).
    public var lengthVariance: Double
    /// The most a poor length fit can cost one bead (keeps one odd pair from dominating the path).
    public var maximumLengthCost: Double
    /// Cost per unit of matched evidence weight (negative: evidence makes a bead cheaper).
    public var evidenceReward: Double
    /// Cost per unit of strong evidence weight found on one side of an aligned bead only.
    public var unmatchedEvidenceCost: Double
    /// Extra cost of a skipped segment per unit of its own strong evidence (an anchored sentence is rarely dropped).
    public var skippedEvidenceCost: Double
    /// Cost of a bead whose segments on one side come from two paragraphs.
    public var paragraphCrossingCost: Double
    /// Cost of a bead that starts a paragraph on one side only.
    public var paragraphMisalignmentCost: Double
    /// Cost of pairing a heading with a sentence.
    public var headingMismatchCost: Double
    /// Half-width of the band around the guide path, in segments, at the first attempt.
    public var initialBandWidth: Int
    /// The widest band tried when the best path keeps touching the band's edge.
    public var maximumBandWidth: Int
    /// An aligned bead without evidence of its own and without evidence-bearing beads within this many beads on
    /// either side is not trusted: its segments come out unaligned.
    public var evidenceNeighbourhood: Int

    public init(
        shapeCost: [BeadShape: Double], lengthVariance: Double, maximumLengthCost: Double, evidenceReward: Double,
        unmatchedEvidenceCost: Double, skippedEvidenceCost: Double, paragraphCrossingCost: Double,
        paragraphMisalignmentCost: Double, headingMismatchCost: Double, initialBandWidth: Int,
        maximumBandWidth: Int, evidenceNeighbourhood: Int
    ) {
        self.shapeCost = shapeCost
        self.lengthVariance = lengthVariance
        self.maximumLengthCost = maximumLengthCost
        self.evidenceReward = evidenceReward
        self.unmatchedEvidenceCost = unmatchedEvidenceCost
        self.skippedEvidenceCost = skippedEvidenceCost
        self.paragraphCrossingCost = paragraphCrossingCost
        self.paragraphMisalignmentCost = paragraphMisalignmentCost
        self.headingMismatchCost = headingMismatchCost
        self.initialBandWidth = initialBandWidth
        self.maximumBandWidth = maximumBandWidth
        self.evidenceNeighbourhood = evidenceNeighbourhood
    }

    /// Parameters read from JSON (the form `taiyaku align --parameters` takes); missing fields keep their
    /// standard values.
    public static func decode(_ data: Data, file: String) throws -> AlignmentParameters {
        do {
            let overrides = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            var merged = try JSONSerialization.jsonObject(with: JSONEncoder().encode(standard)) as? [String: Any] ?? [:]
            merged.merge(overrides) { $1 }
            return try JSONDecoder().decode(AlignmentParameters.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch {
            throw ParameterError.malformed(file: file, reason: String(describing: error))
        }
    }

    public static let standard = AlignmentParameters(
        shapeCost: [
            .oneToOne: 0, .oneToTwo: 2.5, .twoToOne: 2.5, .twoToTwo: 4.5, .oneToThree: 5.5, .threeToOne: 5.5,
            .oneToZero: 4.0, .zeroToOne: 4.0,
        ],
        lengthVariance: 6.8, maximumLengthCost: 12, evidenceReward: 4, unmatchedEvidenceCost: 1.0,
        skippedEvidenceCost: 2.0, paragraphCrossingCost: 3, paragraphMisalignmentCost: 1.5, headingMismatchCost: 3,
        initialBandWidth: 24, maximumBandWidth: 400, evidenceNeighbourhood: 3)
}

/// Why alignment parameters could not be read.
public enum ParameterError: Error, CustomStringConvertible {
    case malformed(file: String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let file, let reason): return "\(file): not valid alignment parameters: \(reason)"
        }
    }
}
