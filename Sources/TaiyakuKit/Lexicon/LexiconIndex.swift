/// A lexicon with a matcher for each of its languages, built once and used for every document.
public struct LexiconIndex: Sendable {
    public let lexicon: Lexicon
    fileprivate let matchers: [Language: LexiconMatcher]
    /// English one-word forms, lower case: an all-capital one in a text is an ordinary word written loud (`LOVE`).
    package let everydayEnglish: Set<String>
    /// English one-word forms whose entry has a katakana rendering (`germany`: ドイツ): names by meaning.
    package let namesByMeaning: Set<String>

    /// Builds the matchers, each with the built-in rules of its language.
    /// - Throws: `RulesError` when a language's rules cannot be loaded.
    /// - Complexity: O(total length of the forms).
    public init(_ lexicon: Lexicon) throws(RulesError) {
        self.lexicon = lexicon
        // One matcher per language and the English word sets, built at once.
        let (matchers, words) = try ParallelWork.both(
            { () throws(RulesError) in
                let built = try ParallelWork.map(lexicon.languages) { language throws(RulesError) in
                    (language, LexiconMatcher(lexicon: lexicon, rules: try LanguageRules.builtIn(for: language)))
                }
                var matchers: [Language: LexiconMatcher] = [:]
                for (language, matcher) in built { matchers[language] = matcher }
                return matchers
            },
            { () throws(RulesError) in Self.englishWords(of: lexicon) })
        self.matchers = matchers
        everydayEnglish = words.everyday
        namesByMeaning = words.byMeaning
    }

    /// The words of the lexicon in each segment of `document`, each named by its first form in the lexicon's
    /// first language; `nil` when the lexicon lacks the document's language.
    /// - Complexity: O(n · p) for a document of n units and forms of at most p units or words.
    public func words(in document: SegmentedDocument) -> [[String]]? {
        guard let matcher = matchers[document.language] else { return nil }
        return document.segments.map { segment in
            matcher.entries(in: segment.units).map { lexicon.forms[$0][0][0] }
        }
    }
}

extension LexiconIndex {
    /// The lexicon's English one-word forms, and those of them whose entry has a katakana rendering.
    fileprivate static func englishWords(of lexicon: Lexicon) -> (everyday: Set<String>, byMeaning: Set<String>) {
        var everyday: Set<String> = []
        var byMeaning: Set<String> = []
        guard let english = lexicon.languages.firstIndex(of: .english),
            let japanese = lexicon.languages.firstIndex(of: .japanese)
        else { return ([], []) }
        for entry in lexicon.forms {
            let katakana = entry[japanese].contains { form in
                form.utf16.allSatisfy { TokenizedText.isKatakanaLetter($0) || $0 == 0x30FC }
            }
            for form in entry[english] where !form.utf8.contains(0x20) {
                everyday.insert(form)
                if katakana { byMeaning.insert(form) }
            }
        }
        return (everyday, byMeaning)
    }

    /// The words of the lexicon in `units` written in `language`, each named like `words(in:)` names them; empty
    /// when the lexicon lacks the language.
    /// - Complexity: O(n · p) for n units and forms of at most p units or words.
    package func words(in units: [UInt16], language: Language) -> [String] {
        matchers[language]?.entries(in: units).map { lexicon.forms[$0][0][0] } ?? []
    }
}
