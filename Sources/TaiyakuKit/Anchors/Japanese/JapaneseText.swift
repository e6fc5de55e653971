/// Look-ups on tokenised Japanese text shared by the Japanese grammars: words that span tokens, and numbers
/// written in digits or kanji.
struct JapaneseText {
    let text: TokenizedText

    /// If the longest of `words` written from the start of token `index` ends on a token boundary, the index of
    /// the token after it.
    func match(_ words: WordTable, at index: Int) -> Int? {
        matchedWord(words, at: index)?.next
    }

    /// The longest of `words` written from the start of token `index`, if it ends on a token boundary, and the
    /// index of the token after it.
    func matchedWord(_ words: WordTable, at index: Int) -> (word: [UInt16], next: Int)? {
        guard index >= 0, index < text.tokens.count else { return nil }
        let start = text.tokens[index].range.lowerBound
        guard let word = words.longestWord(in: text.units, at: start) else { return nil }
        let end = start + word.count
        if end == text.units.count { return (word, text.tokens.count) }
        // Words end where a token ends; a word inside a token (トン in トンネル) does not count.
        guard let next = text.tokens[index...].firstIndexStarting(at: end, limit: word.count + 1) else { return nil }
        return (word, next)
    }

    /// Whether token `index` is the single code unit `unit`.
    func isCharacter(_ index: Int, _ unit: UInt16) -> Bool { text.isCharacter(index, unit) }

    /// A whole number written at token `index` in digits (no decimal point) or kanji, and how it was written.
    func integer(at index: Int) -> (value: Int, writing: NumberMention.Writing)? {
        guard let kind = text.kind(index) else { return nil }
        let units = text.units[text.tokens[index].range]
        switch kind {
        case .number:
            guard !units.contains(where: TokenizedText.isDecimalPoint),
                let value = DecimalNumber(digits: units)?.integerValue
            else { return nil }
            return (value, .digits)
        case .kanjiNumeral:
            guard !JapaneseVocabulary.kanjiNumeralWords.contains(Array(units)),
                let value = KanjiNumeral.parse(units)
            else { return nil }
            return (value, .kanji)
        default:
            return nil
        }
    }
}
