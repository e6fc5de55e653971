/// Tells whether a word is an everyday word of a language, so that the near-miss check does not take it for a
/// misspelt name (`テスト` is not a misspelling of `ポスト`, `Later` not one of `Water`). The shipped lexicon and
/// the code's own vocabulary are one source (`LexiconEverydayWords`); a morphological dictionary can be another.
public protocol EverydayVocabulary: Sendable {
    /// Whether `word` (as written in the text) is an everyday word of `language`.
    func isEverydayWord(_ word: String, in language: Language) -> Bool
}

/// Everyday words from a lexicon's forms (every form of every entry, and each word of a multi-word form) and from
/// a language's own list of common loanwords (`Language` data: `JapaneseVocabulary.everydayLoanwords`). English
/// words are compared in lower case, with British `-ise`/`-isation` spellings folded to `-ize`/`-ization`, and
/// with a plural `s` or an adverbial `ly` taken off.
public struct LexiconEverydayWords: EverydayVocabulary {
    private let words: [Language: Set<String>]

    /// - Parameter lexicon: the lexicon whose forms are everyday words (`nil`: the languages' own lists only).
    public init(lexicon: Lexicon?) {
        var words: [Language: Set<String>] = [:]
        for language in Language.allCases {
            words[language] = Set(Self.loanwords(for: language).map(Self.fold))
        }
        if let lexicon {
            for entry in lexicon.forms {
                for (column, forms) in entry.enumerated() where column < lexicon.languages.count {
                    let language = lexicon.languages[column]
                    for form in forms {
                        words[language, default: []].insert(Self.fold(form))
                        for word in form.split(separator: " ") where word.count > 1 {
                            words[language, default: []].insert(Self.fold(String(word)))
                        }
                    }
                }
            }
        }
        self.words = words
    }

    public func isEverydayWord(_ word: String, in language: Language) -> Bool {
        guard let known = words[language] else { return false }
        let folded = Self.fold(word)
        if known.contains(folded) { return true }
        for ending in ["s", "es", "ly"] where folded.hasSuffix(ending) && folded.count > ending.count + 2 {
            if known.contains(String(folded.dropLast(ending.count))) { return true }
        }
        return false
    }

    /// Lower case, British `-is-` spellings as `-iz-`.
    static func fold(_ word: String) -> String {
        var folded = word.lowercased()
        for (british, american) in [("isation", "ization"), ("ise", "ize"), ("ised", "ized")]
        where folded.hasSuffix(british) {
            folded = String(folded.dropLast(british.count)) + american
        }
        return folded
    }

    /// The common loanwords a language lists as data.
    static func loanwords(for language: Language) -> [String] {
        switch language {
        case .english: return []
        case .japanese: return JapaneseVocabulary.everydayLoanwords
        }
    }
}
