/// What the cost function needs to know of one segment, computed once before the dynamic programme so that a
/// bead's cost can be evaluated without allocating.
struct SegmentFeatures {
    /// One piece of possible evidence: an anchor value, a glossary concept or a cue, with how often it occurs.
    struct Item {
        let key: Int
        let weight: Double
        let count: Int
        let evidence: Evidence
    }

    /// Non-space UTF-16 code units.
    let length: Double
    let paragraph: Int
    let startsParagraph: Bool
    let isHeading: Bool
    /// Distinct items, each with its count in the segment.
    let items: [Item]
    /// A 64-bit summary of the item keys: two segments whose signatures share no bit share no item.
    let signature: UInt64
    /// The total weight of the segment's strong items (counted with multiplicity).
    let strongWeight: Double

    /// Items at or above this weight count as strong: their absence on the other side is suspicious.
    static let strongThreshold = 0.5

    /// The features of every segment of `side`.
    static func of(_ side: AlignmentSide) -> [SegmentFeatures] {
        let segments = side.document.segments
        var features: [SegmentFeatures] = []
        features.reserveCapacity(segments.count)
        var previousParagraph = -1
        for (index, segment) in segments.enumerated() {
            var evidence: [Evidence] = []
            for anchor in side.anchors[index] {
                evidence.append(Evidence(kind: .anchor, detail: anchor.kind.rawValue, value: anchor.value, weight: anchor.weight))
            }
            for term in side.terms[index] {
                evidence.append(Evidence(kind: .term, detail: "term", value: term, weight: 1))
            }
            evidence.append(contentsOf: cues(in: segment.units))
            features.append(
                SegmentFeatures(
                    length: Double(max(1, segment.units.reduce(0) { $0 + (CharacterClass.isSpace($1) ? 0 : 1) })),
                    paragraph: segment.paragraphIndex, startsParagraph: segment.paragraphIndex != previousParagraph,
                    isHeading: segment.kind == .heading, evidence: evidence))
            previousParagraph = segment.paragraphIndex
        }
        return features
    }

    init(length: Double, paragraph: Int, startsParagraph: Bool, isHeading: Bool, evidence: [Evidence]) {
        self.length = length
        self.paragraph = paragraph
        self.startsParagraph = startsParagraph
        self.isHeading = isHeading
        var items: [Item] = []
        var signature: UInt64 = 0
        var strongWeight = 0.0
        for piece in evidence {
            var hasher = Hasher()
            hasher.combine(piece.kind == .term ? "term" : piece.detail)
            hasher.combine(piece.value)
            let key = hasher.finalize()
            signature |= 1 << UInt64(UInt(bitPattern: key) % 64)
            if piece.weight >= Self.strongThreshold { strongWeight += piece.weight }
            if let existing = items.firstIndex(where: { $0.key == key }) {
                let item = items[existing]
                items[existing] = Item(
                    key: key, weight: max(item.weight, piece.weight), count: item.count + 1, evidence: item.evidence)
            } else {
                items.append(Item(key: key, weight: piece.weight, count: 1, evidence: piece))
            }
        }
        self.items = items
        self.signature = signature
        self.strongWeight = strongWeight
    }

    /// Sentence-level cues: a question or exclamation mark of either width.
    private static func cues(in units: [UInt16]) -> [Evidence] {
        var cues: [Evidence] = []
        if units.contains(where: { $0 == 0x3F || $0 == 0xFF1F }) {
            cues.append(Evidence(kind: .cue, detail: "question", value: "?", weight: 0.3))
        }
        if units.contains(where: { $0 == 0x21 || $0 == 0xFF01 }) {
            cues.append(Evidence(kind: .cue, detail: "exclamation", value: "!", weight: 0.2))
        }
        return cues
    }
}
