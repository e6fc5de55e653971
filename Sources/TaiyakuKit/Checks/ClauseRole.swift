/// The part a person's name plays in its clause, as far as the words right around it show: the one who acts
/// (`MOTEGI Toshimitsu conveyed …`, `茂木敏充外務大臣は`) or another part (`… to Mohammad Ishaq Dar`,
/// `ダール副首相兼外務大臣との`). `nil` when the words do not say (an agent after `by`, `Xの`, `Xによる`, `Xも`).
///
/// Japanese marks the part with the particle after the name and its title (`は`, `が`: the one who acts; `と`, `に`,
/// `へ`, `から`, `を`: another); English with the word before the name and its title (the sentence start, a comma or
/// a conjunction: the one who acts; a preposition: another).
enum ClauseRole: Sendable, Hashable {
    case actor
    case other

    /// The role of a Japanese name ending at `end`, read from the first particle after it.
    /// - Complexity: O(log m + k) for m morphemes, k of them looked at (at most `longestTitle`).
    static func japanese(after end: Int, morphemes: [Morpheme], units: [UInt16]) -> ClauseRole? {
        let low = morphemes.firstIndex { $0.range.lowerBound >= end }
        var index = low
        // The title after the name (`副首相兼外務大臣`, `内閣総理大臣`): nouns, prefixes, `・`.
        while index < morphemes.count, index - low < longestTitle,
            morphemes[index].partOfSpeech == "名詞" || morphemes[index].partOfSpeech == "接頭詞"
                || units[morphemes[index].range] == [0x30FB]
        {
            index += 1
        }
        guard index < morphemes.count, morphemes[index].partOfSpeech == "助詞" else { return nil }
        let particle = Array(units[morphemes[index].range])
        let next = index + 1 < morphemes.count ? Array(units[morphemes[index + 1].range]) : []
        switch particle {
        case [0x306F], [0x304C]:  // は, が
            return .actor
        case [0x306B]:  // に, but not による / により / において
            return next.first == 0x3088 || next.first == 0x304A ? nil : .other
        case [0x3068], [0x3078], [0x3092], [0x304B, 0x3089]:  // と, へ, を, から
            return .other
        default:
            return nil
        }
    }

    /// The role of an English name starting at `start`, read from the word before it and its title.
    /// - Complexity: O(k) in the length of the title before the name.
    static func english(before start: Int, units: [UInt16]) -> ClauseRole? {
        var position = start
        var titleWords = 0
        while true {
            while position > 0, units[position - 1] == 0x20 { position -= 1 }
            guard position > 0 else { return .actor }
            let last = units[position - 1]
            guard CharacterClass.isLatinLetter(last) else {
                // `, Minister …`, `; …`, `: …`: a clause starts.
                return last == 0x2C || last == 0x3B || last == 0x3A ? .actor : nil
            }
            var wordStart = position
            while wordStart > 0, CharacterClass.isLatinLetter(units[wordStart - 1]) || units[wordStart - 1] == 0x2D {
                wordStart -= 1
            }
            let word = String(units: units[wordStart..<position].map(CharacterClass.foldedLatin))
            let capitalised = CharacterClass.isCapital(units[wordStart])
            // A title (`Deputy Prime Minister and Minister of Foreign Affairs`): capitalised words and the small
            // words between them.
            if titleWords < longestTitle,
                capitalised || titleConnectors.contains(word) && isCapitalisedWord(endingAt: wordStart, in: units)
            {
                titleWords += 1
                position = wordStart
                continue
            }
            if conjunctions.contains(word) { return .actor }
            if prepositions.contains(word) { return .other }
            return nil
        }
    }

    /// Words a title or a name takes at most.
    private static let longestTitle = 12
    private static let titleConnectors: Set<String> = ["and", "of", "for", "the"]
    private static let conjunctions: Set<String> = ["and", "but", "while", "whereas", "then"]
    /// Prepositions before a person who does not act (`by`, before the one who acts in a passive, is not one).
    private static let prepositions: Set<String> = [
        "to", "with", "from", "for", "toward", "towards", "on", "upon", "at", "against", "between", "among", "into",
        "including", "of",
    ]

    private static func isCapitalisedWord(endingAt end: Int, in units: [UInt16]) -> Bool {
        var position = end
        while position > 0, units[position - 1] == 0x20 { position -= 1 }
        var start = position
        while start > 0, CharacterClass.isLatinLetter(units[start - 1]) { start -= 1 }
        return start < position && CharacterClass.isCapital(units[start])
    }
}
