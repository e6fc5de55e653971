/// The result of aligning two documents: beads in document order, covering every segment of both sides once.
public struct Alignment: Sendable {
    public let source: SegmentedDocument
    public let target: SegmentedDocument
    public let beads: [Bead]
    /// Target length per source length (non-space UTF-16 code units), estimated from the pair.
    public let lengthRatio: Double
    /// The half-width of the band the final dynamic programme ran in, in segments.
    public let bandWidth: Int
    /// The cells the dynamic programme filled, over every band it tried: the aligner's work, linear in the
    /// documents' length for a band of bounded width.
    public let cellCount: Int
    /// Whether `Limits.maximumAlignmentCells` kept the band narrower than `AlignmentParameters.maximumBandWidth`
    /// while the best path still touched its edge: on documents this long a wider band might have aligned
    /// differently, and a review says so in an `alignment-narrowed` note.
    public let narrowedByCellBudget: Bool
    /// The cells of the largest band the programme held (one band is held at a time): its memory is this times
    /// `Aligner.bytesPerCell`.
    public let largestBandCellCount: Int
    /// The share of all segments that the dynamic programme aligned with a confidence of at least one half, before
    /// unrelated documents are taken apart.
    public let alignedShare: Double
    /// Whether the documents look like translations of each other (`alignedShare` reached
    /// `AlignmentParameters.relatedShare`, less a margin for short documents); when not, only beads with evidence
    /// of their own are aligned.
    public let isTranslation: Bool
}
