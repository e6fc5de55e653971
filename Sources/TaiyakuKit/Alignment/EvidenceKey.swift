/// What makes two pieces of evidence the same item: its kind, its detail (for anchors, the anchor kind or `sound`)
/// and its normalised value. Glossary concepts are one kind whatever the concept's own kind.
struct EvidenceKey: Hashable {
    let kind: Evidence.Kind
    let detail: String
    let value: String
    /// The hash of the three, computed once: a key is looked up half a dozen times while the features are built,
    /// and hashing a string that is not ASCII means reading it in normalised form.
    private let hash: Int

    init(_ piece: Evidence) {
        kind = piece.kind
        detail = piece.kind == .term ? "" : piece.detail
        value = piece.value
        var hasher = Hasher()
        hasher.combine(kind)
        hasher.combine(detail)
        hasher.combine(value)
        hash = hasher.finalize()
    }

    static func == (a: EvidenceKey, b: EvidenceKey) -> Bool {
        a.hash == b.hash && a.kind == b.kind && a.detail == b.detail && a.value == b.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}

/// Dense numbers for evidence keys, given in the order keys are first met, and what each number stands for: the
/// aligner compares items by number (sorted runs, no hashing in the programme) and reports a bead's evidence by
/// looking the number up.
struct EvidenceKeyTable {
    private var numbers: [EvidenceKey: Int] = [:]
    /// The first piece met under each number, to report the evidence of a bead.
    private(set) var pieces: [Evidence] = []

    /// The number of `key`, given to it now if it has none; `piece` is what it stands for.
    mutating func number(of key: EvidenceKey, piece: Evidence) -> Int {
        if let number = numbers[key] { return number }
        let number = pieces.count
        numbers[key] = number
        pieces.append(piece)
        return number
    }

    /// What item number `number` stands for.
    func piece(_ number: Int) -> Evidence? {
        pieces.indices.contains(number) ? pieces[number] : nil
    }
}
