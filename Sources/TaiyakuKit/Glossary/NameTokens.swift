/// Cuts text into the name-like tokens the near-miss check compares: capitalised Latin words, or katakana runs.
package enum NameTokenizer {
    package struct Token: Sendable, Hashable {
        /// UTF-16 range in the text.
        package let range: Range<Int>
        /// The token folded for comparison (lower case for Latin letters).
        package let key: [UInt16]
        /// Whether it starts with a capital letter (always true for katakana).
        package let isCapitalized: Bool
    }

    /// The tokens of `units` in `style`.
    /// - Complexity: O(n).
    package static func tokens(in units: [UInt16], style: TerminologyRules.NameTokens) -> [Token] {
        var tokens: [Token] = []
        forEachToken(in: units, style: style) { range, isCapitalized in
            tokens.append(Token(range: range, key: units[range].map(lowercase), isCapitalized: isCapitalized))
        }
        return tokens
    }

    /// Calls `body` with the range of each token of `units` and whether it is capitalised (katakana always is).
    package static func forEachToken(
        in units: [UInt16], style: TerminologyRules.NameTokens, _ body: (Range<Int>, Bool) -> Void
    ) {
        var index = 0
        let count = units.count
        func isTokenUnit(_ unit: UInt16) -> Bool {
            switch style {
            case .capitalizedWords: return CharacterClass.isLatinLetter(unit)
            case .katakanaRuns: return isKatakana(unit)
            }
        }
        while index < count {
            guard isTokenUnit(units[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < count, isTokenUnit(units[index]) { index += 1 }
            switch style {
            case .capitalizedWords: body(start..<index, CharacterClass.isUppercaseLatin(units[start]))
            case .katakanaRuns: body(start..<index, true)
            }
        }
    }

    /// Katakana letters and the long-vowel mark (not the middle dot, which separates name parts).
    static func isKatakana(_ unit: UInt16) -> Bool {
        (0x30A1...0x30FA).contains(unit) || unit == 0x30FC
    }

    static func lowercase(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x41...0x5A: return unit + 0x20
        case 0xC0...0xDE where unit != 0xD7: return unit + 0x20
        case 0xFF21...0xFF3A: return unit - 0xFF21 + 0x61
        case 0xFF41...0xFF5A: return unit - 0xFF41 + 0x61
        case 0x100...0x17F where unit % 2 == 0: return unit + 1
        default: return unit
        }
    }
}

/// The glossary's words in one language, for the near-miss check: every known token, and the name tokens of
/// proper nouns (persons, places, countries, organizations) that a misspelling would be close to.
package struct NameVocabulary: Sendable {
    package struct Name: Sendable, Hashable {
        package let key: [UInt16]
        /// The token as the glossary writes it.
        package let display: String
        package let entryIndex: Int
        /// Which characters the token holds (one bit per character, by its value modulo 64): an edit changes at
        /// most two bits, so names whose signatures differ in more bits than twice the distance are skipped.
        package let signature: UInt64
    }

    /// Hashes of every token of every form (any status) of every entry, folded. A 64-bit FNV-1a hash: for a
    /// million tokens a collision is about one chance in ten million, and would only hide a near miss.
    private let known: Set<UInt64>
    /// Name tokens by length.
    private let namesByLength: [Int: [Name]]
    private let rules: TerminologyRules

    package init(glossary: Glossary, rules: TerminologyRules) {
        self.rules = rules
        var known: Set<UInt64> = []
        // Words that are not names even inside a name: written in lower case somewhere, or part of a title
        // (`Prime` in `Prime Minister TAKAICHI Sanae`).
        var commonWords: Set<UInt64> = []
        var candidates: [Name] = []
        var seen: Set<UInt64> = []
        var units: [UInt16] = []
        var tokens: [(range: Range<Int>, isCapitalized: Bool)] = []
        for (entryIndex, entry) in glossary.entries.enumerated() {
            guard let terms = entry.terms(in: rules.language) else { continue }
            terms.forEachForm { text, status in
                units.removeAll(keepingCapacity: true)
                units.append(contentsOf: text.utf16)
                tokens.removeAll(keepingCapacity: true)
                NameTokenizer.forEachToken(in: units, style: rules.nameTokens) { tokens.append(($0, $1)) }
                for (range, isCapitalized) in tokens {
                    let hash = Self.hash(units[range])
                    known.insert(hash)
                    if !isCapitalized || entry.kind == .title { commonWords.insert(hash) }
                    guard entry.kind.isProperNoun, status != .deprecated, isCapitalized,
                        range.count >= rules.nearMissMinimumLength, seen.insert(hash).inserted
                    else { continue }
                    let key = units[range].map(NameTokenizer.lowercase)
                    candidates.append(
                        Name(
                            key: key, display: String(units: units[range]), entryIndex: entryIndex,
                            signature: Self.signature(key)))
                }
            }
        }
        self.known = known
        self.namesByLength = Dictionary(grouping: candidates.filter { !commonWords.contains(Self.hash($0.key)) }) {
            $0.key.count
        }
    }

    /// Whether the glossary uses the token (folded as `NameTokenizer` folds it) anywhere.
    package func knows(_ key: [UInt16]) -> Bool { known.contains(Self.hash(key)) }

    /// The closest name to `key` within the near-miss distance for its length, or `nil`. Ties go to the earlier
    /// glossary entry, then the smaller token.
    /// - Complexity: O(c) signature comparisons for the c names of about the same length, and a bounded edit
    ///   distance for the few that pass.
    package func nearestName(to key: [UInt16]) -> (name: Name, distance: Int)? {
        let limit = rules.nearMissDistance(forLength: key.count)
        guard limit > 0 else { return nil }
        let signature = Self.signature(key)
        var best: (name: Name, distance: Int)?
        for length in (key.count - limit)...(key.count + limit) {
            for name in namesByLength[length] ?? [] where (name.signature ^ signature).nonzeroBitCount <= 2 * limit {
                guard let distance = EditDistance.distance(key, name.key, limit: limit), distance > 0 else { continue }
                if let current = best {
                    let better = (distance, name.entryIndex, name.display) < (current.distance, current.name.entryIndex, current.name.display)
                    if !better { continue }
                }
                best = (name, distance)
            }
        }
        return best
    }

    /// FNV-1a over the folded units (lower case for Latin letters).
    static func hash(_ units: some Collection<UInt16>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for unit in units {
            hash ^= UInt64(NameTokenizer.lowercase(unit))
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func signature(_ key: [UInt16]) -> UInt64 {
        key.reduce(0) { $0 | (1 << UInt64($1 % 64)) }
    }
}
