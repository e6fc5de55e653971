/// Dates in ISO 8601 form, written the same way in every language: `2024-01-23` (also with full-width digits or
/// slashes: `2024/01/23`). A month and day of two digits each are required, so `2018-2028` stays a year range.
package enum ISODateScanner {
    /// The ISO date starting at token `index` and the index of the token after it.
    /// - Complexity: O(1).
    package static func date(at index: Int, in text: TokenizedText) -> (DateMention, Int)? {
        guard index + 4 < text.tokens.count, isDigits(index, count: 4, text),
            let separator = text.firstUnit(index + 1), separator == 0x2D || separator == 0x2F || separator == 0xFF0D,
            text.tokens[index + 1].range.count == 1, isDigits(index + 2, count: 2, text),
            text.isCharacter(index + 3, separator), isDigits(index + 4, count: 2, text),
            text.kind(index + 5) != .word, text.kind(index + 5) != .number,
            let year = value(index, text), let month = value(index + 2, text), let day = value(index + 4, text)
        else { return nil }
        let range = text.tokens[index].range.lowerBound..<text.tokens[index + 4].range.upperBound
        return (DateMention(range: range, start: .init(year: .absolute(year), month: month, day: day)), index + 5)
    }

    private static func isDigits(_ index: Int, count: Int, _ text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        return token.kind == .number && token.range.count == count
            && text.units[token.range].allSatisfy(CharacterClass.isDigit)
    }

    private static func value(_ index: Int, _ text: TokenizedText) -> Int? {
        DecimalNumber(digits: text.units[text.tokens[index].range])?.integerValue
    }
}
