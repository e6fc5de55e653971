/// English quantities, counts and ordinals: `1,000`, `3.29%`, `1.155 million`, `2,000 metric tons`,
/// `over a hundred`, `15 documents`, `two countries`, `15th`, `30th year`, `Third`, `first`, `Phase 1`,
/// `Expo 2025`, `decade` (10).
///
/// - A number followed by a noun counts things (`15 documents`, `five Central Asian countries`): `.count`.
/// - An approximate number (`over a hundred`, `about 21%`) is a quantity, not a count: `.number`.
/// - A number right after a capitalised name word is part of the name (`Expo 2025`), and so is a capitalised
///   number word inside a quoted title (`"One Village, One Product"`): `.nameNumber`.
package struct EnglishNumberGrammar: NumberGrammar {
    package init() {}

    package func numberMentions(in text: TokenizedText) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var insideQuotes = false
        var index = 0
        while index < text.tokens.count {
            let token = text.tokens[index]
            var found: (NumberMention, Int)?
            switch token.kind {
            case .number:
                found = digits(at: index, in: text)
            case .word:
                found =
                    clockWords(at: index, in: text) ?? ordinalWord(at: index, in: text)
                    ?? cardinalWords(at: index, insideQuotes: insideQuotes, in: text)
            case .other:
                let unit = text.units[token.range.lowerBound]
                if unit == 0x201C { insideQuotes = true }
                if unit == 0x201D { insideQuotes = false }
                if unit == 0x22 { insideQuotes.toggle() }
            default:
                break
            }
            if let (mention, next) = found {
                mentions.append(mention)
                index = next
            } else {
                index += 1
            }
        }
        return mentions
    }

    // MARK: Digits

    private func digits(at index: Int, in text: TokenizedText) -> (NumberMention, Int)? {
        if let time = clockTime(at: index, in: text) {
            return time
        }
        let token = text.tokens[index]
        guard var quantity = DecimalNumber(digits: text.units[token.range]) else { return nil }
        var start = token.range.lowerBound
        var last = index
        var unit: String?
        if let (currency, prefixStart) = currencyPrefix(before: index, in: text) {
            unit = currency
            start = text.tokens[prefixStart].range.lowerBound
        }
        func mention(_ kind: Anchor.Kind) -> (NumberMention, Int) {
            let range = start..<text.tokens[last].range.upperBound
            return (NumberMention(kind: kind, range: range, quantity: quantity, unit: unit), last + 1)
        }
        // 15th, 30th year, 300th anniversary
        if text.kind(index + 1) == .word, EnglishVocabulary.ordinalSuffixes.contains(text.folded(index + 1)) {
            last = index + 1
            if let noun = text.next(after: last), text.kind(noun) == .word,
                EnglishVocabulary.ordinalNouns.contains(text.folded(noun))
            {
                last = noun
            }
            unit = nil
            return mention(.ordinal)
        }
        // 1.155 million, 13.41 billion
        if let next = text.next(after: last), text.kind(next) == .word,
            let power = EnglishVocabulary.scales[text.folded(next)]
        {
            quantity = quantity.timesPowerOfTen(power)
            last = next
        }
        if unit == nil, let (found, through) = unitAfter(last, in: text) {
            unit = found
            last = through
        }
        if unit != nil {
            return mention(.number)
        }
        let plain = token.range.allSatisfy { CharacterClass.isDigit(text.units[$0]) }
        if plain, last == index, text.followsSingleSpace(index), text.kind(index - 2) == .word,
            EnglishVocabulary.stageNouns.contains(text.folded(index - 2))
                || EnglishVocabulary.articleNouns.contains(text.folded(index - 2))
        {
            return mention(.ordinal)  // Phase 1, Article 12
        }
        // `in their 30s`: an age bracket, like `30代`.
        if plain, last == index, text.kind(index + 1) == .word, text.folded(index + 1) == "s",
            text.tokens[index + 1].range.lowerBound == token.range.upperBound,
            let value = quantity.integerValue, (10...90).contains(value), value % 10 == 0
        {
            last = index + 1
            return mention(.number)
        }
        if plain, last == index, EnglishNameWords.isNamePart(before: index, in: text) {
            return mention(.nameNumber)
        }
        if isApproximate(before: start, in: text) {
            return mention(.number)
        }
        if let next = text.next(after: last), isCountedNoun(next, in: text) {
            return mention(.count)
        }
        return mention(.number)
    }

    /// A time of day at token `index`: `10:30`, `22:15`, `10:30 pm`, `1.30pm`, `9 a.m.`, `9am`, `9 o'clock`. The value
    /// is the minutes after midnight; the unit `clock` when the time of day is known (`am`/`pm` stated, or an hour
    /// of 0 or 13 to 23), `clock12` when an hour of 1 to 12 may be either side of noon (`10:30`, `9 o'clock`).
    private func clockTime(at index: Int, in text: TokenizedText) -> (NumberMention, Int)? {
        let token = text.tokens[index]
        let units = text.units[token.range]
        let point = units.firstIndex(where: TokenizedText.isDecimalPoint)
        let hourUnits = units[units.startIndex..<(point ?? units.endIndex)]
        guard (1...2).contains(hourUnits.count), hourUnits.allSatisfy(CharacterClass.isDigit),
            let hour = DecimalNumber(digits: hourUnits)?.integerValue
        else { return nil }
        var minute = 0
        var last = index
        var hasMinutes = false
        if let point {
            // 1.30pm: two digits after the point, and a meridiem must follow.
            let minuteUnits = units[units.index(after: point)...]
            guard minuteUnits.count == 2, let value = DecimalNumber(digits: minuteUnits)?.integerValue, value < 60
            else { return nil }
            minute = value
            hasMinutes = true
        } else if let time = ColonTime.time(at: index, in: text) {
            minute = time.minute
            last = time.last
            hasMinutes = true
        }
        var afternoon: Bool?
        var named = false
        if let (isAfternoon, through) = meridiem(after: last, in: text) {
            afternoon = isAfternoon
            last = through
        } else if let through = oClock(after: last, in: text) {
            last = through
            named = true
        }
        if afternoon != nil || point != nil {
            guard afternoon != nil, (1...12).contains(hour) else { return nil }
        } else {
            guard hasMinutes || named, hour <= 23 else { return nil }
        }
        var hours = hour
        if let afternoon { hours = hour % 12 + (afternoon ? 12 : 0) }
        let range = token.range.lowerBound..<text.tokens[last].range.upperBound
        return (
            NumberMention(
                kind: .number, range: range, quantity: DecimalNumber(significand: hours * 60 + minute),
                unit: NumberMention.clockUnit(hour: hour, halfOfDayKnown: afternoon != nil)),
            last + 1
        )
    }

    /// A time of day in words at token `index`: `quarter past eight` (8:15), `a quarter to nine` (8:45), `half
    /// past 10` (10:30), `nine o'clock`, with `a.m.` or `p.m.` after it where written.
    private func clockWords(at index: Int, in text: TokenizedText) -> (NumberMention, Int)? {
        let word = text.folded(index)
        var minutes: Int
        var last = index
        var hour: Int
        if let offset = EnglishVocabulary.clockFractions[word] {
            guard let relation = text.next(after: index), text.kind(relation) == .word,
                let sign = EnglishVocabulary.clockRelations[text.folded(relation)],
                let hourToken = text.next(after: relation), let value = hourValue(at: hourToken, in: text)
            else { return nil }
            // half to nine is not said; a quarter to nine is 8:45.
            guard sign > 0 || offset == 15 else { return nil }
            hour = sign > 0 ? value : (value + 10) % 12 + 1
            minutes = sign > 0 ? offset : 60 - offset
            last = hourToken
        } else if let value = EnglishVocabulary.cardinals[word], (1...12).contains(value),
            let through = oClock(after: index, in: text)
        {
            hour = value
            minutes = 0
            last = through
        } else {
            return nil
        }
        var afternoon: Bool?
        if let (isAfternoon, through) = meridiem(after: last, in: text) {
            afternoon = isAfternoon
            last = through
        }
        if let afternoon { hour = hour % 12 + (afternoon ? 12 : 0) }
        let start = text.tokens[index].range.lowerBound
        return (
            NumberMention(
                kind: .number, range: start..<text.tokens[last].range.upperBound,
                quantity: DecimalNumber(significand: hour * 60 + minutes),
                unit: NumberMention.clockUnit(hour: hour, halfOfDayKnown: afternoon != nil), writing: .words),
            last + 1
        )
    }

    /// An hour of 1 to 12 at token `index`, in words or digits.
    private func hourValue(at index: Int, in text: TokenizedText) -> Int? {
        let value: Int?
        switch text.kind(index) {
        case .word: value = EnglishVocabulary.cardinals[text.folded(index)]
        case .number: value = DecimalNumber(digits: text.units[text.tokens[index].range])?.integerValue
        default: value = nil
        }
        guard let value, (1...12).contains(value) else { return nil }
        return value
    }

    /// `am`, `pm`, `a.m.`, `p.m.` right after token `last` or after one space: whether it is after noon, and the
    /// index of its last token.
    private func meridiem(after last: Int, in text: TokenizedText) -> (Bool, Int)? {
        var first = last + 1
        if text.kind(first) == .space, text.followsSingleSpace(last + 2) { first = last + 2 }
        guard text.kind(first) == .word, let afternoon = EnglishVocabulary.meridiems[text.folded(first)] else {
            return nil
        }
        if text.tokens[first].range.count == 2 { return (afternoon, first) }
        // a.m., p.m.
        guard text.isCharacter(first + 1, 0x2E), text.kind(first + 2) == .word, text.folded(first + 2) == "m" else {
            return nil
        }
        return (afternoon, text.isCharacter(first + 3, 0x2E) ? first + 3 : first + 2)
    }

    /// ` o'clock` after token `last`: the index of `clock`.
    private func oClock(after last: Int, in text: TokenizedText) -> Int? {
        guard text.followsSingleSpace(last + 2), text.kind(last + 2) == .word, text.folded(last + 2) == "o",
            text.isCharacter(last + 3, 0x27) || text.isCharacter(last + 3, 0x2019), text.kind(last + 4) == .word,
            text.folded(last + 4) == "clock"
        else { return nil }
        return last + 4
    }

    /// A currency sign or code just before token `index` (`$5`, `US$ 5`, `JPY 100`) and the index where it starts.
    private func currencyPrefix(before index: Int, in text: TokenizedText) -> (String, Int)? {
        guard let previous = text.previous(before: index) else { return nil }
        var key = text.folded(previous)
        var start = previous
        if key == "$", previous >= 1, text.kind(previous - 1) == .word, text.folded(previous - 1) == "us" {
            key = "us$"
            start = previous - 1
        }
        guard let currency = EnglishVocabulary.currencyPrefixes[key] else { return nil }
        return (currency, start)
    }

    /// The longest unit in `EnglishVocabulary.units` starting after token `last` (`%`, `metric tons`, `yen`),
    /// and the index of its last token.
    private func unitAfter(_ last: Int, in text: TokenizedText) -> (String, Int)? {
        guard let first = text.next(after: last) else { return nil }
        if text.isCharacter(first, 0x25) || text.isCharacter(first, 0xFF05) { return ("%", first) }
        guard text.kind(first) == .word, EnglishVocabulary.unitFirstWords.contains(text.folded(first)) else {
            return nil
        }
        var words: [String] = []
        var indices: [Int] = []
        var position = first
        while words.count < EnglishVocabulary.longestUnit, text.kind(position) == .word {
            words.append(text.folded(position))
            indices.append(position)
            guard text.followsSingleSpace(position + 2) else { break }
            position += 2
        }
        while !words.isEmpty {
            if let unit = EnglishVocabulary.units[words] {
                return (unit, indices[words.count - 1])
            }
            words.removeLast()
        }
        return nil
    }

    // MARK: Words

    /// `first`, `Third`, `twenty-first`.
    private func ordinalWord(at index: Int, in text: TokenizedText) -> (NumberMention, Int)? {
        let word = text.folded(index)
        var value = EnglishVocabulary.ordinals[word]
        var last = index
        if value == nil, let tens = EnglishVocabulary.cardinals[word], tens >= 20, text.isCharacter(index + 1, 0x2D),
            text.kind(index + 2) == .word, let ones = EnglishVocabulary.ordinals[text.folded(index + 2)], ones < 10
        {
            value = tens + ones
            last = index + 2
        }
        guard let value else { return nil }
        let range = text.tokens[index].range.lowerBound..<text.tokens[last].range.upperBound
        return (
            NumberMention(kind: .ordinal, range: range, quantity: DecimalNumber(significand: value), writing: .words),
            last + 1
        )
    }

    /// `two countries`, `twenty-five`, `a hundred`, `two hundred`, `One` in a quoted title, `decade`.
    private func cardinalWords(at index: Int, insideQuotes: Bool, in text: TokenizedText) -> (NumberMention, Int)? {
        let word = text.folded(index)
        var value: Int
        var power = 0
        var last = index
        var article = false
        if word == "a", let next = text.next(after: index), text.kind(next) == .word,
            let scale = EnglishVocabulary.scales[text.folded(next)], scale <= 3
        {
            value = 1
            power = scale
            last = next
            article = true
        } else if let cardinal = EnglishVocabulary.cardinals[word] {
            value = cardinal
            if cardinal >= 20, text.isCharacter(index + 1, 0x2D), text.kind(index + 2) == .word,
                let ones = EnglishVocabulary.cardinals[text.folded(index + 2)], ones < 10
            {
                value += ones
                last = index + 2
            }
            // five million, two billion, three hundred thousand
            while let next = text.next(after: last), text.kind(next) == .word,
                let scale = EnglishVocabulary.scales[text.folded(next)], power == 0 || scale > power
            {
                power += scale
                last = next
            }
        } else if let number = EnglishVocabulary.numberNouns[word] {
            value = number
        } else {
            return nil
        }
        if word == "one", !isNumeralOne(at: index, in: text) { return nil }
        let range = text.tokens[index].range.lowerBound..<text.tokens[last].range.upperBound
        let capitalised = text.firstUnit(index).map(CharacterClass.isCapital) ?? false
        let kind: Anchor.Kind
        if capitalised, insideQuotes {
            kind = .nameNumber
        } else if article || isApproximate(before: range.lowerBound, in: text) {
            kind = .number
        } else if let next = text.next(after: last), isCountedNoun(next, in: text) {
            kind = .count
        } else {
            kind = .number
        }
        return (
            NumberMention(
                kind: kind, range: range, quantity: DecimalNumber(significand: value).timesPowerOfTen(power),
                writing: .words),
            last + 1
        )
    }

    /// Whether `one` at `index` is a number, not a pronoun (`no one`, `one another`, `the one`).
    private func isNumeralOne(at index: Int, in text: TokenizedText) -> Bool {
        if let previous = text.previous(before: index), text.kind(previous) == .word,
            EnglishVocabulary.pronounDeterminers.contains(text.folded(previous))
        {
            return false
        }
        if let next = text.next(after: index), text.kind(next) == .word, text.folded(next) == "another" {
            return false
        }
        return true
    }

    // MARK: Context

    /// Whether the word before offset `start` makes the number approximate (`over`, `about`, `more than`).
    private func isApproximate(before start: Int, in text: TokenizedText) -> Bool {
        guard let tokenIndex = text.tokens.firstIndexStarting(at: start),
            let previous = text.previous(before: tokenIndex), text.kind(previous) == .word
        else { return false }
        return EnglishVocabulary.approximators.contains(text.folded(previous))
    }

    /// Whether token `index` is a noun that the number before it counts: a word that is not grammatical,
    /// a month, a unit or a scale.
    private func isCountedNoun(_ index: Int, in text: TokenizedText) -> Bool {
        guard text.kind(index) == .word, text.tokens[index].range.count >= 2 else { return false }
        let word = text.folded(index)
        return EnglishNameWords.isNameVocabulary(word) && !EnglishVocabulary.unitFirstWords.contains(word)
            && EnglishVocabulary.scales[word] == nil && !EnglishVocabulary.ordinalSuffixes.contains(word)
    }
}
