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
        var index = 0
        let count = units.count
        while index < count {
            let start = index
            switch style {
            case .capitalizedWords:
                guard CharacterClass.isLatinLetter(units[index]) else {
                    index += 1
                    continue
                }
                while index < count, CharacterClass.isLatinLetter(units[index]) { index += 1 }
                let key = units[start..<index].map(lowercase)
                tokens.append(
                    Token(range: start..<index, key: key, isCapitalized: CharacterClass.isUppercaseLatin(units[start])))
            case .katakanaRuns:
                guard isKatakana(units[index]) else {
                    index += 1
                    continue
                }
                while index < count, isKatakana(units[index]) { index += 1 }
                tokens.append(Token(range: start..<index, key: Array(units[start..<index]), isCapitalized: true))
            }
        }
        return tokens
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
    }

    /// Every token of every form (any status) of every entry, folded.
    private let known: Set<[UInt16]>
    /// Name tokens by length.
    private let namesByLength: [Int: [Name]]
    private let rules: TerminologyRules

    package init(glossary: Glossary, rules: TerminologyRules) {
        self.rules = rules
        var known: Set<[UInt16]> = []
        // Words that are not names even inside a name: written in lower case somewhere, or part of a title
        // (`Prime` in `Prime Minister TAKAICHI Sanae`).
        var commonWords: Set<[UInt16]> = []
        var candidates: [Name] = []
        var seen: Set<[UInt16]> = []
        for (entryIndex, entry) in glossary.entries.enumerated() {
            guard let terms = entry.terms(in: rules.language) else { continue }
            for form in terms.forms {
                let units = Array(form.text.utf16)
                for token in NameTokenizer.tokens(in: units, style: rules.nameTokens) {
                    known.insert(token.key)
                    if !token.isCapitalized || entry.kind == .title { commonWords.insert(token.key) }
                    guard entry.kind.isProperNoun, form.status != .deprecated, token.isCapitalized,
                        token.key.count >= rules.nearMissMinimumLength, !seen.contains(token.key)
                    else { continue }
                    seen.insert(token.key)
                    candidates.append(
                        Name(
                            key: token.key, display: String(decoding: units[token.range], as: UTF16.self),
                            entryIndex: entryIndex))
                }
            }
        }
        self.known = known
        self.namesByLength = Dictionary(grouping: candidates.filter { !commonWords.contains($0.key) }) { $0.key.count }
    }

    /// Whether the glossary uses the token anywhere.
    package func knows(_ key: [UInt16]) -> Bool { known.contains(key) }

    /// The closest name to `key` within the near-miss distance for its length, or `nil`. Ties go to the earlier
    /// glossary entry, then the smaller token.
    package func nearestName(to key: [UInt16]) -> (name: Name, distance: Int)? {
        let limit = rules.nearMissDistance(forLength: key.count)
        guard limit > 0 else { return nil }
        var best: (name: Name, distance: Int)?
        for length in (key.count - limit)...(key.count + limit) {
            for name in namesByLength[length] ?? [] {
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
}
