/// Finds long glossary forms written with one character wrong (a substitution, or two neighbours swapped).
///
/// Each long form is cut into three pieces; one wrong character spoils at most two of them, so one piece
/// occurs exactly. The pieces sit in a trie; a piece found in the text proposes where the whole form would lie,
/// and the proposal is compared with the form unit by unit.
package struct LongTermIndex: Sendable {
    package struct Miss: Sendable, Hashable {
        /// The folded range in the text.
        package let range: Range<Int>
        package let patternIndex: Int
    }

    private let trie: PatternTrie
    /// For each piece: its pattern and where the piece starts in the pattern's key.
    private let pieces: [(pattern: Int, offset: Int)]
    private let matcher: TermMatcher

    package init(matcher: TermMatcher, minimumLength: Int) {
        var keys = FlatKeys()
        var pieces: [(pattern: Int, offset: Int)] = []
        for (index, pattern) in matcher.patterns.enumerated() where pattern.status != .deprecated {
            let key = matcher.keys.key(index)
            guard key.count >= minimumLength else { continue }
            let third = key.count / 3
            for offset in [0, third, 2 * third] {
                let end = offset == 2 * third ? key.count : offset + third
                keys.append(key[(key.startIndex + offset)..<(key.startIndex + end)])
                pieces.append((index, offset))
            }
        }
        self.trie = PatternTrie(keys: keys)
        self.pieces = pieces
        self.matcher = matcher
    }

    /// The places in `folded` where a long form occurs with exactly one character wrong.
    /// - Complexity: O(n · p) for n folded units and the longest piece p, plus a comparison per proposal.
    package func misses(in folded: FoldedText) -> [Miss] {
        let units = folded.units
        var found: [Miss] = []
        var proposed: Set<[Int]> = []
        for start in units.indices {
            trie.forEachKey(in: units, startingAt: start) { _, pieceIndices in
                for piece in pieceIndices {
                    let (pattern, offset) = pieces[Int(piece)]
                    let key = matcher.keys.key(pattern)
                    let lower = start - offset
                    let upper = lower + key.count
                    guard lower >= 0, upper <= units.count, proposed.insert([pattern, lower]).inserted else { continue }
                    if Self.isOneCharacterOff(units[lower..<upper], key), isWordBounded(lower..<upper, in: units) {
                        found.append(Miss(range: lower..<upper, patternIndex: pattern))
                    }
                }
            }
        }
        return found
    }

    /// One substitution, or one swap of neighbours, of letters (not spaces or punctuation) inside the form (not
    /// its first or last character), and nothing else.
    static func isOneCharacterOff(_ text: ArraySlice<UInt16>, _ key: ArraySlice<UInt16>) -> Bool {
        var differences: [Int] = []
        for (offset, (a, b)) in zip(text, key).enumerated() where a != b {
            // Not the first or last character: there the text more likely goes on with other words.
            guard offset > 0, offset < key.count - 1, isLetter(a), isLetter(b) else { return false }
            differences.append(offset)
            if differences.count > 2 { return false }
        }
        switch differences.count {
        case 1:
            return true
        case 2:
            let (first, second) = (differences[0], differences[1])
            let t = Array(text)
            let k = Array(key)
            return second == first + 1 && t[first] == k[second] && t[second] == k[first]
        default:
            return false
        }
    }

    /// Letters and digits of any script: what a misspelling changes (a space or a hyphen for another is a
    /// variant, not a misspelling).
    static func isLetter(_ unit: UInt16) -> Bool {
        TermMatcher.isWordUnit(unit) || CharacterClass.isKanaOrKanji(unit) || unit >= 0x100 && !CharacterClass.isSpace(unit)
            && !CharacterClass.isOpener(unit) && !CharacterClass.isCloser(unit) && !(0x2010...0x2015).contains(unit)
            && !(0x3000...0x3003).contains(unit) && unit != 0x30FB && !(0xFF01...0xFF0F).contains(unit)
    }

    private func isWordBounded(_ range: Range<Int>, in units: [UInt16]) -> Bool {
        let startsInside = range.lowerBound > 0 && TermMatcher.isWordUnit(units[range.lowerBound])
            && TermMatcher.isWordUnit(units[range.lowerBound - 1])
        let endsInside = range.upperBound < units.count && TermMatcher.isWordUnit(units[range.upperBound - 1])
            && TermMatcher.isWordUnit(units[range.upperBound])
        return !startsInside && !endsInside
    }
}
