/// A lexicon with a matcher for each of its languages, built once and used for every document.
public struct LexiconIndex: Sendable {
    public let lexicon: Lexicon
    fileprivate let matchers: [Language: LexiconMatcher]

    /// Builds the matchers, each with the built-in rules of its language.
    /// - Throws: `RulesError` when a language's rules cannot be loaded.
    /// - Complexity: O(total length of the forms).
    public init(_ lexicon: Lexicon) throws(RulesError) {
        self.lexicon = lexicon
        var matchers: [Language: LexiconMatcher] = [:]
        for language in lexicon.languages {
            matchers[language] = LexiconMatcher(lexicon: lexicon, rules: try LanguageRules.builtIn(for: language))
        }
        self.matchers = matchers
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
    /// The words of the lexicon in `units` written in `language`, each named like `words(in:)` names them; empty
    /// when the lexicon lacks the language.
    /// - Complexity: O(n · p) for n units and forms of at most p units or words.
    package func words(in units: [UInt16], language: Language) -> [String] {
        matchers[language]?.entries(in: units).map { lexicon.forms[$0][0][0] } ?? []
    }
}
