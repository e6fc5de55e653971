/// A list of words (as UTF-16 code units) indexed by their first unit, for finding which of them is written at
/// a position without trying them all.
package struct WordTable: Sendable {
    /// Words by first code unit, longest first.
    private let byFirstUnit: [UInt16: [[UInt16]]]

    package init(_ words: [[UInt16]]) {
        var table: [UInt16: [[UInt16]]] = [:]
        for word in words {
            guard let first = word.first else { continue }
            table[first, default: []].append(word)
        }
        byFirstUnit = table.mapValues { $0.sorted { $0.count > $1.count } }
    }

    package init(_ words: [String]) {
        self.init(words.map { Array($0.utf16) })
    }

    /// The longest word written at `offset` in `units`.
    /// - Complexity: O(k · m) for the k words sharing the first unit, of length at most m.
    package func longestWord(in units: [UInt16], at offset: Int) -> [UInt16]? {
        guard offset >= 0, offset < units.count, let candidates = byFirstUnit[units[offset]] else { return nil }
        for word in candidates where offset + word.count <= units.count {
            var matches = true
            for (position, unit) in word.enumerated() where units[offset + position] != unit {
                matches = false
                break
            }
            if matches { return word }
        }
        return nil
    }
}
