import Foundation

/// What the cost function needs to know of one segment, computed once before the dynamic programme so that a
/// bead's cost can be evaluated without allocating.
struct SegmentFeatures {
    /// One piece of possible evidence: an anchor value, a glossary concept, a word or a cue, with how often it
    /// occurs. What it is (for reports) is kept once per key in an `EvidenceKeyTable`, not in every item.
    struct Item {
        /// The item's number in the pair's `EvidenceKeyTable`.
        let key: Int
        let weight: Double
        let count: Int
        /// A strong anchor: its absence on the other side is suspicious.
        let isStrong: Bool
        /// Not an everyday word (see `EvidenceTable.Entry.specific`).
        let isSpecific: Bool
    }

    /// The length weighted by script (see `ScriptWeights`).
    let length: Double
    let paragraph: Int
    let startsParagraph: Bool
    let isHeading: Bool
    /// Distinct items, each with its count in the segment.
    let items: [Item]
    /// The total weight of the segment's strong items (counted with multiplicity).
    let strongWeight: Double
    /// The total weight of everything found in the segment but cues, whether the other document has it or not: a
    /// sentence whose words occur nowhere in the other document still has evidence of its own.
    let ownWeight: Double

    /// Items at or above this weight count as strong: their absence on the other side is suspicious.
    static let strongThreshold = 0.5
    /// The anchor kinds a translation must carry over as they are; names may be translated (東京 for Tokyo),
    /// so a name without a counterpart is no sign of a wrong pairing.
    static let survivingKinds: Set<String> = ["date", "number", "count", "ordinal", "section", "identifier", "name-number"]

    static func isStrong(_ piece: Evidence) -> Bool {
        piece.kind == .anchor && piece.weight >= strongThreshold && survivingKinds.contains(piece.detail)
    }

    /// The features of every segment of both sides. Evidence found in many segments of a document (the country
    /// named in every sentence) is worth less: each item's weight is scaled by how rare it is on the side where it
    /// is commoner, like inverse document frequency.
    static func of(
        _ source: AnalysedDocument, _ target: AnalysedDocument, parameters: AlignmentParameters
    ) -> (source: [SegmentFeatures], target: [SegmentFeatures], names: EvidenceKeyTable) {
        var names = EvidenceKeyTable()
        // Each side's evidence, keys and frequencies depend on that side alone: both are found at once.
        let sides = ParallelWork.map([source, target]) { side in
            let evidence = evidence(of: side, wordWeight: parameters.wordWeight)
            let keys = evidence.map { $0.map(EvidenceKey.init) }
            return (evidence: evidence, keys: keys, frequency: documentFrequency(keys))
        }
        let (sourceEvidence, sourceKeys, sourceFrequency) = sides[0]
        let (targetEvidence, targetKeys, targetFrequency) = sides[1]
        func rarityOf(_ key: EvidenceKey) -> Double {
            min(
                Self.rarity(segments: sourceFrequency[key] ?? 0, of: sourceEvidence.count),
                Self.rarity(segments: targetFrequency[key] ?? 0, of: targetEvidence.count))
        }
        func features(
            _ side: AnalysedDocument, _ evidence: [[Evidence]], _ keys: [[EvidenceKey]], otherSide: [EvidenceKey: Int]
        ) -> [SegmentFeatures] {
            var result: [SegmentFeatures] = []
            result.reserveCapacity(evidence.count)
            var previousParagraph = -1
            for (index, segment) in side.document.segments.enumerated() {
                var scaled: [(piece: Evidence, key: EvidenceKey)] = []
                for (piece, key) in zip(evidence[index], keys[index]) {
                    let weight = piece.weight * rarityOf(key)
                    guard weight > 0.01 else { continue }
                    scaled.append((Evidence(kind: piece.kind, detail: piece.detail, value: piece.value, weight: weight), key))
                }
                result.append(
                    SegmentFeatures(
                        length: max(1, parameters.scriptWeights.length(of: segment.units)),
                        paragraph: segment.paragraphIndex, startsParagraph: segment.paragraphIndex != previousParagraph,
                        isHeading: segment.kind == .heading, evidence: scaled,
                        isComparable: { otherSide[$0] != nil }, names: &names))
                previousParagraph = segment.paragraphIndex
            }
            return result
        }
        let sourceFeatures = features(source, sourceEvidence, sourceKeys, otherSide: targetFrequency)
        let targetFeatures = features(target, targetEvidence, targetKeys, otherSide: sourceFrequency)
        return (sourceFeatures, targetFeatures, names)
    }

    /// Evidence in at most this share of a document's segments keeps its full weight.
    static let rareFrequency = 0.05
    /// The weight of an ordinary lower-case English word as a candidate for a katakana loanword.
    static let loanwordWeight = 0.3

    /// The detail an anchor's evidence is matched under: its kind, except that the kinds of a plain number are one
    /// (`100 milliseconds` is a count in English, `100ミリ秒` a number in Japanese; `Tab A 10.1` is a number in
    /// English and a number inside a name in Japanese; `Article 12` a number in a name, `第12条` an ordinal): the two
    /// languages' grammars tell those kinds apart by different cues, but the value is what a translation carries.
    static func evidenceDetail(of kind: Anchor.Kind) -> String {
        switch kind {
        case .number, .count, .nameNumber, .ordinal: return Anchor.Kind.number.rawValue
        default: return kind.rawValue
        }
    }

