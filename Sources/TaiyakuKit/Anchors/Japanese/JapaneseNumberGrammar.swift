/// Japanese quantities, counts and ordinals: `1,000`, `１，０００`, `３．２９％`, `13.41億円`, `115.5万`,
/// `約21%`, `2,000トン`, `千`, `三十`, `15件`, `3つ`, `両国`, `第15回`, `第二プラント`, `３０周年`.
///
/// - A counter after a number (`件`, `人`, `か国`, `つ`) makes it a count; a unit (`円`, `％`, `トン`) a quantity.
/// - `第` before or `周年` / `回目` after makes an ordinal.
/// - `約` before or `以上` after makes it approximate: a quantity, not a count.
/// - Kanji numerals count only when they cannot be part of a word: after `第`, before a counter or unit, or
///   as a well-formed number of two or more kanji or with a multiplier (`三十`, `千`), and never before a kanji
///   that makes a word with them (`万博`, `十分`). A lone `一` (`一致`, `一層`) is never a number.
package struct JapaneseNumberGrammar: NumberGrammar {
    package init() {}

    package func numberMentions(in text: TokenizedText) -> [NumberMention] {
        let japanese = JapaneseText(text: text)
        return text.scan { match(at: $0, in: japanese) }
    }

    private func match(at index: Int, in japanese: JapaneseText) -> (NumberMention, Int)? {
        let text = japanese.text
        if let time = clockTime(at: index, in: japanese) {
            return time
        }
        if japanese.isCharacter(index, JapaneseVocabulary.ordinalPrefix),
            let (value, writing) = japanese.integer(at: index + 1)
        {
            var last = index + 1
            if let afterCounter = japanese.match(JapaneseVocabulary.ordinalCounters, at: index + 2) {
                last = afterCounter - 1
            } else if text.kind(index + 2) == .katakana {
                last = index + 2  // 第1フェーズ
            }
            return mention(
                .ordinal, from: index, through: last, value: DecimalNumber(significand: value), writing, text)
        }
        if japanese.isCharacter(index, JapaneseVocabulary.bothPrefix),
            let afterNoun = japanese.match(JapaneseVocabulary.bothNouns, at: index + 1)
        {
            return mention(
                .count, from: index, through: afterNoun - 1, value: DecimalNumber(significand: 2), .kanji, text)
        }
        guard let (quantity, lastNumber, writing) = quantity(at: index, in: japanese) else { return nil }
        if writing == .kanji, !isNumberNotWordPart(at: index, in: japanese) { return nil }
        let after = lastNumber + 1
        let approximate = isApproximate(before: index, after: after, in: japanese)
        if let next = japanese.match(JapaneseVocabulary.ordinalSuffixes, at: after) {
            return mention(.ordinal, from: index, through: next - 1, value: quantity, writing, text)
        }
        if japanese.isCharacter(after, JapaneseVocabulary.tenth), let tenths = quantity.integerValue, tenths <= 10 {
            // 3割 is 30%, 3割5分 35%.
            var percent = tenths * 10
            var last = after
            if let (hundredths, _) = japanese.integer(at: after + 1), hundredths < 10,
                japanese.isCharacter(after + 2, JapaneseVocabulary.hundredth)
            {
                percent += hundredths
                last = after + 2
            }
            var found = mention(.number, from: index, through: last, value: DecimalNumber(significand: percent), writing, text)
            found?.0.unit = "%"
            return found
        }
        if let (word, next) = japanese.matchedWord(JapaneseVocabulary.unitWords, at: after) {
            var found = mention(.number, from: index, through: next - 1, value: quantity, writing, text)
            found?.0.unit = JapaneseVocabulary.unitNames[word]
            return found
        }
        if let next = japanese.match(JapaneseVocabulary.counters, at: after) {
            return mention(
                approximate ? .number : .count, from: index, through: next - 1, value: quantity, writing, text)
        }
        if writing == .kanji {
            guard isFreeStandingKanjiNumber(at: index, in: japanese) else { return nil }
            return mention(.number, from: index, through: lastNumber, value: quantity, writing, text)
        }
        if lastNumber == index, text.followsSingleSpace(index), text.kind(index - 2) == .word {
            // GREEN×EXPO 2027: a number after a Latin name belongs to it.
            return mention(.nameNumber, from: index, through: index, value: quantity, writing, text)
        }
        return mention(.number, from: index, through: lastNumber, value: quantity, writing, text)
    }

    /// A time of day at token `index`: `10時30分`, `１時半`, `午後２時`, `午前9時15分`. The value is the minutes after
    /// midnight; the unit `clock` when `午前` or `午後` says which half of the day, or the hour is 0 or 13 to 23,
    /// `clock12` otherwise (`10時30分` may be 22:30). `３時間` (a duration) is not a time.
    private func clockTime(at index: Int, in japanese: JapaneseText) -> (NumberMention, Int)? {
        let text = japanese.text
        var afternoon: Bool?
        var position = index
        if let next = text.match(JapaneseVocabulary.morning, at: index) {
            afternoon = false
            position = next
        } else if let next = text.match(JapaneseVocabulary.afternoon, at: index) {
            afternoon = true
            position = next
        }
        if let time = ColonTime.time(at: position, in: text) {
            // 10:30, 午後２：１５
            if afternoon != nil, !(1...12).contains(time.hour) { return nil }
            let hours = afternoon.map { time.hour % 12 + ($0 ? 12 : 0) } ?? time.hour
            var found = mention(
                .number, from: index, through: time.last, value: DecimalNumber(significand: hours * 60 + time.minute),
                .digits, text)
            found?.0.unit = NumberMention.clockUnit(hour: time.hour, halfOfDayKnown: afternoon != nil)
            return found
        }
        guard let (hour, writing) = japanese.integer(at: position), hour <= 24,
            japanese.isCharacter(position + 1, JapaneseVocabulary.hour),
            !(text.firstUnit(position + 2).map { JapaneseVocabulary.notTimeAfterHour.contains($0) } ?? false)
        else { return nil }
        if writing == .kanji, !isNumberNotWordPart(at: position, in: japanese) { return nil }
        var minute = 0
        var last = position + 1
        if let (minutes, _) = japanese.integer(at: position + 2), minutes < 60,
            japanese.isCharacter(position + 3, JapaneseVocabulary.minute),
            !japanese.isCharacter(position + 4, 0x9593)  // 分間
        {
            minute = minutes
            last = position + 3
        } else if japanese.isCharacter(position + 2, JapaneseVocabulary.halfPast) {
            minute = 30
            last = position + 2
        }
        // 一時 (for a while), 一時的: a kanji hour needs its minutes or 午前/午後.
        if writing == .kanji, last == position + 1, afternoon == nil { return nil }
        var hours = hour
        if let afternoon {
            guard hour <= 12 else { return nil }
            hours = hour % 12 + (afternoon ? 12 : 0)
        }
        var found = mention(
            .number, from: index, through: last, value: DecimalNumber(significand: hours * 60 + minute), writing, text)
        found?.0.unit = NumberMention.clockUnit(hour: hour, halfOfDayKnown: afternoon != nil)
        return found
    }

    private func mention(
        _ kind: Anchor.Kind, from first: Int, through last: Int, value: DecimalNumber,
        _ writing: NumberMention.Writing, _ text: TokenizedText
    ) -> (NumberMention, Int)? {
        let range = text.tokens[first].range.lowerBound..<text.tokens[last].range.upperBound
        return (NumberMention(kind: kind, range: range, quantity: value, writing: writing), last + 1)
    }

    /// A number at token `index` with the kanji multipliers after it (`13.41億`, `115.5万`, `1億2000万`), or a
    /// kanji numeral; the index of its last token and how it was written.
    private func quantity(
        at index: Int, in japanese: JapaneseText
    ) -> (DecimalNumber, Int, NumberMention.Writing)? {
        let text = japanese.text
        switch text.kind(index) {
        case .kanjiNumeral:
            guard let (value, _) = japanese.integer(at: index) else { return nil }
            return (DecimalNumber(significand: value), index, .kanji)
        case .number:
            var total = DecimalNumber(significand: 0)
            var position = index
            var lastPower = Int.max
            while true {
                guard let part = DecimalNumber(digits: text.units[text.tokens[position].range]) else { return nil }
                guard let power = multiplierPower(at: position + 1, in: text), power < lastPower else {
                    // Digits after 億 or 万 without a multiplier of their own: 1億2000.
                    guard let sum = total.adding(part) else { return nil }
                    return (sum, position, .digits)
                }
                guard let sum = total.adding(part.timesPowerOfTen(power)) else { return nil }
                total = sum
                lastPower = power
                // Another group after the multiplier, written right after it: with a smaller multiplier of its own
                // (1億2000万, ６万２千), or the last digits, fewer than the multiplier has zeros (６万２千９８５).
                let next = position + 2
                guard text.kind(next) == .number,
                    text.tokens[next].range.lowerBound == text.tokens[position + 1].range.upperBound,
                    let nextPart = DecimalNumber(digits: text.units[text.tokens[next].range])
                else {
                    return (total, position + 1, .digits)
                }
                if let nextPower = multiplierPower(at: next + 1, in: text), nextPower < power {
                    position = next
                    continue
                }
                let nextDigits = text.tokens[next].range.count
                guard multiplierPower(at: next + 1, in: text) == nil, nextPart.exponent >= 0,
                    nextDigits <= power, nextPart.significantDigits <= power, let sum = total.adding(nextPart)
                else {
                    return (total, position + 1, .digits)
                }
                return (sum, next, .digits)
            }
        default:
            return nil
        }
    }

    /// The power of ten of a run of kanji multipliers at token `index` (`万` 4, `千万` 7), or `nil`.
    private func multiplierPower(at index: Int, in text: TokenizedText) -> Int? {
        guard text.kind(index) == .kanjiNumeral else { return nil }
        var power = 0
        for unit in text.units[text.tokens[index].range] {
            guard let step = JapaneseVocabulary.multiplierPowers[unit] else { return nil }
            power += step
        }
        return power
    }

    private func isApproximate(before index: Int, after: Int, in japanese: JapaneseText) -> Bool {
        let text = japanese.text
        for prefix in JapaneseVocabulary.approximatePrefixes {
            let start = text.tokens[index].range.lowerBound - prefix.count
            if text.unitsMatch(prefix, at: start) { return true }
        }
        // The suffix may follow a counter: 100件以上.
        var position = after
        if let afterCounter = japanese.match(JapaneseVocabulary.counters, at: position) { position = afterCounter }
        return japanese.match(JapaneseVocabulary.approximateSuffixes, at: position) != nil
    }

    /// Whether a kanji numeral is a number rather than part of a word: not after `数` (`数千` several thousand),
    /// and a single digit not after another kanji except `約` (`統一`, `唯一`, `同一`).
    private func isNumberNotWordPart(at index: Int, in japanese: JapaneseText) -> Bool {
        let text = japanese.text
        let units = text.units[text.tokens[index].range]
        guard let previous = text.firstUnit(index - 1), text.tokens[index - 1].range.count == 1 else { return true }
        // 数千, 数十: several thousand, dozens.
        if previous == 0x6570 { return false }
        guard units.count == 1, !KanjiNumeral.isMultiplier(units[units.startIndex]) else { return true }
        return !CharacterClass.isKanji(previous) || previous == 0x7D04
    }

    /// Whether a kanji numeral without counter or unit stands as a number (`三十`, `千`), not inside a word.
    private func isFreeStandingKanjiNumber(at index: Int, in japanese: JapaneseText) -> Bool {
        let text = japanese.text
        let units = text.units[text.tokens[index].range]
        guard units.count >= 2 || units.contains(where: KanjiNumeral.isMultiplier) else { return false }
        if let next = text.firstUnit(index + 1), JapaneseVocabulary.wordsAfterKanjiNumeral.contains(next) {
            return false
        }
        return true
    }
}
