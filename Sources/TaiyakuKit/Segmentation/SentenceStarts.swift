/// Sentence starts ICU does not propose, found in one pass over a paragraph:
/// - after a footnote or citation mark that follows a stop (`martyr.[1] The`, `activated.a The`);
/// - after an ellipsis character followed by a capitalised word (`were held… The ministers`; ICU breaks after
///   `...` but never after `…`);
/// - at an ellipsis that starts a sentence after a sentence end (`in my product. ... was too yellow`: ICU takes
///   the dots for more of the stop);
/// - at the label of an enumerated item inside the paragraph (`… 2.) The second item`).
struct SentenceStarts {
    /// The offsets at which a sentence starts, in increasing order, each after the white space before it.
    let offsets: [Int]
    /// The items among them, by the offset of their label.
    let items: [Int: InlineItem]

    /// - Parameters:
    ///   - units: the paragraph's text.
    ///   - protectedPrefix: the length of the paragraph's own label; nothing starts inside it.
    ///   - marks: the paragraph's `PunctuationMarks`.
    ///   - items: the paragraph's inline items (`InlineItem.items(in:marks:)`).
    /// - Complexity: O(m) in the number of marks.
    init(units: [UInt16], protectedPrefix: Int, marks: PunctuationMarks, items: [InlineItem], rules: LanguageRules) {
        var offsets: [Int] = []
        var itemStarts: [Int: InlineItem] = [:]
        for item in items where item.startsSegment && item.label.lowerBound > protectedPrefix {
            itemStarts[item.label.lowerBound] = item
        }
        let count = units.count
        var index = protectedPrefix
        for stop in marks.offsets where stop >= index {
            let unit = units[stop]
            guard unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026 else { continue }
            index = stop + 1
            var markStart = index
            while markStart < count, markStart - index < 3, units[markStart] != 0x5B,
                CharacterClass.isCloser(units[markStart])
            {
                markStart += 1
            }
            var next: Int
            if unit == 0x2026 {
                next = markStart
            } else if let markEnd = FootnoteMark.end(in: units, at: markStart, rules: rules) {
                next = markEnd
            } else {
                if let ellipsis = Self.ellipsis(afterStop: stop, in: units, rules: rules) {
                    offsets.append(ellipsis.lowerBound)
                    index = ellipsis.upperBound
                }
                continue
            }
            let afterMark = next
            while next < count, CharacterClass.isSpace(units[next]) { next += 1 }
            guard next < count else { continue }
            let startsSentence = unit == 0x2026
                ? next > afterMark && CharacterClass.isUppercaseLatin(units[next])
                : !CharacterClass.isLowercaseLatin(units[next])
            if startsSentence {
                offsets.append(next)
            }
            index = max(index, afterMark)
        }
        if !itemStarts.isEmpty {
            offsets = Array(Set(offsets).union(itemStarts.keys)).sorted()
        }
        self.offsets = offsets
        self.items = itemStarts
    }

    /// An ellipsis (`...` or `…`) after the white space that follows the sentence end at `stop`, with a word after
    /// it: the start of the next sentence. The spaced form `. . .` after a stop is the four-dot ellipsis that ends a
    /// sentence (`notice. . . .`), not a start.
    private static func ellipsis(afterStop stop: Int, in units: [UInt16], rules: LanguageRules) -> Range<Int>? {
        guard let start = SentenceEnd.nextStart(after: stop, in: units) else { return nil }
        var end = start
        if units[start] == 0x2026 {
            end = start + 1
        } else if start + 3 <= units.count, units[start] == 0x2E, units[start + 1] == 0x2E, units[start + 2] == 0x2E {
            end = start + 3
            while end < units.count, units[end] == 0x2E { end += 1 }
        } else {
            return nil
        }
        var word = end
        while word < units.count, CharacterClass.isSpace(units[word]) { word += 1 }
        guard word < units.count, CharacterClass.isLatinLetter(units[word]) || CharacterClass.isDigit(units[word])
            || CharacterClass.isWide(units[word]),
            SentenceEnd.isStop(at: stop, in: units, rules: rules)
        else { return nil }
        return start..<end
    }
}
