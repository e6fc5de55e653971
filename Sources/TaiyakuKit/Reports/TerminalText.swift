/// Text bound for a terminal: the input's control characters shown escaped, and widths in columns.
///
/// A document under review is untrusted input: an escape character in it must not drive the terminal that shows the
/// report. Text, `segment` lines and batch summaries pass everything they take from the input through `escaped(_:)`;
/// JSON, SARIF, JUnit, HTML and TMX keep the text exactly (their own encodings escape what they must).
package enum TerminalText {
    /// `text` with each control character (C0 but the tab, DEL, C1) and each bidirectional formatting character
    /// written as `\u001B`: visible, and inert in a terminal.
    /// - Parameter foldingSpace: tabs and line breaks become a space (for excerpts set in one flowing line).
    package static func escaped(_ text: String, foldingSpace: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || (foldingSpace && isFoldedSpace($0)) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if foldingSpace && isFoldedSpace(scalar) {
                result.append(" ")
            } else if needsEscape(scalar) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` escaped line by line: its line breaks kept, every other control character shown escaped (for
    /// messages of several lines, such as errors on standard error).
    package static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// `\u001B`: four (or more) uppercase hexadecimal digits.
    package static func escape(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Control characters (but the tab) and the bidirectional embeddings, overrides and isolates.
    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func isFoldedSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// Columns `text` takes in a terminal: two for wide East Asian characters, one for the others.
    package static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one character takes: two for a wide East Asian character, one otherwise.
    package static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let wide = scalar.value <= 0xFFFF
            ? CharacterClass.isWide(UInt16(scalar.value)) : (0x20000...0x3FFFF).contains(scalar.value)
        return wide ? 2 : 1
    }
}
