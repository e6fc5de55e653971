/// A time of day written with a colon, the same way in every language: `10:30`, `２２：１５`, `02:33`.
package enum ColonTime {
    /// The hour (0 to 23) and minute of the time starting at token `index`, and the index of its last token: an
    /// hour of one or two digits, a colon and two digits of minutes, written together and not followed by
    /// another colon or number (`10:30:15`, `3:1` are not read).
    /// - Complexity: O(1).
    package static func time(at index: Int, in text: TokenizedText) -> (hour: Int, minute: Int, last: Int)? {
        guard text.kind(index) == .number, text.kind(index + 2) == .number,
            text.isCharacter(index + 1, 0x3A) || text.isCharacter(index + 1, 0xFF1A),
            text.tokens[index + 1].range.lowerBound == text.tokens[index].range.upperBound,
            text.tokens[index + 2].range.lowerBound == text.tokens[index + 1].range.upperBound,
            (1...2).contains(text.tokens[index].range.count), text.tokens[index + 2].range.count == 2,
            text.units[text.tokens[index].range].allSatisfy(CharacterClass.isDigit),
            text.units[text.tokens[index + 2].range].allSatisfy(CharacterClass.isDigit),
            let hour = DecimalNumber(digits: text.units[text.tokens[index].range])?.integerValue, hour <= 23,
            let minute = DecimalNumber(digits: text.units[text.tokens[index + 2].range])?.integerValue, minute < 60,
            text.kind(index + 3) != .number, !text.isCharacter(index + 3, 0x3A), !text.isCharacter(index + 3, 0xFF1A)
        else { return nil }
        return (hour, minute, index + 2)
    }
}
