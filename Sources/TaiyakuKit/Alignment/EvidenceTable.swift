/// The evidence items of every span of one to four consecutive segments of one side, each span's items
/// merged (equal keys summed) and sorted by key, stored flat, so that the agreement of a source span and a target
/// span is one merge of two sorted runs: no allocation, no hashing, linear in the items.
struct EvidenceTable {
    /// One distinct item of a span, in 16 bytes (the tables hold every item up to ten times).
    struct Entry {
        let key: Int
        /// The greatest weight the item has in the span.
        let weight: Float
        /// How often it occurs in the span.
        let count: UInt16
        let strong: Bool
        /// Whether it names something particular to its sentence (an anchor, a glossary concept, a cue) rather
        /// than an everyday word that two texts on one subject share anyway.
        let specific: Bool
    }

    /// `spans[k - 1]`: the entries of every span of k segments, back to back; span i (segments i ..< i + k) is
    /// `spans[k - 1][starts[k - 1][i] ..< starts[k - 1][i + 1]]`.
    private(set) var spans: [[Entry]] = Array(repeating: [], count: longestSpan)
    private(set) var starts: [[Int]] = Array(repeating: [0], count: longestSpan)
    /// The longest span the table holds: the most segments one side of a bead takes (`BeadShape`).
    static let longestSpan = 4

    /// - Complexity: O(n · k log k) for n segments of at most k items.
    init(_ features: [SegmentFeatures]) {
        let single: [[Entry]] = features.map { segment in
            segment.items.sorted { $0.key < $1.key }.map { item in
                Entry(
                    key: item.key, weight: Float(item.weight), count: UInt16(clamping: item.count),
                    strong: item.isStrong, specific: item.isSpecific)
            }
        }
        for length in 1...Self.longestSpan {
            var entries: [Entry] = []
            var bounds = [0]
            if features.count >= length {
                for start in 0...(features.count - length) {
                    var merged = single[start]
                    for next in (start + 1)..<(start + length) {
                        merged = Self.merge(merged, single[next])
                    }
                    entries.append(contentsOf: merged)
                    bounds.append(entries.count)
                }
            }
            spans[length - 1] = entries
            starts[length - 1] = bounds
        }
    }

    /// The position of the entries of the segments `range` (one to four of them) in `spans[range.count - 1]`.
    func run(of range: Range<Int>) -> Range<Int> {
        let bounds = starts[range.count - 1]
        return bounds[range.lowerBound]..<bounds[range.lowerBound + 1]
    }

    /// Two sorted runs as one, equal keys summed.
    private static func merge(_ a: [Entry], _ b: [Entry]) -> [Entry] {
        var result: [Entry] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].key < b[j].key) {
                result.append(a[i])
                i += 1
            } else if i == a.count || b[j].key < a[i].key {
                result.append(b[j])
                j += 1
            } else {
                result.append(
                    Entry(
                        key: a[i].key, weight: max(a[i].weight, b[j].weight),
                        count: UInt16(clamping: Int(a[i].count) + Int(b[j].count)),
                        strong: a[i].strong || b[j].strong, specific: a[i].specific || b[j].specific))
                i += 1
                j += 1
            }
        }
        return result
    }
}
