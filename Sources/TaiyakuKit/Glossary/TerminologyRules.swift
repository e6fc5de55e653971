/// How terminology is matched and judged in one language, held as data.
///
/// Everything language-specific about terms lives here, so that the matcher and the checks stay generic.
package struct TerminologyRules: Sendable {
    /// How the near-miss check cuts a text into name-like tokens.
    package enum NameTokens: Sendable {
        /// Runs of Latin letters; a candidate must start with a capital letter.
        case capitalizedWords
        /// Runs of katakana (including the long-vowel mark), cut at the middle dot.
        case katakanaRuns
    }

    package let language: Language
    /// Endings a term may take in running text and still be the same term (English plurals), already folded.
    /// Possessive endings need none: the apostrophe (straight or curly) already ends the word.
    package let inflectionSuffixes: [[UInt16]]
    /// Endings that derive a word from a term (`Central Asian`, `Japanese`): enough to count the concept as
    /// rendered (`term-missing`), never a match of the term.
    package let derivedEndings: [[UInt16]]
    /// How modifiers may share one head in this language, so that a form is rendered though split
    /// (`テロ及び暴力的過激主義対策` renders `テロ対策`); `nil`: forms are never found split.
    package let headSharing: HeadSharing?
    /// Words that join a country to the organization named right before it as a mere qualifier (`Akita University
    /// of Japan`), in lower case and without surrounding spaces; brackets (`秋田大学（日本）`) need none. Translations
    /// routinely drop such a qualifier, so `term-missing` does not require it on the other side.
    package let qualifierLinks: [String]
    package let nameTokens: NameTokens
    /// Tokens shorter than this (in UTF-16 units) are never near misses.
    package let nearMissMinimumLength: Int
    /// Tokens at least this long may be two edits from a name; shorter ones one edit.
    package let nearMissLongLength: Int
    /// Forms at least this long (folded UTF-16 units) are also looked for with one character wrong: a
    /// substitution or a swap of two neighbours (`…並びに租税及び租税回避…` for `…並びに脱税及び租税回避…`).
    /// `nil`: not looked for. English has no such search: its names are caught word by word, and on the seeds
    /// every one-letter difference in a long English form was a variant (`exchange of note`), not a misspelling.
    package let longTermMinimumLength: Int?
    /// Whether two forms of a concept that share a name token (a word, or a katakana run) are two depths of one
    /// naming (`President Rahmon`, `Emomali RAHMON`) rather than two renderings.
    package let sharedTokenMeansSameRendering: Bool
    /// Words too common to count as shared name tokens; two forms that differ only in a leading stop word are one
    /// rendering (`RenderingComparison`).
    package let stopWords: Set<String>
    /// Variant groups (by id prefix) that are about nouns whose verbs keep the variant's spelling
    /// (受入れ / 受け入れる): a variant right before `verbInflectionKana` is the verb and is not counted.
    package let nounOnlyVariantGroupPrefix: String?
    package let verbInflectionKana: Set<UInt16>
    /// Forms of a variant group that are not the grouped word when preceded by a given text (とともに).
    package let variantExceptions: [VariantException]

    /// Coordination that shares the head of a compound: `A及びC対策` is `A対策` and `C対策`, `国境・税関管理` is
    /// `国境管理` and `税関管理`.
    package struct HeadSharing: Sendable {
        /// What may follow the first part of a form (`及び`, `・`, `、` …), folded. Not `と`, which joins far more
        /// than modifiers (`日本と協力`).
        package let coordinators: [[UInt16]]
        /// Neither part of a split form may be shorter than this (in UTF-16 units): one-character parts are too
        /// often found apart by chance (`日` … `本`).
        package let minimumPartLength: Int
        /// At most this many units between the first part and the head (the other modifiers and coordinators).
        package let maximumGap: Int

        /// Units of the other modifiers between the parts: kanji, katakana (with `ー` and `・`), Latin letters
        /// and digits. Hiragana is excluded, since a particle (`の`, `を`) ends the compound.
        package static func isModifierUnit(_ unit: UInt16) -> Bool {
            CharacterClass.isKanji(unit) || CharacterClass.isKatakana(unit) || CharacterClass.isLatinLetter(unit)
                || (0x30...0x39).contains(unit)
        }
    }

    package struct VariantException: Sendable {
        package let groupID: String
        package let form: String
        package let precededBy: String
    }

    /// The built-in rules for `language`.
    package static func builtIn(for language: Language) -> TerminologyRules {
        switch language {
        case .english:
            return TerminologyRules(
                language: .english,
                inflectionSuffixes: ["es", "s"].map { Array($0.utf16) },
                derivedEndings: ["n", "ese"].map { Array($0.utf16) },
                headSharing: nil, qualifierLinks: ["of", "of the"],
                nameTokens: .capitalizedWords, nearMissMinimumLength: 5, nearMissLongLength: 9, longTermMinimumLength: nil,
                sharedTokenMeansSameRendering: true,
                stopWords: [
                    "the", "and", "for", "with", "from", "between", "of", "on", "in", "to", "by", "at", "upon",
                ],
                nounOnlyVariantGroupPrefix: nil, verbInflectionKana: [], variantExceptions: [])
        case .japanese:
            return TerminologyRules(
                language: .japanese, inflectionSuffixes: [], derivedEndings: [],
                headSharing: HeadSharing(
                    coordinators: ["及び", "並びに", "又は", "・", "、", "や"].map { Array($0.utf16) },
                    minimumPartLength: 2, maximumGap: 20),
                qualifierLinks: [], nameTokens: .katakanaRuns,
                nearMissMinimumLength: 3, nearMissLongLength: 7, longTermMinimumLength: 10,
                sharedTokenMeansSameRendering: true,
                stopWords: [], nounOnlyVariantGroupPrefix: "okuri.",
                verbInflectionKana: Set("るれらろたてまなよさせず".utf16),
                variantExceptions: [
                    VariantException(groupID: "adv.tomoni", form: "ともに", precededBy: "と"),
                    // The particle in kanji (国際社会と共に), which MeCab reads now as one particle, now as と + 共に.
                    VariantException(groupID: "adv.tomoni", form: "共に", precededBy: "と"),
                    VariantException(groupID: "okuri.wakugumi", form: "枠組", precededBy: "仙台防災"),
                ])
        }
    }

    /// The largest edit distance at which a token of `length` units is a near miss of a name (0: never).
    package func nearMissDistance(forLength length: Int) -> Int {
        if length < nearMissMinimumLength { return 0 }
        return length >= nearMissLongLength ? 2 : 1
    }
}
