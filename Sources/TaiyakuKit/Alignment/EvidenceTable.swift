/// The evidence items of every segment of one side, sorted by key within each segment and stored flat, so that
/// the agreement of two spans is a merge of sorted runs: no allocation, no hashing, linear in the items.
struct EvidenceTable {
    private(set) var keys: [Int] = []
    private(set) var weights: [Double] = []
    private(set) var counts: [Int] = []
    private(set) var strong: [Bool] = []
    /// Whether an item names something particular to its sentence (an anchor, a glossary concept, a cue) rather
    /// than an everyday word that two texts on one subject share anyway.
    private(set) var specific: [Bool] = []
    /// Segment i's items are `starts[i] ..< starts[i + 1]`.
    private(set) var starts: [Int] = [0]
    /// A 256-bit summary of each segment's keys: spans whose summaries share no bit share no item.
    private(set) var signatures: [SIMD4<UInt64>] = []

    init(_ features: [SegmentFeatures]) {
        for segment in features {
            var signature = SIMD4<UInt64>(repeating: 0)
            for item in segment.items.sorted(by: { $0.key < $1.key }) {
                keys.append(item.key)
                weights.append(item.weight)
                counts.append(item.count)
                strong.append(SegmentFeatures.isStrong(item.evidence) && item.weight >= SegmentFeatures.strongThreshold)
                specific.append(item.evidence.kind != .word)
                let bit = UInt(bitPattern: item.key) % 256
                signature[Int(bit / 64)] |= 1 << UInt64(bit % 64)
            }
            signatures.append(signature)
            starts.append(keys.count)
        }
    }

    func signature(of range: Range<Int>) -> SIMD4<UInt64> {
        var result = SIMD4<UInt64>(repeating: 0)
        for index in range { result |= signatures[index] }
        return result
    }
}

/// Walks the items of up to three consecutive segments in key order, summing the counts of equal keys.
struct SpanItems {
    private let table: EvidenceTable
    private var cursor: (Int, Int, Int)
    private let limit: (Int, Int, Int)

    init(_ table: EvidenceTable, _ range: Range<Int>) {
        precondition(range.count <= 3, "beads take at most three segments a side")
        self.table = table
        func bounds(_ offset: Int) -> (Int, Int) {
            let index = range.lowerBound + offset
            return offset < range.count ? (table.starts[index], table.starts[index + 1]) : (0, 0)
        }
        let (a, b, c) = (bounds(0), bounds(1), bounds(2))
        cursor = (a.0, b.0, c.0)
        limit = (a.1, b.1, c.1)
    }

    /// The next distinct key with its total count, greatest weight, and whether it is strong and specific.
    mutating func next() -> (key: Int, count: Int, weight: Double, strong: Bool, specific: Bool)? {
        var smallest = Int.max
        var found = false
        if cursor.0 < limit.0 { smallest = min(smallest, table.keys[cursor.0]); found = true }
        if cursor.1 < limit.1 { smallest = min(smallest, table.keys[cursor.1]); found = true }
        if cursor.2 < limit.2 { smallest = min(smallest, table.keys[cursor.2]); found = true }
        guard found else { return nil }
        var count = 0
        var weight = 0.0
        var strong = false
        var specific = false
        func take(_ position: inout Int, _ end: Int) {
            if position < end, table.keys[position] == smallest {
                count += table.counts[position]
                weight = max(weight, table.weights[position])
                strong = strong || table.strong[position]
                specific = specific || table.specific[position]
                position += 1
            }
        }
        take(&cursor.0, limit.0)
        take(&cursor.1, limit.1)
        take(&cursor.2, limit.2)
        return (smallest, count, weight, strong, specific)
    }
}
