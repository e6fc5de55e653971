/// A stop that ends a sentence, for the rules that start a segment after one (`… sleeker. 3) support …`,
/// `… website. - We send …`, `… product. ... was …`), where ICU proposes no break.
enum SentenceEnd {
    /// Whether the `.`, `!` or `?` at `stop` ends a sentence: not one dot of an ellipsis, and a full stop not after
    /// an abbreviation of the language (`etc.`, `No.`) or an initial (`J.`).
    /// - Complexity: O(1): at most `SentenceBreakRules.longestToken` code units are looked at.
    static func isStop(at stop: Int, in units: [UInt16], rules: LanguageRules) -> Bool {
        guard stop > 0, stop < units.count else { return false }
        let unit = units[stop]
        guard unit == 0x2E || unit == 0x21 || unit == 0x3F else { return false }
        let before = units[stop - 1]
        if before == 0x2E || CharacterClass.isSpace(before) { return false }
        guard unit == 0x2E else { return true }
        var start = stop
        while start > 0, !CharacterClass.isSpace(units[start - 1]), stop - start < SentenceBreakRules.longestToken {
            start -= 1
        }
        while start < stop, CharacterClass.isOpener(units[start]) { start += 1 }
        if rules.abbreviationTable.value(in: units, start..<(stop + 1)) != nil { return false }
        // An initial: one capital letter.
        return !(stop - start == 1 && CharacterClass.isUppercaseLatin(units[start]))
    }

    /// Where the text after the sentence end at `stop` resumes: after closing quotes or brackets and at least one
    /// white space, or `nil` when no white space follows.
    static func nextStart(after stop: Int, in units: [UInt16]) -> Int? {
        var index = stop + 1
        while index < units.count, index - stop <= 3, CharacterClass.isCloser(units[index]) { index += 1 }
        let spaceStart = index
        while index < units.count, CharacterClass.isSpace(units[index]) { index += 1 }
        return index > spaceStart && index < units.count ? index : nil
    }
}