    /// The evidence of each segment: anchors (names by sound key, one item per word), glossary concepts, lexicon
    /// words, cues, and lower-case words that may be katakana loanwords on the other side.
    private static func evidence(of side: AnalysedDocument, wordWeight: Double) -> [[Evidence]] {
        // A document repeats its words: each one's sound key is worked out once.
        var soundKeys: [String: String?] = [:]
        return side.document.segments.enumerated().map { index, segment in
            var pieces: [Evidence] = []
            for anchor in side.anchors[index] {
                if anchor.kind == .name {
                    let keys = SoundKey.keys(ofName: anchor.value)
                    if keys.isEmpty {
                        pieces.append(Evidence(kind: .anchor, detail: "name", value: anchor.value, weight: anchor.weight))
                    }
                    for key in keys {
                        pieces.append(Evidence(kind: .anchor, detail: "sound", value: key, weight: anchor.weight))
                    }
                } else {
                    pieces.append(
                        Evidence(kind: .anchor, detail: evidenceDetail(of: anchor.kind), value: anchor.value, weight: anchor.weight))
                }
            }
            // A concept counts once per segment: `One Village, One Product (OVOP)` names it twice, and counting
            // both would reward merging a neighbouring sentence that mentions it again.
            for term in Set(side.conceptIDs(segment: index)).sorted() {
                pieces.append(Evidence(kind: .term, detail: "term", value: term, weight: 1))
            }
            for word in side.words[index] {
                pieces.append(Evidence(kind: .word, detail: "word", value: word, weight: wordWeight))
            }
            pieces.append(contentsOf: cues(in: segment.units))
            pieces.append(contentsOf: loanwordCandidates(in: segment.units, soundKeys: &soundKeys))
            return pieces
        }
    }

    /// Lower-case Latin words of four letters or more, by sound key (capitalised words are name anchors already).
    private static func loanwordCandidates(in units: [UInt16], soundKeys: inout [String: String?]) -> [Evidence] {
        var pieces: [Evidence] = []
        var start = 0
        while start < units.count {
            guard CharacterClass.isLowercaseLatin(units[start]), start == 0 || !CharacterClass.isLatinLetter(units[start - 1]) else {
                start += 1
                continue
            }
            var end = start
            while end < units.count, CharacterClass.isLatinLetter(units[end]) { end += 1 }
            if end - start >= 4 {
                let word = String(units: units[start..<end])
                let cached = soundKeys[word]
                let key = cached ?? SoundKey.of(word)
                if cached == nil { soundKeys[word] = .some(key) }
                if let key {
                    pieces.append(Evidence(kind: .anchor, detail: "sound", value: key, weight: loanwordWeight))
                }
            }
            start = end
        }
        return pieces
    }

    /// How many segments each item key occurs in.
    private static func documentFrequency(_ keys: [[EvidenceKey]]) -> [EvidenceKey: Int] {
        var counts: [EvidenceKey: Int] = [:]
        for segment in keys {
            for key in Set(segment) { counts[key, default: 0] += 1 }
        }
        return counts
    }

    /// 1 for an item in no more than two segments or `rareFrequency` of them, falling like an inverse document
    /// frequency to 0 for an item in every segment.
    static func rarity(segments: Int, of total: Int) -> Double {
        guard segments > max(2, Int(rareFrequency * Double(total))) else { return 1 }
        let frequency = Double(segments) / Double(total)
        return max(0, min(1, log(1 / frequency) / log(1 / rareFrequency)))
    }

    /// - Parameters:
    ///   - evidence: everything found in the segment, each piece with its item key; its strong pieces all count
    ///     toward `strongWeight`.
    ///   - isComparable: whether a key can meet its like on the other side at all (it occurs there); only those
    ///     become items, which keeps the items the programme merges few (most English words are no loanword).
    init(
        length: Double, paragraph: Int, startsParagraph: Bool, isHeading: Bool,
        evidence: [(piece: Evidence, key: EvidenceKey)], isComparable: (EvidenceKey) -> Bool, names: inout EvidenceKeyTable
    ) {
        self.length = length
        self.paragraph = paragraph
        self.startsParagraph = startsParagraph
        self.isHeading = isHeading
        var items: [Item] = []
        var strongWeight = 0.0
        var ownWeight = 0.0
        for (piece, itemKey) in evidence {
            if Self.isStrong(piece) { strongWeight += piece.weight }
            if piece.kind != .cue { ownWeight += piece.weight }
            guard isComparable(itemKey) else { continue }
            let key = names.number(of: itemKey, piece: piece)
            let isStrong = Self.isStrong(piece) && piece.weight >= Self.strongThreshold
            if let existing = items.firstIndex(where: { $0.key == key }) {
                let item = items[existing]
                items[existing] = Item(
                    key: key, weight: max(item.weight, piece.weight), count: item.count + 1,
                    isStrong: item.isStrong || isStrong, isSpecific: item.isSpecific)
            } else {
                items.append(
                    Item(key: key, weight: piece.weight, count: 1, isStrong: isStrong, isSpecific: piece.kind != .word))
            }
        }
        self.items = items
        self.strongWeight = strongWeight
        self.ownWeight = ownWeight
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
