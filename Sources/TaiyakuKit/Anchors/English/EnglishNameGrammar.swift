/// English proper nouns: runs of capitalised words (`Serdar BERDIMUHAMEDOV`, `World Customs Organization`,
/// `Japan-Turkmenistan`), all-capitals tokens (`GOSAT`, `WCO`), mixed forms (`SDGs`, `GREENxEXPO`).
///
/// A capitalised word at a sentence start or in a heading is a name only when the document shows it capitalised
/// elsewhere (`Japan congratulates …`), or when it is in capitals; the full stop of a title (`Mr.`, `Rep.`) ends no
/// sentence. Function words, months, weekdays and
/// number words never are (`The`, `April`, `Third`). An all-capitals token inside a longer run is also a name of
/// its own, so that `Serdar BERDIMUHAMEDOV` meets a Japanese text that has only the surname in Latin letters.
package struct EnglishNameGrammar: NameGrammar {
    package init() {}

    package func properNouns(in texts: [(TokenizedText, SegmentShape)]) -> Set<String> {
        var nouns: Set<String> = []
        for (text, shape) in texts where !shape.isHeading {
            forEachWord(in: text, shape: shape) { index, atSentenceStart in
                if !atSentenceStart, EnglishNameWords.isCapitalisedNameWord(index, in: text) {
                    nouns.insert(text.folded(index))
                }
            }
        }
        return nouns
    }

    package func nameMentions(
        in text: TokenizedText, shape: SegmentShape, properNouns: Set<String>
    ) throws(ICUError) -> [NameMention] {
        var mentions: [NameMention] = []
        var runEnd = -1
        forEachWord(in: text, shape: shape) { index, atSentenceStart in
            guard index > runEnd,
                isNameWord(index, atSentenceStart: atSentenceStart, shape: shape, properNouns: properNouns, text)
            else { return }
            var last = endOfHyphenatedWord(from: index, in: text)
            var words = [index]
            while text.followsSingleSpace(last + 2),
                isNameWord(last + 2, atSentenceStart: false, shape: shape, properNouns: properNouns, text)
            {
                words.append(last + 2)
                last = endOfHyphenatedWord(from: last + 2, in: text)
            }
            runEnd = last
            let range = text.tokens[index].range.lowerBound..<text.tokens[last].range.upperBound
            let single = last == index
            let capitals = single && isAllCapitals(index, in: text)
            mentions.append(
                NameMention(
                    range: range, value: value(of: range, in: text), weight: capitals ? 0.8 : single ? 0.6 : 0.7))
            if !single {
                for word in words where isAllCapitals(word, in: text) {
                    let wordRange = text.tokens[word].range
                    mentions.append(NameMention(range: wordRange, value: value(of: wordRange, in: text), weight: 0.8))
                }
            }
        }
        return mentions
    }

    /// The capitalised words that start a sentence and are no name mention of the grammar (`Ukrainian children
    /// have …`): the grammar cannot tell a name from an ordinary word there; a reader with a dictionary can.
    /// - Returns: token indices, in order.
    package func sentenceInitialWords(in text: TokenizedText, shape: SegmentShape) -> [Int] {
        guard !shape.isHeading else { return [] }
        var words: [Int] = []
        forEachWord(in: text, shape: shape) { index, atSentenceStart in
            if atSentenceStart, text.tokens[index].range.count >= 2, EnglishNameWords.isCapitalisedNameWord(index, in: text),
                !isAllCapitals(index, in: text), text.kind(index + 1) != .number,
                !text.isCharacter(index + 1, 0x27), !text.isCharacter(index + 1, 0x2019)  // `Isn't`, `Doesn’t`
            {
                words.append(index)
            }
        }
        return words
    }

    /// Calls `body` with the index of every word token after the item label, and whether it starts a sentence.
    private func forEachWord(in text: TokenizedText, shape: SegmentShape, _ body: (Int, Bool) -> Void) {
        var atSentenceStart = true
        var previousWasStop = false
        for index in text.tokens.indices {
            let token = text.tokens[index]
            guard token.range.lowerBound >= shape.labelLength else { continue }
            switch token.kind {
            case .word:
                body(index, atSentenceStart)
                atSentenceStart = false
                previousWasStop = false
            case .space:
                if previousWasStop { atSentenceStart = true }
                previousWasStop = false
            case .other:
                let unit = text.units[token.range.lowerBound]
                // The full stop of a title (`Mr. Oldman`, `Rep. Andrew Clyde`) ends no sentence.
                let afterTitle = unit == 0x2E && index > 0 && text.tokens[index - 1].kind == .word
                    && EnglishNameParts.personTitles.contains(text.folded(index - 1))
                previousWasStop = (unit == 0x2E && !afterTitle) || unit == 0x3F || unit == 0x21
            default:
                atSentenceStart = false
                previousWasStop = false
            }
        }
    }

    private func isNameWord(
        _ index: Int, atSentenceStart: Bool, shape: SegmentShape, properNouns: Set<String>, _ text: TokenizedText
    ) -> Bool {
        guard text.tokens[index].range.count >= 2 else { return false }
        guard EnglishNameWords.isCapitalisedNameWord(index, in: text) else {
            return isStandingAcronym(index, in: text)
        }
        // Part of a code (LLDC3, ADF14): the identifier scanner's.
        if text.kind(index + 1) == .number { return false }
        if isAllCapitals(index, in: text) { return true }
        if atSentenceStart || shape.isHeading {
            return properNouns.contains(text.folded(index))
        }
        return true
    }

    /// An all-capitals word that spells a function word (`WHO`, `US`, `IT`) among words that are not in capitals
    /// (`the Director-General of the WHO`): an acronym. Beside other capitals (`JAPAN AND TAJIKISTAN`, a heading
    /// set in capitals) or after a number (`10 AM`) it is the word.
    private func isStandingAcronym(_ index: Int, in text: TokenizedText) -> Bool {
        guard text.kind(index) == .word, isAllCapitals(index, in: text) else { return false }
        if let before = text.previous(before: index), text.kind(before) == .number || isAllCapitals(before, in: text) {
            return false
        }
        if let after = text.next(after: index), isAllCapitals(after, in: text) { return false }
        return true
    }

    /// The last token of a hyphenated word starting at `index` (`Japan-Turkmenistan`, `High-Level`).
    private func endOfHyphenatedWord(from index: Int, in text: TokenizedText) -> Int {
        var last = index
        while text.isCharacter(last + 1, 0x2D), text.kind(last + 2) == .word {
            last += 2
        }
        return last
    }

    private func isAllCapitals(_ index: Int, in text: TokenizedText) -> Bool {
        let units = text.units[text.tokens[index].range]
        return units.count >= 2 && units.allSatisfy(CharacterClass.isCapital)
    }

    private func value(of range: Range<Int>, in text: TokenizedText) -> String {
        String(units: text.units[range].map(CharacterClass.foldedLatin))
    }
}
