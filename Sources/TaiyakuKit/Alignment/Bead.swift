/// A group of source and target segments that translate each other: 1:1, 1:2, 2:1, 2:2, or an unaligned
/// segment (1:0, 0:1).
public struct Bead: Sendable, Hashable, Codable {
    /// Indices of the source segments, in order (empty for 0:1).
    public let source: Range<Int>
    /// Indices of the target segments, in order (empty for 1:0).
    public let target: Range<Int>
    /// How sure the aligner is, in 0...1: the probability that the documents' alignment holds exactly this bead.
    public let confidence: Double
    /// What supported the bead: matched anchors and glossary terms.
    public let evidence: [Evidence]

    public init(source: Range<Int>, target: Range<Int>, confidence: Double, evidence: [Evidence] = []) {
        self.source = source
        self.target = target
        self.confidence = confidence
        self.evidence = evidence
    }

    /// A bead with segments on both sides.
    public var isAligned: Bool { !source.isEmpty && !target.isEmpty }
}

/// One piece of evidence for a bead: an anchor value or glossary concept found on both sides.
public struct Evidence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        case anchor
        case term
        /// A sentence-level cue such as a question mark on both sides.
        case cue
        /// A lexicon word on both sides (`commute` and `通勤`).
        case word
    }

    public let kind: Kind
    /// The anchor's kind (`date`, `number`, `name`, …), the glossary concept's kind, the cue, or `word`.
    public let detail: String
    /// The normalised anchor value, the glossary concept id, or the lexicon word.
    public let value: String
    public let weight: Double

    public init(kind: Kind, detail: String, value: String, weight: Double) {
        self.kind = kind
        self.detail = detail
        self.value = value
        self.weight = weight
    }
}

extension Bead {
    /// Below this confidence the aligner is more likely wrong than right about a bead: checks and reports call
    /// such a bead unsure (the one threshold for `low-confidence`, the omission and addition messages, the HTML
    /// report and whether a pair is a translation).
    public static let unsureBelow = 0.5

    /// Whether the aligner is more likely wrong than right about this bead.
    public var isUnsure: Bool { confidence < Bead.unsureBelow }
}
