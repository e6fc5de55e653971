/// Codes that contain digits but are not quantities, in either language: `LLDC3`, `ADF14`, `COVID-19`,
/// `77/158`, and an all-capitals code with a space before a short number where the text then closes or ends
/// (`(LLDC 3)`). The value is the code as written without spaces, full-width forms folded to ASCII, so that
/// `LLDC 3`, `LLDC3` and `ＬＬＤＣ３` are equal.
package enum IdentifierScanner {
    /// - Complexity: O(n) in the number of tokens.
    package static func identifiers(in text: TokenizedText) -> [NumberMention] {
        var found: [NumberMention] = []
        var index = 0
        let tokens = text.tokens
        while index < tokens.count {
            let token = tokens[index]
            var last: Int?
            if token.kind == .word, let first = text.firstUnit(index), CharacterClass.isCapital(first) {
                if text.kind(index + 1) == .number {
                    last = index + 1  // LLDC3, ADF14
                } else if text.isCharacter(index + 1, 0x2D), text.kind(index + 2) == .number, isAllCapitals(index, text)
                {
                    last = index + 2  // COVID-19
                } else if isAllCapitals(index, text), token.range.count >= 2, text.followsSingleSpace(index + 2),
                    text.kind(index + 2) == .number, tokens[index + 2].range.count <= 2,
                    isPlainDigits(index + 2, text), closesAfter(index + 2, text)
                {
                    last = index + 2  // LLDC 3)
                }
            } else if token.kind == .number, isPlainDigits(index, text), text.isCharacter(index + 1, 0x2F),
                text.kind(index + 2) == .number, isPlainDigits(index + 2, text)
            {
                last = index + 2  // 77/158
            }
            if let last {
                let range = token.range.lowerBound..<tokens[last].range.upperBound
                found.append(NumberMention(kind: .identifier, range: range, code: code(range, text)))
                index = last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    private static func code(_ range: Range<Int>, _ text: TokenizedText) -> String {
        var scalars = String.UnicodeScalarView()
        for unit in text.units[range] where !CharacterClass.isSpace(unit) {
            let folded = (0xFF01...0xFF5E).contains(unit) ? unit - 0xFEE0 : unit
            scalars.append(Unicode.Scalar(folded) ?? "?")
        }
        return String(scalars)
    }

    private static func isAllCapitals(_ index: Int, _ text: TokenizedText) -> Bool {
        text.units[text.tokens[index].range].allSatisfy(CharacterClass.isCapital)
    }

    private static func isPlainDigits(_ index: Int, _ text: TokenizedText) -> Bool {
        text.units[text.tokens[index].range].allSatisfy(CharacterClass.isDigit)
    }

    /// Whether the text closes or ends right after token `index`: a closing bracket, a comma, a stop, the end.
    private static func closesAfter(_ index: Int, _ text: TokenizedText) -> Bool {
        guard let next = text.firstUnit(index + 1) else { return true }
        return CharacterClass.isCloser(next) || next == 0x2C || next == 0x3B || next == 0x3001
            || CharacterClass.isSentenceTerminal(next)
    }
}
