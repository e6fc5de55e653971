import Foundation

/// The weights of the aligner's cost function, in units of negative log-probability. Tuned on the English–Japanese
/// development set (see README); every field is named so that no magic number hides in the dynamic programme.
public struct AlignmentParameters: Sendable, Hashable, Codable {
    /// The prior cost of each bead shape, beyond the evidence and length terms.
    public var shapeCost: [BeadShape: Double]
    /// How much a character of each script weighs in a segment's length.
    public var scriptWeights: ScriptWeights
    /// Weighted length a language spends on what English says in one: the prior of the length ratio, before the
    /// document pair's own lengths are counted.
    public var relativeLength: [Language: Double]
    /// How many source characters the prior counts as: a short pair leans on the prior, a long one on itself.
    public var lengthRatioPriorWeight: Double
    /// The variance per character of the target length around `ratio × source length` (Gale–Church's s²).
    public var lengthVariance: Double
    /// The most a poor length fit can cost one bead (keeps one odd pair from dominating the path).
    public var maximumLengthCost: Double
    /// Cost per unit of matched evidence weight (negative: evidence makes a bead cheaper).
    public var evidenceReward: Double
    /// The weight of a lexicon word found on both sides, before rarity scaling (an anchor or glossary term
    /// weighs up to 1).
    public var wordWeight: Double
    /// Cost per unit of strong evidence weight found on one side of an aligned bead only.
    public var unmatchedEvidenceCost: Double
    /// Extra cost of a skipped segment per unit of its own strong evidence (an anchored sentence is rarely dropped).
    public var skippedEvidenceCost: Double
    /// Cost of each translated segment of a bead with two or more of them (a 1:2 bead's two) that has evidence of
    /// its own of which the original document has nothing anywhere: an inserted sentence absorbed beside a
    /// translated one.
    public var unsupportedMemberCost: Double
    /// Cost of a bead whose segments on one side come from two paragraphs.
    public var paragraphCrossingCost: Double
    /// Cost of a bead that starts a paragraph on one side only.
    public var paragraphMisalignmentCost: Double
    /// Cost of pairing a heading with a sentence.
    public var headingMismatchCost: Double
    /// The temperature of the distribution over paths that bead confidences are read from: a path is taken as
    /// likely as e^(−cost / temperature).
    public var posteriorTemperature: Double
    /// Half-width of the band around the guide path, in segments, at the first attempt (raised to |n − m| / 8 for
    /// documents of n and m segments, but never above `maximumBandWidth`).
    public var initialBandWidth: Int
    /// The widest band tried when the best path keeps touching the band's edge.
    public var maximumBandWidth: Int
    /// An aligned bead without evidence of its own and without evidence-bearing beads within this many beads on
    /// either side is not trusted: its segments come out unaligned.
    public var evidenceNeighbourhood: Int
    /// The shared evidence weight a bead needs to count as supported (faint, common evidence does not).
    public var minimumEvidence: Double
    /// An unsupported bead is taken apart only when the length fit around it is worse than this (a length cost):
    /// translations without anchors still fit in length, unrelated documents do not.
    public var unrelatedLengthFit: Double
    /// Below this share of segments aligned with a confidence of at least one half (less a margin for short
    /// documents), the documents are taken not to translate each other: only beads with specific evidence of their
    /// own stay aligned. Real pairs reach 0.87 or more (with 8% of lines omitted); unrelated releases on the same
    /// subject about 0.4.
    public var relatedShare: Double

    public init(
        shapeCost: [BeadShape: Double], scriptWeights: ScriptWeights, relativeLength: [Language: Double],
        lengthRatioPriorWeight: Double,
        lengthVariance: Double, maximumLengthCost: Double, evidenceReward: Double, wordWeight: Double,
        unmatchedEvidenceCost: Double, skippedEvidenceCost: Double, unsupportedMemberCost: Double,
        paragraphCrossingCost: Double,
        paragraphMisalignmentCost: Double, headingMismatchCost: Double, posteriorTemperature: Double, initialBandWidth: Int,
        maximumBandWidth: Int, evidenceNeighbourhood: Int, minimumEvidence: Double, unrelatedLengthFit: Double,
        relatedShare: Double
    ) {
        self.shapeCost = shapeCost
        self.scriptWeights = scriptWeights
        self.relativeLength = relativeLength
        self.lengthRatioPriorWeight = lengthRatioPriorWeight
        self.lengthVariance = lengthVariance
        self.maximumLengthCost = maximumLengthCost
        self.evidenceReward = evidenceReward
        self.wordWeight = wordWeight
        self.unmatchedEvidenceCost = unmatchedEvidenceCost
        self.skippedEvidenceCost = skippedEvidenceCost
        self.unsupportedMemberCost = unsupportedMemberCost
        self.paragraphCrossingCost = paragraphCrossingCost
        self.paragraphMisalignmentCost = paragraphMisalignmentCost
        self.headingMismatchCost = headingMismatchCost
        self.posteriorTemperature = posteriorTemperature
        self.initialBandWidth = initialBandWidth
        self.maximumBandWidth = maximumBandWidth
        self.evidenceNeighbourhood = evidenceNeighbourhood
        self.minimumEvidence = minimumEvidence
        self.unrelatedLengthFit = unrelatedLengthFit
        self.relatedShare = relatedShare
    }

    public static let standard = AlignmentParameters(
        shapeCost: [
            .oneToOne: 0, .oneToTwo: 3, .twoToOne: 3, .twoToTwo: 5, .oneToThree: 6, .threeToOne: 6,
            .oneToFour: 9, .fourToOne: 9, .oneToZero: 2.5, .zeroToOne: 2.5,
        ],
        scriptWeights: ScriptWeights(kanji: 3, hiragana: 1.5, katakana: 1.3, other: 1),
        // Weighted by script, Japanese runs to 0.83 of the English length in diplomatic releases (kanji compounds
        // say more than three letters each), 1.00 in general text.
        relativeLength: [.english: 1, .japanese: 0.9], lengthRatioPriorWeight: 400,
        lengthVariance: 6.8, maximumLengthCost: 12, evidenceReward: 6, wordWeight: 0.25, unmatchedEvidenceCost: 3,
        skippedEvidenceCost: 0.5, unsupportedMemberCost: 3, paragraphCrossingCost: 3, paragraphMisalignmentCost: 1.5, headingMismatchCost: 3,
        posteriorTemperature: 1, initialBandWidth: 24, maximumBandWidth: 400, evidenceNeighbourhood: 3, minimumEvidence: 0.5,
        unrelatedLengthFit: 3, relatedShare: 0.85)
}
