/// Names in Japanese text: katakana words, romanised (`アシガバット` → `ashigabatto`), and Latin-script tokens
/// (`GOSAT`, `WCO`, `SDGs`, `GREEN×EXPO`), NFKC-normalised and lower-cased so they equal the same token in English.
///
/// Katakana words include ordinary loanwords (`エネルギー`, `プロジェクト`), so they weigh less (0.5) than Latin
/// tokens (0.8); a name only counts when the other side has a counterpart (see `NameMatcher`).
package struct JapaneseNameGrammar: NameGrammar {
    package init() {}

    package func properNouns(in texts: [(TokenizedText, SegmentShape)]) -> Set<String> { [] }

    package func nameMentions(
        in text: TokenizedText, shape: SegmentShape, properNouns: Set<String>
    ) throws(ICUError) -> [NameMention] {
        var mentions: [NameMention] = []
        var index = 0
        while index < text.tokens.count {
            let token = text.tokens[index]
            switch token.kind {
            case .katakana where Self.letterCount(text.units[token.range]) >= 2:
                let value = KatakanaRomanizer.romanize(text.text(index))
                if !value.isEmpty {
                    mentions.append(NameMention(range: token.range, value: value, weight: 0.5))
                }
                index += 1
            case .word:
                let last = endOfLatinRun(from: index, in: text)
                if let last {
                    let range = token.range.lowerBound..<text.tokens[last].range.upperBound
                    mentions.append(NameMention(range: range, value: try latinValue(of: range, in: text), weight: 0.8))
                    index = last + 1
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        return mentions
    }

    /// The last token of a Latin-script name starting at `index`: words joined by `×`, `&`, `-`, `.` or a single
    /// space. `nil` when the word is part of a code (`LLDC3`) or is a single letter.
    private func endOfLatinRun(from index: Int, in text: TokenizedText) -> Int? {
        if text.kind(index + 1) == .number { return nil }
        var last = index
        while true {
            if let joiner = text.firstUnit(last + 1), Self.joiners.contains(joiner),
                text.tokens[last + 1].range.count == 1,
                text.kind(last + 2) == .word, text.kind(last + 3) != .number
            {
                last += 2
            } else if text.followsSingleSpace(last + 2), text.kind(last + 2) == .word, text.kind(last + 3) != .number {
                last += 2
            } else {
                break
            }
        }
        let letters = text.tokens[index...last].filter { $0.kind == .word }.reduce(0) { $0 + $1.range.count }
        return letters >= 2 ? last : nil
    }

    /// Katakana letters, not counting `ー` and `・`: `デー` has one.
    private static func letterCount(_ units: ArraySlice<UInt16>) -> Int {
        units.filter(TokenizedText.isKatakanaLetter).count
    }

    /// `×` `✕` `&` `-` `.` and their full-width forms.
    private static let joiners: Set<UInt16> = [0xD7, 0x2715, 0x26, 0x2D, 0x2E, 0xFF06, 0xFF0D, 0xFF0E]

    private func latinValue(of range: Range<Int>, in text: TokenizedText) throws(ICUError) -> String {
        let normalized = try UnicodeNormalization.nfkc(text.text(in: range))
        var value = ""
        for character in normalized.lowercased() {
            switch character {
            case "×", "✕": value.append("x")
            default: value.append(character)
            }
        }
        return value
    }
}
