/// The offsets in a paragraph of the characters the rules beyond ICU start from: stops (`.`, `!`, `?`), the
/// ellipsis `…`, closing parentheses (item labels such as `2)`) and bullets. Found in one pass, so that the rules
/// look at a few hundredths of the text instead of all of it.
struct PunctuationMarks {
    let offsets: [Int]
    /// The offsets of the characters that open or close a bracket or quotation pair of the language, found in the
    /// same pass (`SentenceBreakRules` matches them).
    let brackets: [Int]

    /// `!` `)` `.` `?` as bits of the code units below 0x40.
    private static let asciiMarks: UInt64 = 1 << 0x21 | 1 << 0x29 | 1 << 0x2E | 1 << 0x3F

    /// - Complexity: O(n) in the length of `units`, without allocation beyond the offsets found.
    init(in units: [UInt16], from start: Int, brackets pairs: BracketTable = BracketTable(pairs: [:])) {
        (offsets, brackets) = units.withUnsafeBufferPointer { buffer in
            var offsets: [Int] = []
            var brackets: [Int] = []
            // Prose has a mark every few dozen characters: one allocation instead of growing from one.
            offsets.reserveCapacity(buffer.count / 16 + 1)
            let findsBrackets = !pairs.isEmpty
            let asciiMarks = Self.asciiMarks
            var index = start
            while index < buffer.count {
                let unit = buffer[index]
                if unit < 0x40 {
                    if asciiMarks & (1 &<< UInt64(unit)) != 0 { offsets.append(index) }
                } else if unit >= 0x2022, unit <= 0x25E6, unit == 0x2026 || ItemLabel.isInlineBullet(unit) {
                    offsets.append(index)
                }
                if findsBrackets, pairs.isBracket(unit) { brackets.append(index) }
                index += 1
            }
            return (offsets, brackets)
        }
    }
}
