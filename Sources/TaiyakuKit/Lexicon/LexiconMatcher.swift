/// Finds the entries of a lexicon in the text of one language: by whole stemmed words (and phrases of them) when
/// the language's rules give stemming suffixes, otherwise as substrings.
package struct LexiconMatcher: Sendable {
    public let language: Language
    private let mode: Mode

    private enum Mode: Sendable {
        /// Stemmed words joined by single spaces → entries; the longest phrase in words.
        case words(stems: [[UInt16]: [Int]], stemmer: WordStemmer, longestPhrase: Int)
        /// A trie of the forms and the entry of each form.
        case substrings(trie: PatternTrie, entryOfForm: [Int])
    }

    /// - Returns: `nil` when the lexicon has no column for `rules.language`.
    public init?(lexicon: Lexicon, rules: LanguageRules) {
        guard let column = lexicon.languages.firstIndex(of: rules.language) else { return nil }
        language = rules.language
        if rules.stemmingSuffixes.isEmpty {
            var keys = FlatKeys()
            var entryOfForm: [Int] = []
            for (entry, forms) in lexicon.forms.enumerated() {
                for form in forms[column] {
                    keys.append(Array(form.utf16))
                    entryOfForm.append(entry)
                }
            }
            mode = .substrings(trie: PatternTrie(keys: keys), entryOfForm: entryOfForm)
        } else {
            let stemmer = WordStemmer(rules: rules.stemmingSuffixes)
            var stems: [[UInt16]: [Int]] = [:]
            var longestPhrase = 1
            for (entry, forms) in lexicon.forms.enumerated() {
                for form in forms[column] {
                    let words = Self.words(in: Self.lowercased(Array(form.utf16)))
                    guard !words.isEmpty else { continue }
                    longestPhrase = max(longestPhrase, words.count)
                    let key = Self.joined(words.map(stemmer.stem))
                    if stems[key]?.contains(entry) != true {
                        stems[key, default: []].append(entry)
                    }
                }
            }
            mode = .words(stems: stems, stemmer: stemmer, longestPhrase: longestPhrase)
        }
    }

    /// The entries found in `units`, each once, in ascending order.
    /// - Complexity: O(n · p) for n units and p the longest form (in units or in words).
    public func entries(in units: [UInt16]) -> [Int] {
        var found: Set<Int> = []
        switch mode {
        case .substrings(let trie, let entryOfForm):
            for start in units.indices {
                trie.forEachKey(in: units, startingAt: start) { _, patterns in
                    for pattern in patterns { found.insert(entryOfForm[Int(pattern)]) }
                }
            }
        case .words(let stems, let stemmer, let longestPhrase):
            let words = Self.words(in: Self.lowercased(units)).map(stemmer.stem)
            for start in words.indices {
                for length in 1...min(longestPhrase, words.count - start) {
                    if let entries = stems[Self.joined(words[start..<(start + length)])] {
                        found.formUnion(entries)
                    }
                }
            }
        }
        return found.sorted()
    }

    /// `units` with ASCII capitals in lower case (word lists are matched on plain Latin letters).
    private static func lowercased(_ units: [UInt16]) -> [UInt16] {
        units.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    /// The runs of Latin letters in `units`.
    private static func words(in units: [UInt16]) -> [[UInt16]] {
        var words: [[UInt16]] = []
        var current: [UInt16] = []
        for unit in units {
            if CharacterClass.isLatinLetter(unit) {
                current.append(unit)
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func joined(_ words: some Collection<[UInt16]>) -> [UInt16] {
        Array(words.joined(separator: [0x20]))
    }
}
