import Testing

@testable import TaiyakuKit

/// The scans that pass over runs of eight code units at once (line breaks, punctuation marks and brackets) find
/// exactly what a scan of one code unit at a time finds, wherever the run boundaries fall.
@Suite struct ScanEquivalenceTests {
    private static let text =
        "Both sides (Japan and Tajikistan) agreed… • Energy • Water!\r\n「協力は重要だ。」と述べた（非公開）。\u{2028}"
        + "Did they? Yes.\u{85}“Quoted” text\r\tEnd 『終』\n\nLast line 1) 2) 3."

    @Test(arguments: 0..<9)
    func linesAreFoundAtEveryAlignment(offset: Int) {
        let units = Array((String(repeating: "x", count: offset) + Self.text).utf16)
        var expected: [Range<Int>] = []
        var start = 0
        var index = 0
        while index <= units.count {
            if index == units.count || CharacterClass.isLineBreak(units[index]) {
                expected.append(start..<index)
                if index == units.count { break }
                var next = index + 1
                if units[index] == 0x0D, next < units.count, units[next] == 0x0A { next += 1 }
                start = next
                index = next
                continue
            }
            index += 1
        }
        #expect(LayoutAnalyzer.lines(of: units) == expected)
    }

    @Test(arguments: 0..<9)
    func marksAndBracketsAreFoundAtEveryAlignment(offset: Int) throws {
        let units = Array((String(repeating: "x", count: offset) + Self.text).utf16)
        let rules = try LanguageRules.builtIn(for: .japanese)
        let marks = PunctuationMarks(in: units, from: 0, brackets: rules.brackets)
        let expectedMarks = units.indices.filter { index in
            let unit = units[index]
            return [0x21, 0x29, 0x2E, 0x3F, 0x2026].contains(unit) || ItemLabel.isInlineBullet(unit)
        }
        #expect(marks.offsets == expectedMarks)
        #expect(marks.brackets == units.indices.filter { rules.brackets.isBracket(units[$0]) })
        #expect(!marks.brackets.isEmpty)
    }
}
