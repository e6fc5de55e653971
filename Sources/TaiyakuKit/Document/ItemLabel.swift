/// The label that starts a numbered or bulleted item (`1.`, `1.)`, `１．`, `(1)`, `（１）`, `a.`, `(a)`, `iv.`,
/// `A.`, `①`, `・`, `•`, `⁃`), or the Roman section number that starts a heading (`II Cooperation in other fields`).
struct ItemLabel: Equatable {
    /// The label's characters.
    let range: Range<Int>
    /// The label plus the white space after it.
    let lengthWithSpaces: Int
    /// Whether the label starts an item only after a sentence end, a colon or a blank line: a capital letter with
    /// a stop (`A. General provisions`) also starts a wrapped line that holds an initial (`… signed by` /
    /// `J. Smith`).
    var needsSentenceEndBefore = false

    /// The item label at the start of `content`, if it has one followed by item text.
    /// - Complexity: O(1): at most a few characters are looked at.
    static func parse(_ units: [UInt16], in content: Range<Int>) -> ItemLabel? {
        let start = content.lowerBound
        let end = content.upperBound
        guard start < end else { return nil }
        var index = start
        let first = units[index]
        var labelEnd: Int?
        if CharacterClass.isDigit(first) {
            while index < end, index - start < 3, CharacterClass.isDigit(units[index]) { index += 1 }
            if index < end {
                let mark = units[index]
                let after = index + 1 < end ? units[index + 1] : nil
                switch mark {
                case 0x2E:  // "1. Both" or "1.双方": a space or a wide character after the stop, never a digit.
                    if let after, CharacterClass.isSpace(after) || CharacterClass.isWide(after) {
                        labelEnd = index + 1
                    } else if after == 0x29, index + 2 < end, !CharacterClass.isDigit(units[index + 2]) {
                        labelEnd = index + 2  // "1.) The first item"
                    }
                case 0xFF0E, 0x29, 0xFF09:  // "１．" "1)" "1）"
                    if let after, !CharacterClass.isDigit(after) { labelEnd = index + 1 }
                default:
                    break
                }
            }
        } else if first == 0x28 || first == 0xFF08 {  // "(1)" "（１）" "(a)" "(iv)"
            index += 1
            let innerStart = index
            while index < end, index - innerStart < 3,
                CharacterClass.isDigit(units[index]) || (index == innerStart && CharacterClass.isLowercaseLatin(units[index]))
            {
                index += 1
            }
            if index == innerStart + 1, CharacterClass.isLowercaseLatin(units[innerStart]) {
                while index < end, index - innerStart < 4, isLowercaseRomanLetter(units[index]) { index += 1 }
                if !isLowercaseRoman(units[innerStart..<index]) { index = innerStart + 1 }
            }
            if index > innerStart, index < end, units[index] == 0x29 || units[index] == 0xFF09 {
                labelEnd = index + 1
            }
        } else if (0x61...0x7A).contains(first) || isCapitalLetterLabel(first) {
            // "a. The first item", "b) …", "iv. …", "A. General provisions": a letter or a lower-case Roman
            // numeral, then a stop or a parenthesis and a space.
            while index < end, index - start < 4, isLowercaseRomanLetter(units[index]) { index += 1 }
            let letters = units[start..<max(index, start + 1)]
            if letters.count > 1 && !isLowercaseRoman(letters) { index = start }
            if index == start { index += 1 }
            if index + 1 < end, units[index] == 0x2E || units[index] == 0x29, CharacterClass.isSpace(units[index + 1]) {
                labelEnd = index + 1
            }
        } else if (0x2460...0x2473).contains(first) {  // ① … ⑳
            labelEnd = index + 1
        } else if [0x30FB, 0x2022, 0x25CF, 0x25A0, 0x25C6, 0x25CB, 0x2043, 0x2023, 0x25E6, 0x25AA].contains(first) {
            labelEnd = index + 1  // ・ • ● ■ ◆ ○ ⁃ ‣ ◦ ▪
        } else if first == 0x2D || first == 0x2A || first == 0x2013 {  // "- " "* " "– "
            if index + 1 < end, CharacterClass.isSpace(units[index + 1]) { labelEnd = index + 1 }
        }
        guard let labelEnd else { return nil }
        var textStart = labelEnd
        while textStart < end, CharacterClass.isSpace(units[textStart]) { textStart += 1 }
        guard textStart < end else { return nil }
        return ItemLabel(
            range: start..<labelEnd, lengthWithSpaces: textStart - start,
            needsSentenceEndBefore: isCapitalLetterLabel(first))
    }

    /// Bullets that mark items in running text too (`Priorities • Energy • Water`); not `・`, which also joins the
    /// parts of a name, nor `○`, which also marks a heading.
    static func isInlineBullet(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25CF, 0x25A0, 0x25C6: return true
        default: return false
        }
    }

    /// A capital letter that labels an item (`A.`); `I`, `V` and `X` number sections (`romanSectionNumber`).
    private static func isCapitalLetterLabel(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) && unit != 0x49 && unit != 0x56 && unit != 0x58
    }

    private static func isLowercaseRomanLetter(_ unit: UInt16) -> Bool {
        unit == 0x69 || unit == 0x76 || unit == 0x78
    }

    /// Whether `letters` is a lower-case Roman numeral from i to xxxix.
    private static func isLowercaseRoman(_ letters: some Collection<UInt16>) -> Bool {
        romanValue(letters.map { $0 - 0x20 }) != nil
    }

    /// A Roman numeral (I to XXXIX, optionally with a full stop) followed by a space and a capitalised word.
    static func romanSectionNumber(in units: [UInt16]) -> ItemLabel? {
        var index = 0
        while index < units.count, index < 8, [0x49, 0x56, 0x58].contains(units[index]) { index += 1 }
        guard index > 0, isRomanNumeral(units[0..<index]) else { return nil }
        var labelEnd = index
        if labelEnd < units.count, units[labelEnd] == 0x2E { labelEnd += 1 }
        var textStart = labelEnd
        while textStart < units.count, CharacterClass.isSpace(units[textStart]) { textStart += 1 }
        guard textStart > labelEnd, textStart < units.count, CharacterClass.isUppercaseLatin(units[textStart]) else {
            return nil
        }
        return ItemLabel(range: 0..<labelEnd, lengthWithSpaces: textStart)
    }

    /// The value of a Roman numeral written with I, V and X, or `nil` when it is not well formed.
    static func romanValue(_ units: some Collection<UInt16>) -> Int? {
        let valid = (1...39).map { romanNumeral($0) }
        let text = String(units: Array(units))
        return valid.firstIndex(of: text).map { $0 + 1 }
    }

    private static func isRomanNumeral(_ units: some Collection<UInt16>) -> Bool {
        romanValue(units) != nil
    }

    private static func romanNumeral(_ value: Int) -> String {
        let tens = String(repeating: "X", count: value / 10)
        let ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][value % 10]
        return tens + ones
    }
}
