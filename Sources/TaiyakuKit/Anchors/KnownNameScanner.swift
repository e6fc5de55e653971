/// Finds the spellings of known names in a text of one language. Case and width of Latin letters are ignored;
/// a spelling that starts or ends with a Latin letter must not continue a longer word.
package struct KnownNameScanner: Sendable {
    private struct Entry: Sendable {
        let spelling: [UInt16]
        let value: String
    }

    /// Entries by their first folded code unit, longest spelling first.
    private let entries: [UInt16: [Entry]]

    package init(names: [KnownName], language: Language) {
        var entries: [UInt16: [Entry]] = [:]
        for name in names {
            for spelling in name.spellings[language] ?? [] {
                let folded = spelling.utf16.map(CharacterClass.foldedLatin)
                guard let first = folded.first else { continue }
                entries[first, default: []].append(Entry(spelling: folded, value: name.value))
            }
        }
        self.entries = entries.mapValues { $0.sorted { $0.spelling.count > $1.spelling.count } }
    }

    package var isEmpty: Bool { entries.isEmpty }

    /// The known names in `units`, longest first where two start together, never overlapping.
    /// - Complexity: O(n · k · m): n code units, k spellings sharing a first character, m their length.
    package func mentions(in units: [UInt16]) -> [NameMention] {
        guard !entries.isEmpty else { return [] }
        var found: [NameMention] = []
        var index = 0
        while index < units.count {
            guard let candidates = entries[CharacterClass.foldedLatin(units[index])],
                index == 0 || !CharacterClass.isLatinLetter(units[index - 1])
                    || !CharacterClass.isLatinLetter(units[index])
            else {
                index += 1
                continue
            }
            var matched: Entry?
            for entry in candidates where matches(entry.spelling, in: units, at: index) {
                matched = entry
                break
            }
            if let matched {
                let range = index..<(index + matched.spelling.count)
                found.append(NameMention(range: range, value: matched.value, weight: 0.9))
                index = range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private func matches(_ spelling: [UInt16], in units: [UInt16], at start: Int) -> Bool {
        let end = start + spelling.count
        guard end <= units.count else { return false }
        for offset in 0..<spelling.count where CharacterClass.foldedLatin(units[start + offset]) != spelling[offset] {
            return false
        }
        if end < units.count, let last = spelling.last, CharacterClass.isLatinLetter(last),
            CharacterClass.isLatinLetter(units[end])
        {
            return false
        }
        return true
    }
}
