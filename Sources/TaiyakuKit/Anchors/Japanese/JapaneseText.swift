/// Look-ups on tokenised Japanese text shared by the Japanese grammars: words that span tokens, and numbers
/// written in digits or kanji.
struct JapaneseText {
    let text: TokenizedText

    /// If one of `words` is written from the start of token `index` and ends on a token boundary, the index of
    /// the token after it. The first match in `words` wins, so list longer words first.
    func match(_ words: [[UInt16]], at index: Int) -> Int? {
        guard index >= 0, index < text.tokens.count else { return nil }
        let start = text.tokens[index].range.lowerBound
        for word in words where text.unitsMatch(word, at: start) {
            let end = start + word.count
            if end == text.units.count { return text.tokens.count }
            if let next = text.tokens.firstIndexStarting(at: end) { return next }
        }
        return nil
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
