/// A footnote or citation mark written right after the stop of the sentence it belongs to: `martyr.[1]`,
/// `activated.¹`, `activated.a`, `in the report.12`, a bracketed note such as `report.[PDF – 33 KB]`.
///
/// The mark stays with the sentence before it; the next sentence starts after it.
enum FootnoteMark {
    /// The longest bracketed note taken as a mark (`[PDF – 33 KB]`).
    static let longestBracketedNote = 40
    /// Digits glued to a stop are a footnote number up to this many.
    static let longestNumber = 3

    /// The end of the mark that starts at `offset` right after a stop (`.`, `!`, `?`, closing quotes allowed
    /// between), or `nil` when none starts there.
    /// Digits glued to the stop are a mark after a word that is not an abbreviation of the language (`activated.12`,
    /// not `No.1`), or after a year when a sentence starter of the language follows (`in 2019.12 Next`).
    /// - Complexity: O(1): at most a few dozen code units are looked at.
    static func end(in units: [UInt16], at offset: Int, rules: LanguageRules) -> Int? {
        guard offset > 1, offset < units.count else { return nil }
        var stop = offset - 1
        while stop > 1, units[stop] != 0x5D, CharacterClass.isCloser(units[stop]) { stop -= 1 }
        let stopUnit = units[stop]
        guard stopUnit == 0x2E || stopUnit == 0x21 || stopUnit == 0x3F, stop > 0 else { return nil }
        let before = units[stop - 1]
        let first = units[offset]
        if isSuperscriptDigit(first) {
            var end = offset
            while end < units.count, isSuperscriptDigit(units[end]) { end += 1 }
            return end
        }
        if first == 0x5B {
            var end = offset
            while end < units.count, units[end] == 0x5B, let close = bracketedNoteEnd(in: units, from: end) {
                end = close
            }
            return end > offset ? end : nil
        }
        let followedByBreak = { (end: Int) in end == units.count || CharacterClass.isSpace(units[end]) }
        if CharacterClass.isDigit(first), stopUnit == 0x2E {
            var end = offset
            while end < units.count, CharacterClass.isDigit(units[end]), end - offset <= longestNumber { end += 1 }
            guard end - offset <= longestNumber, followedByBreak(end) else { return nil }
            let length = wordLength(in: units, before: stop)
            if CharacterClass.isLowercaseLatin(before), length >= 2,
                rules.abbreviationTable.value(in: units, (stop - length)..<(stop + 1)) == nil
            {
                return end
            }
            if CharacterClass.isDigit(before), end - offset <= 2, isYear(in: units, before: stop) {
                var next = end
                while next < units.count, CharacterClass.isSpace(units[next]) { next += 1 }
                if SentenceStarter.isStarter(in: units, at: next, rules: rules) { return end }
            }
            return nil
        }
        if CharacterClass.isLowercaseLatin(first), stopUnit == 0x2E, followedByBreak(offset + 1),
            CharacterClass.isLowercaseLatin(before), wordLength(in: units, before: stop) >= 2
        {
            return offset + 1
        }
        return nil
    }

    /// The end of `[…]` starting at `start`: at most `longestBracketedNote` units, no stop or bracket inside.
    private static func bracketedNoteEnd(in units: [UInt16], from start: Int) -> Int? {
        var index = start + 1
        while index < units.count, index - start <= longestBracketedNote {
            let unit = units[index]
            if unit == 0x5D { return index > start + 1 ? index + 1 : nil }
            if unit == 0x5B || unit == 0x2E || unit == 0x21 || unit == 0x3F || CharacterClass.isLineBreak(unit) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// How many Latin letters run back from `end` (exclusive).
    private static func wordLength(in units: [UInt16], before end: Int) -> Int {
        var start = end
        while start > 0, CharacterClass.isLatinLetter(units[start - 1]) { start -= 1 }
        return end - start
    }

    /// Whether exactly four digits, 1800 to 2199, end at `end` (exclusive).
    private static func isYear(in units: [UInt16], before end: Int) -> Bool {
        guard end >= 4 else { return false }
        var value = 0
        for index in (end - 4)..<end {
            guard let digit = CharacterClass.digitValue(units[index]) else { return false }
            value = value * 10 + digit
        }
        if end > 4, CharacterClass.isDigit(units[end - 5]) || units[end - 5] == 0x2E { return false }
        return (1800...2199).contains(value)
    }

    /// `¹ ² ³ ⁰ ⁴ … ⁹`.
    static func isSuperscriptDigit(_ unit: UInt16) -> Bool {
        unit == 0xB9 || unit == 0xB2 || unit == 0xB3 || unit == 0x2070 || (0x2074...0x2079).contains(unit)
    }
}
