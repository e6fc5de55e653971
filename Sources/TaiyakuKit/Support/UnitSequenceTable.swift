/// A fixed table of short UTF-16 sequences (words, abbreviations), each with a value, looked up by a range of a
/// text's code units without building a `String` for the key.
///
/// Lookups happen at every candidate sentence break, so they must not allocate: the keys are stored end to end in
/// one array and found through an open-addressing index of their hashes.
package struct UnitSequenceTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let start: Int
        let length: Int
        let hash: UInt64
        let value: Value
    }

    /// The keys, end to end.
    private let storage: [UInt16]
    private let entries: [Entry]
    /// Indices into `entries`, or −1 for an empty slot; the count is a power of two at least twice the entries.
    private let slots: [Int32]
    /// The length of the longest key: a longer range is not looked up.
    package let longestKey: Int

    package var isEmpty: Bool { entries.isEmpty }

    /// A table of `pairs`; a key given twice keeps its last value.
    package init(_ pairs: some Sequence<(key: String, value: Value)>) {
        var storage: [UInt16] = []
        var entries: [Entry] = []
        var positions: [String: Int] = [:]
        for (key, value) in pairs {
            let units = Array(key.utf16)
            let entry = Entry(start: storage.count, length: units.count, hash: Self.hash(units[...]), value: value)
            if let position = positions[key] {
                entries[position] = entry
            } else {
                positions[key] = entries.count
                entries.append(entry)
            }
            storage.append(contentsOf: units)
        }
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
        self.storage = storage
        self.entries = entries
        self.slots = slots
        self.longestKey = entries.map(\.length).max() ?? 0
    }

    /// The value of the key spelled by `units[range]`, or `nil` when it is not in the table.
    /// - Parameter foldingCase: whether `A`…`Z` in the text match `a`…`z` in a key (for a table of lower-case words).
    /// - Complexity: O(range.count) expected; no allocation.
    package func value(in units: [UInt16], _ range: Range<Int>, foldingCase: Bool = false) -> Value? {
        guard !entries.isEmpty, range.count <= longestKey else { return nil }
        let key = units[range]
        let hash = Self.hash(key, foldingCase: foldingCase)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash, entry.length == key.count,
                storage[entry.start..<entry.start + entry.length].elementsEqual(
                    key, by: { $0 == (foldingCase ? Self.folded($1) : $1) })
            {
                return entry.value
            }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `units[range]` spells a key of the table.
    package func contains(_ units: [UInt16], _ range: Range<Int>, foldingCase: Bool = false) -> Bool {
        value(in: units, range, foldingCase: foldingCase) != nil
    }

    /// `A`…`Z` as `a`…`z`; any other code unit as it is.
    private static func folded(_ unit: UInt16) -> UInt16 {
        unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit
    }

    /// FNV-1a over the code units.
    private static func hash(_ units: ArraySlice<UInt16>, foldingCase: Bool = false) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in units {
            hash = (hash ^ UInt64(foldingCase ? folded(unit) : unit)) &* 0x0000_0100_0000_01b3
        }
        // Mix the high bits down: the slot index takes the low ones.
        return hash ^ (hash >> 29)
    }
}
