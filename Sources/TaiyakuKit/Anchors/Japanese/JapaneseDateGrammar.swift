/// Japanese dates: `2025年12月20日`, `2025年4月`, `令和7年12月20日` and the other eras (`元年` is year 1),
/// `本年１２月`, `昨年`, `８月５日から８日`, `12月10日`, `2026-2028`, kanji numerals (`十二月二十日`,
/// `二〇二五年`), digits of either width, ISO dates (`2025-12-20`).
///
/// A year needs four digits or an era; `５年間` (a duration) and `2020年代` (a decade) are not dates.
package struct JapaneseDateGrammar: DateGrammar {
    package init() {}

    package func dateMentions(in text: TokenizedText) -> [DateMention] {
        let japanese = JapaneseText(text: text)
        return text.scan { match(at: $0, in: japanese) }
    }

    private func match(at index: Int, in japanese: JapaneseText) -> (DateMention, Int)? {
        let text = japanese.text
        // Every date starts with a number, an era name or a relative year.
        switch text.tokens[index].kind {
        case .number, .kanjiNumeral:
            break
        default:
            guard let first = text.firstUnit(index), JapaneseVocabulary.yearWordFirstUnits.contains(first) else {
                return nil
            }
        }
        if let found = ISODateScanner.date(at: index, in: text) {
            return found
        }
        if let found = DottedDateScanner.date(at: index, in: text) {
            return found
        }
        if let (mention, next) = yearRange(at: index, in: japanese) {
            return (mention, next)
        }
        guard let (start, afterStart) = point(at: index, in: japanese) else {
            return bareYear(at: index, in: japanese)
        }
        var last = afterStart - 1
        var end: DateMention.Point?
        if let joiner = rangeJoiner(at: afterStart, in: japanese),
            let (endPoint, afterEnd) = point(at: joiner, in: japanese, allowingDayAlone: true),
            precision(of: endPoint) == precision(of: start)
        {
            end = endPoint
            last = afterEnd - 1
        }
        let range = text.tokens[index].range.lowerBound..<text.tokens[last].range.upperBound
        return (DateMention(range: range, start: start, end: end), last + 1)
    }

    /// `2026-2028`, `2026～2028年`: two four-digit years joined by a dash.
    private func yearRange(at index: Int, in japanese: JapaneseText) -> (DateMention, Int)? {
        let text = japanese.text
        guard let first = japanese.integer(at: index), (1000...2999).contains(first.value),
            let dash = text.firstUnit(index + 1), CharacterClass.isRangeDash(dash),
            text.tokens[index + 1].range.count == 1,
            let second = japanese.integer(at: index + 2), second.value > first.value, second.value - first.value <= 100
        else { return nil }
        var last = index + 2
        if japanese.isCharacter(last + 1, JapaneseVocabulary.year) { last += 1 }
        let range = text.tokens[index].range.lowerBound..<text.tokens[last].range.upperBound
        let mention = DateMention(
            range: range, start: .init(year: .absolute(first.value)), end: .init(year: .absolute(second.value)))
        return (mention, last + 1)
    }

    /// A four-digit number between 1900 and 2100 without `年` that nothing marks as a quantity (no counter, unit
    /// or multiplier after it, no Latin name before it, not part of a code): `氷河保全国際年2025`.
    private func bareYear(at index: Int, in japanese: JapaneseText) -> (DateMention, Int)? {
        let text = japanese.text
        guard text.kind(index) == .number, text.tokens[index].range.count == 4,
            let (value, _) = japanese.integer(at: index), (1900...2100).contains(value),
            !(text.followsSingleSpace(index) && text.kind(index - 2) == .word),
            text.kind(index - 1) != .word, text.kind(index + 1) != .word, text.kind(index + 1) != .kanjiNumeral,
            !text.isCharacter(index - 1, 0x2F), !text.isCharacter(index + 1, 0x2F),
            japanese.match(JapaneseVocabulary.counters, at: index + 1) == nil,
            japanese.match(JapaneseVocabulary.unitWords, at: index + 1) == nil,
            japanese.match(JapaneseVocabulary.ordinalSuffixes, at: index + 1) == nil
        else { return nil }
        return (DateMention(range: text.tokens[index].range, start: .init(year: .absolute(value))), index + 1)
    }

    /// A year, a month of a year, a month, or a day of a month starting at token `index`, and the index after it.
    /// A range's end may be a day alone (`から８日`).
    private func point(
        at index: Int, in japanese: JapaneseText, allowingDayAlone: Bool = false
    ) -> (DateMention.Point, Int)? {
        var point = DateMention.Point()
        var position = index
        if let (year, next) = year(at: position, in: japanese) {
            point.year = year
            position = next
        }
        if let (month, next) = calendarUnit(at: position, unit: JapaneseVocabulary.month, in: 1...12, japanese) {
            point.month = month
            position = next
        }
        if point.month != nil || allowingDayAlone && point.year == nil,
            let (day, next) = calendarUnit(at: position, unit: JapaneseVocabulary.day, in: 1...31, japanese)
        {
            point.day = day
            position = next
        }
        guard !point.isEmpty, point.day == nil || point.month != nil || allowingDayAlone else { return nil }
        return (point, position)
    }

    /// `2025年`, `2025年度`, `令和7年`, `令和元年`, `本年`, `昨年`.
    private func year(at index: Int, in japanese: JapaneseText) -> (DateMention.Year, Int)? {
        let text = japanese.text
        if let first = text.firstUnit(index), JapaneseVocabulary.yearWordFirstUnits.contains(first) {
            return namedYear(at: index, in: japanese)
        }
        guard let (value, _) = japanese.integer(at: index), (1000...2999).contains(value),
            japanese.isCharacter(index + 1, JapaneseVocabulary.year), !isDuration(index + 2, japanese)
        else { return nil }
        return (.absolute(value), afterFiscal(index + 2, japanese))
    }

    /// `令和7年`, `令和元年`, `本年`, `昨年`, `一昨年`.
    private func namedYear(at index: Int, in japanese: JapaneseText) -> (DateMention.Year, Int)? {
        let text = japanese.text
        for era in JapaneseVocabulary.eras {
            guard let afterName = text.match(era.name, at: index) else { continue }
            let number: Int
            if japanese.isCharacter(afterName, JapaneseVocabulary.firstYearOfEra) {
                number = 1
            } else if let (value, _) = japanese.integer(at: afterName), value >= 1 {
                number = value
            } else {
                return nil
            }
            guard japanese.isCharacter(afterName + 1, JapaneseVocabulary.year), !isDuration(afterName + 2, japanese)
            else { return nil }
            return (.absolute(era.firstYear + number - 1), afterFiscal(afterName + 2, japanese))
        }
        for relative in JapaneseVocabulary.relativeYears {
            if let next = text.match(relative.word, at: index) {
                return (.relative(relative.offset), afterFiscal(next, japanese))
            }
        }
        return nil
    }

    /// A month (`12月`) or a day (`20日`): a number in `bounds` followed by `unit`, not by `間`.
    private func calendarUnit(
        at index: Int, unit: UInt16, in bounds: ClosedRange<Int>, _ japanese: JapaneseText
    ) -> (Int, Int)? {
        guard let (value, _) = japanese.integer(at: index), bounds.contains(value),
            japanese.isCharacter(index + 1, unit), !isDuration(index + 2, japanese)
        else { return nil }
        return (value, index + 2)
    }

    private func isDuration(_ index: Int, _ japanese: JapaneseText) -> Bool {
        guard let unit = japanese.text.firstUnit(index), japanese.text.tokens[index].range.count == 1 else {
            return false
        }
        return JapaneseVocabulary.notDateAfterCalendarUnit.contains(unit)
    }

    private func afterFiscal(_ index: Int, _ japanese: JapaneseText) -> Int {
        japanese.isCharacter(index, JapaneseVocabulary.fiscal) ? index + 1 : index
    }

    /// The index after `から`, `～` or a dash at `index`.
    private func rangeJoiner(at index: Int, in japanese: JapaneseText) -> Int? {
        if let next = japanese.match(JapaneseVocabulary.rangeWords, at: index) { return next }
        if let unit = japanese.text.firstUnit(index), japanese.text.tokens[index].range.count == 1,
            CharacterClass.isRangeDash(unit)
        {
            return index + 1
        }
        return nil
    }

    private func precision(of point: DateMention.Point) -> Int {
        point.day != nil ? 2 : point.month != nil ? 1 : 0
    }
}
