/// Which English words can be part of a proper noun, shared by the name grammar and by the number and date
/// grammars, which must not take the number in `Expo 2025` for a year or a quantity.
package enum EnglishNameWords {
    /// Whether token `index` is a capitalised word that can be part of a name: not a function word, a month,
    /// a weekday or a number word (`The`, `April`, `Third` are not).
    package static func isCapitalisedNameWord(_ index: Int, in text: TokenizedText) -> Bool {
        guard text.kind(index) == .word, let first = text.firstUnit(index), CharacterClass.isCapital(first) else {
            return false
        }
        return isNameVocabulary(text.folded(index))
    }

    /// Whether a word, lower-cased, may name something (it is not in the grammatical vocabulary).
    package static func isNameVocabulary(_ word: String) -> Bool {
        !grammaticalWords.contains(word)
    }

    /// Function words, months, weekdays, number words and relative-year words, in one set.
    private static let grammaticalWords: Set<String> = EnglishVocabulary.functionWords
        .union(EnglishVocabulary.months.keys).union(EnglishVocabulary.weekdays)
        .union(EnglishVocabulary.cardinals.keys).union(EnglishVocabulary.ordinals.keys)
        .union(EnglishVocabulary.relativeYears.keys)

    /// Whether the token before `index` is a capitalised name word separated from it by one space, so that the
    /// number at `index` belongs to the name (`Expo 2025`, `United Nations 2028 Water Conference`).
    /// A word that starts the text or a sentence says nothing by its capital (`Add 3 to it`), unless it is all
    /// capitals.
    package static func isNamePart(before index: Int, in text: TokenizedText) -> Bool {
        guard text.followsSingleSpace(index), isCapitalisedNameWord(index - 2, in: text) else { return false }
        let units = text.units[text.tokens[index - 2].range]
        if units.count >= 2, units.allSatisfy(CharacterClass.isCapital) { return true }
        guard let before = text.previous(before: index - 2), let unit = text.firstUnit(before) else { return false }
        return !(text.kind(before) == .other && CharacterClass.isSentenceTerminal(unit))
    }
}
