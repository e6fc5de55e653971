/// A glossary and orthographic variant groups, prepared for matching: what the terminology checks read.
public struct Terminology: Sendable {
    public let glossary: Glossary
    public let variants: [OrthographicVariants]
    package let matchers: [Language: TermMatcher]
    package let variantMatchers: [Language: TermMatcher]
    package let vocabularies: [Language: NameVocabulary]
    package let longTerms: [Language: LongTermIndex]
    package let rules: [Language: TerminologyRules]
    /// For each language, each variant group's id by its position in that language's variant matcher.
    package let variantGroupIDs: [Language: [String]]

    /// Prepares `glossary` and `variants` for every language Taiyaku checks.
    /// - Throws: `ICUError` if ICU cannot normalise a term.
    /// - Complexity: O(k log k) for k forms in all.
    public init(glossary: Glossary, variants: [OrthographicVariants] = []) throws(ICUError) {
        self.glossary = glossary
        self.variants = variants
        var matchers: [Language: TermMatcher] = [:]
        var variantMatchers: [Language: TermMatcher] = [:]
        var vocabularies: [Language: NameVocabulary] = [:]
        var longTerms: [Language: LongTermIndex] = [:]
        var rules: [Language: TerminologyRules] = [:]
        var groupIDs: [Language: [String]] = [:]
        for language in Language.allCases {
            let languageRules = TerminologyRules.builtIn(for: language)
            rules[language] = languageRules
            let matcher = try TermMatcher(glossary: glossary, rules: languageRules)
            matchers[language] = matcher
            if let minimumLength = languageRules.longTermMinimumLength {
                longTerms[language] = LongTermIndex(matcher: matcher, minimumLength: minimumLength)
            }
            vocabularies[language] = NameVocabulary(glossary: glossary, rules: languageRules)
            let groups = variants.filter { $0.language == language }
            if !groups.isEmpty {
                let combined = Glossary(
                    name: groups.map(\.name).joined(separator: "+"),
                    entries: groups.flatMap { $0.asGlossary.entries })
                variantMatchers[language] = try TermMatcher(glossary: combined, rules: languageRules)
                groupIDs[language] = combined.entries.map(\.id)
            }
        }
        self.matchers = matchers
        self.variantMatchers = variantMatchers
        self.vocabularies = vocabularies
        self.longTerms = longTerms
        self.rules = rules
        self.variantGroupIDs = groupIDs
    }

    /// The glossary terms in `text`, written in `language`.
    /// - Throws: `ICUError` if ICU cannot normalise the text.
    public func matches(in text: String, language: Language) throws(ICUError) -> [TermMatch] {
        try matchers[language]?.matches(in: text) ?? []
    }
}
