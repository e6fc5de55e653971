/// English dates: `April 15, 2025`, `15 April 2025`, `the 14th of April`, `December 16-17, 2024`,
/// `from August 5 to 8`, `September 2023`, `April, 2025`, `in 2025`, `2018-2028`, `February 14 this year`,
/// `January of last year`, `this year`, and ISO dates (`2024-01-23`).
///
/// Month names count only when capitalised and next to a day, a year or a relative year, so `May` the month
/// is told from `may` the verb. A bare four-digit year counts unless a capitalised word stands right before it
/// (`Expo 2025` is a name with a number in it) or a unit follows it (`2000 tons`).
package struct EnglishDateGrammar: DateGrammar {
    package init() {}

    package func dateMentions(in text: TokenizedText) -> [DateMention] {
        return text.scan { match(at: $0, in: text) }
    }

    /// The date starting at token `index` and the index of the token after it.
    private func match(at index: Int, in text: TokenizedText) -> (DateMention, Int)? {
        switch text.tokens[index].kind {
        case .word:
            if let month = month(at: index, in: text) {
                return monthFirst(month: month.value, start: index, after: month.next, in: text)
            }
            if let relative = relativeYear(at: index, in: text) {
                let range = text.tokens[index].range.lowerBound..<text.tokens[relative.next - 1].range.upperBound
                return (DateMention(range: range, start: .init(year: .relative(relative.offset))), relative.next)
            }
            if text.folded(index) == "the", let next = text.next(after: index), let day = day(at: next, in: text),
                let (mention, after) = dayFirst(day: day, start: index, in: text)
            {
                return (mention, after)
            }
            return nil
        case .number:
            if let found = ISODateScanner.date(at: index, in: text) {
                return found
            }
            if let found = DottedDateScanner.date(at: index, in: text) {
                return found
            }
            if let day = day(at: index, in: text), let found = dayFirst(day: day, start: index, in: text) {
                return found
            }
            return yearFirst(at: index, in: text)
        default:
            return nil
        }
    }

    // MARK: Patterns

    /// `April 15, 2025`, `December 16-17, 2024`, `April 2025`, `April, 2025`, `December of this year`,
    /// `February 14 this year`, `May of 2024`.
    private func monthFirst(month: Int, start: Int, after: Int, in text: TokenizedText) -> (DateMention, Int)? {
        guard let next = text.next(after: after - 1) else { return nil }
        let startOffset = text.tokens[start].range.lowerBound
        func mention(_ point: DateMention.Point, end: DateMention.Point? = nil, through last: Int) -> (DateMention, Int)
        {
            (DateMention(range: startOffset..<text.tokens[last].range.upperBound, start: point, end: end), last + 1)
        }
        if let day = day(at: next, in: text) {
            var last = day.next - 1
            var endDay: Int?
            if let other = dayRangeEnd(after: last, from: day.value, in: text) {
                endDay = other.value
                last = other.next - 1
            }
            var year: DateMention.Year?
            if let (found, through) = yearAfterDay(after: last, in: text) {
                year = found
                last = through
            }
            let point = DateMention.Point(year: year, month: month, day: day.value)
            let end = endDay.map { DateMention.Point(year: year, month: month, day: $0) }
            return mention(point, end: end, through: last)
        }
        if let year = year(at: next, in: text) {
            return mention(.init(year: .absolute(year), month: month), through: next)
        }
        if text.isCharacter(next, 0x2C), let afterComma = text.next(after: next),
            let year = year(at: afterComma, in: text)
        {
            return mention(.init(year: .absolute(year), month: month), through: afterComma)
        }
        if text.folded(next) == "of", let afterOf = text.next(after: next) {
            if let year = year(at: afterOf, in: text) {
                return mention(.init(year: .absolute(year), month: month), through: afterOf)
            }
            if let relative = relativeYear(at: afterOf, in: text) {
                return mention(.init(year: .relative(relative.offset), month: month), through: relative.next - 1)
            }
        }
        if let relative = relativeYear(at: next, in: text) {
            return mention(.init(year: .relative(relative.offset), month: month), through: relative.next - 1)
        }
        return nil
    }

    /// `15 April 2025`, `22 January 2024`, `the 14th of April`, `16-17 December 2024`; `start` is the day or
    /// the `the` before it.
    private func dayFirst(day: Numeral, start: Int, in text: TokenizedText) -> (DateMention, Int)? {
        var last = day.next - 1
        var endDay: Int?
        if let other = dayRangeEnd(after: last, from: day.value, in: text) {
            endDay = other.value
            last = other.next - 1
        }
        guard var monthIndex = text.next(after: last) else { return nil }
        if text.folded(monthIndex) == "of", let afterOf = text.next(after: monthIndex) {
            monthIndex = afterOf
        }
        guard let month = month(at: monthIndex, in: text) else { return nil }
        last = month.next - 1
        var year: DateMention.Year?
        if let next = text.next(after: last) {
            if let found = self.year(at: next, in: text) {
                year = .absolute(found)
                last = next
            } else if text.isCharacter(next, 0x2C), let afterComma = text.next(after: next),
                let found = self.year(at: afterComma, in: text)
            {
                year = .absolute(found)
                last = afterComma
            } else if let (found, through) = relativeYearAfter(last, in: text) {
                year = found
                last = through
            }
        }
        let range = text.tokens[start].range.lowerBound..<text.tokens[last].range.upperBound
        let point = DateMention.Point(year: year, month: month.value, day: day.value)
        let end = endDay.map { DateMention.Point(year: year, month: month.value, day: $0) }
        return (DateMention(range: range, start: point, end: end), last + 1)
    }

    /// `2018-2028`, `2024-26`, `in 2025`, `Preservation, 2025`.
    private func yearFirst(at index: Int, in text: TokenizedText) -> (DateMention, Int)? {
        guard let year = year(at: index, in: text) else { return nil }
        let startOffset = text.tokens[index].range.lowerBound
        if index + 2 < text.tokens.count, text.isCharacter(index + 1, in: Self.rangeDashes),
            text.kind(index + 2) == .number, let end = yearRangeEnd(at: index + 2, after: year, in: text)
        {
            let range = startOffset..<text.tokens[index + 2].range.upperBound
            return (
                DateMention(range: range, start: .init(year: .absolute(year)), end: .init(year: .absolute(end))),
                index + 3
            )
        }
        if let month = monthAfterYear(at: index, in: text) {
            // 1997-11: a month of a year, as in the issue `GamePro 1997-11` (`1997年11月号`).
            let range = startOffset..<text.tokens[index + 2].range.upperBound
            return (DateMention(range: range, start: .init(year: .absolute(year), month: month)), index + 3)
        }
        guard !EnglishNameWords.isNamePart(before: index, in: text), !isFollowedByUnit(index, in: text) else {
            return nil
        }
        if let previous = text.previous(before: index), text.kind(previous) == .word,
            EnglishVocabulary.approximators.contains(text.folded(previous))
        {
            return nil
        }
        return (DateMention(range: text.tokens[index].range, start: .init(year: .absolute(year))), index + 1)
    }

    // MARK: Pieces

    struct Numeral {
        let value: Int
        /// The index of the token after it.
        let next: Int
    }

    static let rangeDashes: Set<UInt16> = [0x2D, 0x2010, 0x2011, 0x2013, 0x2014, 0xFF0D]

    /// The end of a range of days after token `last`: `-17`, `–17`, ` to 8`, ` through 8`; later than `start`.
    private func dayRangeEnd(after last: Int, from start: Int, in text: TokenizedText) -> Numeral? {
        guard let joiner = text.next(after: last) else { return nil }
        let isJoiner =
            text.isCharacter(joiner, in: Self.rangeDashes)
            || text.kind(joiner) == .word && EnglishVocabulary.rangeWords.contains(text.folded(joiner))
        guard isJoiner, let second = text.next(after: joiner), let end = day(at: second, in: text), end.value > start
        else { return nil }
        return end
    }

    /// A capitalised month name (or abbreviation with its full stop).
    private func month(at index: Int, in text: TokenizedText) -> Numeral? {
        guard text.kind(index) == .word, let first = text.firstUnit(index), CharacterClass.isCapital(first) else {
            return nil
        }
        let word = text.folded(index)
        if let month = EnglishVocabulary.months[word] {
            return Numeral(value: month, next: index + 1)
        }
        if let month = EnglishVocabulary.monthAbbreviations[word], text.isCharacter(index + 1, 0x2E) {
            return Numeral(value: month, next: index + 2)
        }
        return nil
    }

    /// A day of the month, 1 to 31, in plain digits, with an ordinal suffix if one is attached (`14th`).
    private func day(at index: Int, in text: TokenizedText) -> Numeral? {
        guard text.kind(index) == .number, text.tokens[index].range.count <= 2,
            let value = DecimalNumber(digits: text.units[text.tokens[index].range])?.integerValue,
            (1...31).contains(value)
        else { return nil }
        if text.kind(index + 1) == .word, EnglishVocabulary.ordinalSuffixes.contains(text.folded(index + 1)) {
            return Numeral(value: value, next: index + 2)
        }
        if text.kind(index + 1) == .word || text.kind(index + 1) == .number { return nil }
        return Numeral(value: value, next: index + 1)
    }

    /// A year written as four plain digits, 1000 to 2999.
    private func year(at index: Int, in text: TokenizedText) -> Int? {
        guard text.kind(index) == .number, text.tokens[index].range.count == 4,
            let value = DecimalNumber(digits: text.units[text.tokens[index].range])?.integerValue,
            (1000...2999).contains(value)
        else { return nil }
        if text.kind(index + 1) == .word { return nil }  // 2025th, 2000t
        return value
    }

    /// The end of a year range: four digits, or two digits in the same century (`2024-26`), after `start`.
    private func yearRangeEnd(at index: Int, after start: Int, in text: TokenizedText) -> Int? {
        if let end = year(at: index, in: text) {
            return end > start && end - start <= 100 ? end : nil
        }
        guard text.tokens[index].range.count == 2, text.kind(index + 1) != .word,
            let twoDigits = DecimalNumber(digits: text.units[text.tokens[index].range])?.integerValue
        else { return nil }
        let end = start / 100 * 100 + twoDigits
        return end > start ? end : nil
    }

    /// The month of `1997-11` after the year at token `index`: a hyphen and two digits from 01 to 12, written
    /// together, that cannot end a year range (a range ends after its start: `2020-21` is two years).
    private func monthAfterYear(at index: Int, in text: TokenizedText) -> Int? {
        guard index + 2 < text.tokens.count, text.isCharacter(index + 1, 0x2D),
            text.tokens[index + 1].range.lowerBound == text.tokens[index].range.upperBound,
            text.tokens[index + 2].range.lowerBound == text.tokens[index + 1].range.upperBound,
            text.kind(index + 2) == .number, text.tokens[index + 2].range.count == 2,
            text.units[text.tokens[index + 2].range].allSatisfy(CharacterClass.isDigit),
            text.kind(index + 3) != .word, text.kind(index + 3) != .number, !text.isCharacter(index + 3, 0x2D),
            let month = DecimalNumber(digits: text.units[text.tokens[index + 2].range])?.integerValue,
            (1...12).contains(month)
        else { return nil }
        return month
    }

    /// `this year`, `last year`, `next year`.
    private func relativeYear(at index: Int, in text: TokenizedText) -> (offset: Int, next: Int)? {
        guard text.kind(index) == .word, let offset = EnglishVocabulary.relativeYears[text.folded(index)],
            let yearWord = text.next(after: index), text.kind(yearWord) == .word, text.folded(yearWord) == "year"
        else { return nil }
        return (offset, yearWord + 1)
    }

    /// A year after a day: `, 2025`, ` 2025`, ` this year`, ` of last year`; returns the year and the index of
    /// its last token.
    private func yearAfterDay(after last: Int, in text: TokenizedText) -> (DateMention.Year, Int)? {
        guard let next = text.next(after: last) else { return nil }
        if let year = year(at: next, in: text) {
            return (.absolute(year), next)
        }
        if text.isCharacter(next, 0x2C), let afterComma = text.next(after: next),
            let year = year(at: afterComma, in: text)
        {
            return (.absolute(year), afterComma)
        }
        return relativeYearAfter(last, in: text)
    }

    private func relativeYearAfter(_ last: Int, in text: TokenizedText) -> (DateMention.Year, Int)? {
        guard var next = text.next(after: last) else { return nil }
        if text.folded(next) == "of", let afterOf = text.next(after: next) {
            next = afterOf
        }
        guard let relative = relativeYear(at: next, in: text) else { return nil }
        return (.relative(relative.offset), relative.next - 1)
    }

    private func isFollowedByUnit(_ index: Int, in text: TokenizedText) -> Bool {
        guard let next = text.next(after: index) else { return false }
        if text.isCharacter(next, 0x25) { return true }
        guard text.kind(next) == .word else { return false }
        let word = text.folded(next)
        return EnglishVocabulary.unitFirstWords.contains(word) || EnglishVocabulary.scales[word] != nil
    }
}
