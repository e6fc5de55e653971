/// Finds the paragraphs, headings and list items of a document and repairs the damage PDF extraction does.
///
/// Rules, all decided on the original text without rewriting it:
/// - Lines separated by a single line break belong to one paragraph and are joined (so are the halves of a broken
///   sentence), unless the first is a heading or note without a final stop before a line of running text (one that
///   ends with a stop): it is short enough that the first word of the next line would have fitted on it (measured
///   against the longest line of the block, or 40 columns), it does not end in a comma, a hyphen or a continuation
///   word, and the next line does not start in lower case or with punctuation no line starts with. Title blocks,
///   signatures and lists of data lines without stops stay joined, and so do lines inside one Markdown bold span.
///   The joiner is nothing beside a wide (Japanese) character or after a hyphen, one space otherwise.
/// - A line that starts with an item label (`1.`, `１．`, `(1)`, `①`, `・`) starts a new list item; a line that
///   ends with a colon ends its paragraph, so the items after it stay separate.
/// - A blank line ends a paragraph unless it broke a sentence: the text before it has no sentence-final
///   punctuation and either the text after it starts with a lower-case letter (unless the text before it is one
///   short line, a heading: `Overview` / `iPhone sales rose …`), or the text before it ends with a
///   continuation word of the language (`and`, `of`, …), or a Japanese word was cut: the blank line falls inside
///   a run of kanji (`原` / `則`) or of katakana (`エン` / `パワーメント`), or before a kana no word starts with
///   (`推進す` / `ることで`), after no particle (`…変に` / `つまり…` are two paragraphs), and the unfinished
///   sentence before it holds a comma and a topic (`双方は、`), as running text does and a headline does not
///   (`…手続きに備え法律事務所を雇用` / `国土安全保障省は…` are two paragraphs).
/// - Markdown bold markers (`**`) at the start or end of a line are not part of the text.
/// - A short paragraph with no sentence-final punctuation, at its end or inside, is a heading; one that ends in a
///   comma is a clause of a longer sentence (a preamble's `Recognizing …,`), not a heading.
package struct LayoutAnalyzer: Sendable {
    public let rules: LanguageRules

    public init(rules: LanguageRules) {
        self.rules = rules
    }

    /// The paragraphs of `document`, in order.
    /// - Complexity: O(n) in the length of the document.
    public func paragraphs(of document: Document) -> [Paragraph] {
        var builder = Builder(units: document.units, rules: rules)
        let units = document.units
        let lines = Self.lines(of: units)
        var blockStart = 0
        // Whether the last non-blank line before the block ends with a colon (it introduces a list).
        var afterColon = false
        while blockStart < lines.count {
            // A block is a run of non-blank lines; its widest line tells how wide its text was wrapped.
            var blockEnd = blockStart
            while blockEnd < lines.count, !Builder.isBlank(lines[blockEnd], in: units) { blockEnd += 1 }
            var wrapWidth = Self.narrowestWrap
            var itemEnds: [Bool] = []
            if blockEnd - blockStart > 1 {
                let contents = lines[blockStart..<blockEnd].map { Builder.content(of: $0, in: units).range }
                for content in contents {
                    wrapWidth = max(wrapWidth, Self.width(of: content, in: units))
                }
                itemEnds = Builder.listItemEnds(
                    of: contents, wrapWidth: wrapWidth, afterColon: afterColon, in: units, rules: rules)
            }
            for (position, line) in lines[blockStart..<blockEnd].enumerated() {
                builder.addLine(
                    line, wrapWidth: wrapWidth, afterListItem: position > 0 && itemEnds[position - 1])
            }
            if blockEnd > blockStart {
                let last = Builder.content(of: lines[blockEnd - 1], in: units).range
                afterColon = !last.isEmpty && CharacterClass.isColon(units[last.upperBound - 1])
            }
            if blockEnd < lines.count {
                builder.addLine(lines[blockEnd], wrapWidth: Self.narrowestWrap)
            }
            blockStart = blockEnd + 1
        }
        builder.finish()
        return builder.paragraphs
    }

    /// Text is not wrapped narrower than this (in columns, a wide character counting two): lines of a block whose
    /// widest line is shorter are a list, not a wrapped paragraph.
    static let narrowestWrap = 40

    /// The ranges of the lines of `units`, without their line breaks (LF, CRLF, CR and the Unicode separators).
    /// - Complexity: O(n), one pass; most code units are told apart from a line break by one comparison.
    static func lines(of units: [UInt16]) -> [Range<Int>] {
        units.withUnsafeBufferPointer { buffer in
            var lines: [Range<Int>] = []
            var lineStart = 0
            let count = buffer.count
            while lineStart <= count {
                var lineEnd = lineStart
                while lineEnd < count {
                    let unit = buffer[lineEnd]
                    // Every line break is 0x0D or below, 0x85, 0x2028 or 0x2029.
                    if unit > 0x0D, unit < 0x2028 || unit > 0x2029, unit != 0x85 {
                        lineEnd += 1
                    } else if CharacterClass.isLineBreak(unit) {
                        break
                    } else {
                        lineEnd += 1
                    }
                }
                lines.append(lineStart..<lineEnd)
                if lineEnd >= count { break }
                lineStart = lineEnd + 1
                if buffer[lineEnd] == 0x0D, lineStart < count, buffer[lineStart] == 0x0A {
                    lineStart += 1
                }
            }
            return lines
        }
    }

    /// The width of `range` in columns: two for a wide (Japanese) character, one for any other.
    static func width(of range: Range<Int>, in units: [UInt16]) -> Int {
        var width = 0
        for index in range {
            width += CharacterClass.isWide(units[index]) ? 2 : 1
        }
        return width
    }
}

extension LayoutAnalyzer {
    /// Accumulates lines into paragraphs in one pass.
    fileprivate struct Builder {
        let units: [UInt16]
        let rules: LanguageRules
        var paragraphs: [Paragraph] = []
        var text: [UInt16] = []
        var offsets = OffsetMap()
        var label: ItemLabel?
        var blankSincePreviousLine = false
        /// The content of the last line added.
        var lastLine = 0..<0
        /// How many lines the paragraph so far holds.
        var lineCount = 0
        /// Whether a Markdown bold span opened on an earlier line is still open.
        var insideBold = false

        init(units: [UInt16], rules: LanguageRules) {
            self.units = units
            self.rules = rules
        }

        /// Adds the next line of the document.
        /// - Parameter wrapWidth: the width its block of lines was wrapped at, in columns.
        /// - Parameter afterListItem: whether the line before it ends an item of a list of short lines
        ///   (`listItemEnds(of:wrapWidth:afterColon:in:rules:)`).
        mutating func addLine(_ line: Range<Int>, wrapWidth: Int, afterListItem: Bool = false) {
            let (content, opensBold, closesBold) = Self.content(of: line, in: units)
            if content.isEmpty {
                if Self.isBlank(line, in: units) {
                    blankSincePreviousLine = true
                    insideBold = false
                }
                return
            }
            var itemLabel = ItemLabel.parse(units, in: content)
            // `A. …` starts an item after a sentence end, a colon, a blank line or another item so labelled.
            if let weak = itemLabel, weak.needsSentenceEndBefore, !text.isEmpty, !blankSincePreviousLine,
                !endsSentence, !endsWithColon, label?.needsSentenceEndBefore != true
            {
                itemLabel = nil
            }
            if !text.isEmpty {
                let continues: Bool
                if itemLabel != nil || endsWithColon {
                    continues = false
                } else if blankSincePreviousLine {
                    continues = continuesAcrossBlankLine(next: content)
                } else {
                    continues = insideBold || !afterListItem && !endsOnPurpose(next: content, wrapWidth: wrapWidth)
                }
                if !continues {
                    finish()
                }
            }
            if text.isEmpty {
                label = itemLabel
            } else {
                appendJoiner(before: units[content.lowerBound])
            }
            offsets.append(textStart: text.count, originalStart: content.lowerBound, length: content.count)
            text.append(contentsOf: units[content])
            blankSincePreviousLine = false
            lastLine = content
            lineCount += 1
            if opensBold && !closesBold {
                insideBold = true
            } else if closesBold {
                insideBold = false
            }
        }

        /// Whether the last line, which a single line break separates from `next`, ended where its writer ended
        /// it (a heading, a list of short lines, a link note) rather than where the text was wrapped.
        private func endsOnPurpose(next: Range<Int>, wrapWidth: Int) -> Bool {
            guard let last = text.last, !endsSentence, Self.endsSentence(next, in: units) else { return false }
            let first = units[next.lowerBound]
            if CharacterClass.isLowercaseLatin(first) || Self.neverStartsLine(first) {
                return false
            }
            if Self.isComma(last) || last == 0x2D || CharacterClass.isOpeningBracket(last) {
                return false
            }
            if CharacterClass.isLatinLetter(last), endsWithContinuationWord {
                return false
            }
            return Self.fits(lastLine, before: next, wrapWidth: wrapWidth, in: units)
        }

        /// Whether `line` ends with a sentence-final stop, closing quotes and brackets allowed after it: running text,
        /// not one more line of a title block, a signature or a list of data.
        private static func endsSentence(_ line: Range<Int>, in units: [UInt16]) -> Bool {
            var index = line.upperBound - 1
            while index >= line.lowerBound, CharacterClass.isCloser(units[index]) { index -= 1 }
            return index >= line.lowerBound && CharacterClass.isSentenceTerminal(units[index])
        }

        /// Punctuation no line starts with (a wrapping program keeps it with the line before): `、。，．」』）ー`
        /// and small kana, and Latin closing punctuation.
        private static func neverStartsLine(_ unit: UInt16) -> Bool {
            switch unit {
            case 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0x300D, 0x300F, 0xFF09, 0x3011, 0x3015, 0x30FC, 0x3063, 0x30C3,
                0x3083, 0x3085, 0x3087, 0x30E3, 0x30E5, 0x30E7, 0xFF01, 0xFF1F, 0x2C, 0x2E, 0x29, 0x5D, 0x3B, 0x3A:
                return true
            default:
                return false
            }
        }

        private static func isComma(_ unit: UInt16) -> Bool {
            unit == 0x2C || unit == 0x3001 || unit == 0xFF0C || unit == 0x3B || unit == 0xFF1B
        }

        mutating func finish() {
            guard !text.isEmpty else { return }
            let kind: Paragraph.Kind
            var labelText = label.map { String(units: units[$0.range]) }
            var labelLength = label.map { $0.lengthWithSpaces } ?? 0
            if label != nil {
                kind = .listItem
            } else if endsSentence || endsWithColon || endsWithComma || text.count > Self.longestHeading
                || holdsSentenceBreak
            {
                kind = .body
            } else {
                kind = .heading
                if let roman = ItemLabel.romanSectionNumber(in: text) {
                    labelText = String(units: text[roman.range])
                    labelLength = roman.lengthWithSpaces
                }
            }
            paragraphs.append(
                Paragraph(
                    index: paragraphs.count, kind: kind, label: labelText, units: text, offsets: offsets,
                    labelLength: labelLength))
            text = []
            offsets = OffsetMap()
            label = nil
            lineCount = 0
        }

        /// Headings are short; a longer paragraph without a final stop is running text whose last sentence lost it.
        static let longestHeading = 250

        /// Whether a sentence ends inside the paragraph: a stop followed by white space, closing quotes and brackets
        /// allowed between (`"stands withdrawn." It was`), an ideographic stop, or a bullet after white space (the
        /// paragraph is a list of items written in one line).
        private var holdsSentenceBreak: Bool {
            for index in text.indices.dropLast() {
                let unit = text[index]
                if unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F {
                    return true
                }
                if index > 0, ItemLabel.isInlineBullet(unit), CharacterClass.isSpace(text[index - 1]) {
                    return true
                }
                if CharacterClass.isSentenceTerminal(unit) {
                    var next = index + 1
                    while next < text.count - 1, CharacterClass.isCloser(text[next]) { next += 1 }
                    if CharacterClass.isSpace(text[next]) { return true }
                }
            }
            return false
        }

        /// Whether the paragraph so far ends with a sentence-final stop, allowing closing quotes after it.
        private var endsSentence: Bool {
            var index = text.count - 1
            while index >= 0, CharacterClass.isCloser(text[index]) {
                index -= 1
            }
            return index >= 0 && CharacterClass.isSentenceTerminal(text[index])
        }

        private var endsWithColon: Bool {
            guard let last = text.last else { return false }
            return CharacterClass.isColon(last)
        }

        /// A clause that a comma ends (`Recognizing the importance of …,`) is part of a sentence, never a heading.
        private var endsWithComma: Bool {
            guard let last = text.last else { return false }
            return Self.isComma(last)
        }

        /// Headings are at most this many words, unless written in title case.
        static let longestPlainHeading = 10

        /// Whether the paragraph so far reads as a heading that a lower-case paragraph may follow: one line
        /// without a stop, a final comma or continuation word, of a few words or in title case (`Overview`,
        /// `Three Priority Areas of Cooperation`).
        private var looksLikeHeading: Bool {
            guard lineCount == 1, let last = text.last, !Self.isComma(last), last != 0x2D, !holdsSentenceBreak else {
                return false
            }
            if CharacterClass.isLatinLetter(last), endsWithContinuationWord { return false }
            var words = 0
            var longWords = 0
            var capitalised = 0
            var wordStart: Int?
            for index in 0...text.count {
                let isLetter = index < text.count && !CharacterClass.isSpace(text[index])
                if isLetter, wordStart == nil {
                    wordStart = index
                } else if !isLetter, let start = wordStart {
                    words += 1
                    if index - start >= 4 {
                        longWords += 1
                        if CharacterClass.isUppercaseLatin(text[start]) || CharacterClass.isDigit(text[start]) {
                            capitalised += 1
                        }
                    }
                    wordStart = nil
                }
            }
            return words <= Self.longestPlainHeading || capitalised * 3 >= longWords * 2
        }

        /// Whether the text after a blank line continues the unfinished sentence before it.
        private func continuesAcrossBlankLine(next content: Range<Int>) -> Bool {
            guard !endsSentence else { return false }
            let first = units[content.lowerBound]
            if CharacterClass.isLowercaseLatin(first) {
                return !looksLikeHeading
            }
            guard let last = text.last else { return false }
            if CharacterClass.isLatinLetter(last), endsWithContinuationWord {
                return true
            }
            if cutsWord(last: last, first: first), !rules.paragraphFinalCharacters.contains(last) {
                return unfinishedSentenceHoldsCommaAndTopic
            }
            return false
        }

        /// Whether a Japanese word runs on from `last` to `first`: both are kanji, both katakana, or `first` is a kana
        /// no word starts with.
        private func cutsWord(last: UInt16, first: UInt16) -> Bool {
            if CharacterClass.isKanji(last) && CharacterClass.isKanji(first) { return true }
            if CharacterClass.isKatakana(last) && CharacterClass.isKatakana(first) { return true }
            return CharacterClass.isKanaOrKanji(last) && rules.wordInternalCharacters.contains(first)
        }

        /// Whether the paragraph so far ends with a continuation word of the language (`and`, `of`, in any case).
        private var endsWithContinuationWord: Bool {
            var start = text.count
            while start > 0, CharacterClass.isLatinLetter(text[start - 1]) {
                start -= 1
            }
            return rules.continuationWordTable.contains(text, start..<text.count, foldingCase: true)
        }

        /// Whether the text after the last sentence-final stop holds an ideographic or full-width comma and a topic
        /// marker right after kanji or katakana.
        private var unfinishedSentenceHoldsCommaAndTopic: Bool {
            var comma = false
            var topic = false
            var index = text.count - 1
            while index >= 0, !CharacterClass.isSentenceTerminal(text[index]) {
                let unit = text[index]
                if unit == 0x3001 || unit == 0xFF0C {
                    comma = true
                } else if index > 0, rules.topicMarkers.contains(unit),
                    CharacterClass.isKanji(text[index - 1]) || CharacterClass.isKatakana(text[index - 1])
                {
                    topic = true
                }
                index -= 1
            }
            return comma && topic
        }

        private mutating func appendJoiner(before next: UInt16) {
            guard let last = text.last else { return }
            if last == 0x2D || CharacterClass.isWide(last) || CharacterClass.isWide(next) {
                return
            }
            text.append(0x20)
        }

        /// The line without surrounding white space and without Markdown bold markers at either end, and whether
        /// it had a marker at its start and at its end.
        static func content(of line: Range<Int>, in units: [UInt16]) -> (range: Range<Int>, opensBold: Bool, closesBold: Bool) {
            var start = line.lowerBound
            var end = line.upperBound
            func trim() {
                while start < end, CharacterClass.isSpace(units[start]) { start += 1 }
                while end > start, CharacterClass.isSpace(units[end - 1]) { end -= 1 }
            }
            trim()
            var opensBold = false
            var closesBold = false
            if end - start >= 2, units[start] == 0x2A, units[start + 1] == 0x2A {
                start += 2
                opensBold = true
            }
            if end - start >= 2, units[end - 1] == 0x2A, units[end - 2] == 0x2A {
                end -= 2
                closesBold = true
            }
            trim()
            return (start..<end, opensBold, closesBold)
        }

        static func isBlank(_ line: Range<Int>, in units: [UInt16]) -> Bool {
            line.allSatisfy { CharacterClass.isSpace(units[$0]) }
        }
    }
}

extension LayoutAnalyzer.Builder {
    /// Which lines of a block (its lines' contents, in order) end an item of a list of short lines, each item its
    /// own segment: `Energy` / `Water` / `Transport`, `Population: …` / `Gross national income: …`, the lines after
    /// `Participants:`.
    ///
    /// A run of lines is a list when each line may end an item before the next (no final stop, colon, comma,
    /// hyphen, opening bracket or continuation word; the next line starts neither in lower case nor with
    /// punctuation no line starts with) and the lines were ended on purpose, not wrapped: the next line's first
    /// word would have fitted on each line (the widest line of a run of three or more is let off, as it sets the
    /// width), and either the run has three lines or more, or a line ending in a colon introduces it, or every line
    /// is a data line (`Label: value`). Two lines without a stop and nothing else (a signature `MOTEGI Toshimitsu` /
    /// `Minister for Foreign Affairs of Japan`, which Japanese writes in the other order, or a date and the issuing
    /// office) stay one unit.
    /// - Parameters:
    ///   - afterColon: whether the line before the block (across blank lines) ends with a colon.
    /// - Complexity: O(n) in the length of the block's lines.
    static func listItemEnds(
        of contents: [Range<Int>], wrapWidth: Int, afterColon: Bool, in units: [UInt16], rules: LanguageRules
    ) -> [Bool] {
        var ends = [Bool](repeating: false, count: contents.count)
        var runStart = 0
        while runStart < contents.count {
            var runEnd = runStart
            while runEnd + 1 < contents.count,
                mayEndListItem(contents[runEnd], before: contents[runEnd + 1], in: units, rules: rules)
            {
                runEnd += 1
            }
            let pairs = runEnd - runStart
            if pairs > 0 {
                let introduced = runStart == 0 ? afterColon : endsWithColon(contents[runStart - 1], in: units)
                let dataLines = contents[runStart...runEnd].allSatisfy { isDataLine($0, in: units) }
                if pairs >= 2 || introduced || dataLines {
                    var widest = runStart
                    for index in runStart..<runEnd
                    where LayoutAnalyzer.width(of: contents[index], in: units)
                        > LayoutAnalyzer.width(of: contents[widest], in: units)
                    {
                        widest = index
                    }
                    let short = (runStart..<runEnd).allSatisfy { index in
                        (pairs >= 2 && index == widest)
                            || fits(contents[index], before: contents[index + 1], wrapWidth: wrapWidth, in: units)
                    }
                    if short {
                        for index in runStart..<runEnd { ends[index] = true }
                    }
                }
            }
            runStart = runEnd + 1
        }
        return ends
    }

    /// Whether `line` may end a list item before `next`: the pair reads as two items, not as one sentence cut.
    private static func mayEndListItem(
        _ line: Range<Int>, before next: Range<Int>, in units: [UInt16], rules: LanguageRules
    ) -> Bool {
        guard !line.isEmpty, !next.isEmpty, !endsSentence(line, in: units) else { return false }
        let last = units[line.upperBound - 1]
        let first = units[next.lowerBound]
        if isComma(last) || CharacterClass.isColon(last) || last == 0x2D || CharacterClass.isOpeningBracket(last) {
            return false
        }
        if CharacterClass.isLowercaseLatin(first) || neverStartsLine(first) {
            return false
        }
        if CharacterClass.isLatinLetter(last) {
            var start = line.upperBound - 1
            while start > line.lowerBound, CharacterClass.isLatinLetter(units[start - 1]) { start -= 1 }
            if rules.continuationWordTable.contains(units, start..<line.upperBound, foldingCase: true) { return false }
        }
        return true
    }

    private static func endsWithColon(_ line: Range<Int>, in units: [UInt16]) -> Bool {
        !line.isEmpty && CharacterClass.isColon(units[line.upperBound - 1])
    }

    /// `Population: about 240 million (2023)`, `人口：約2億4,000万人`: a label, a colon and a value on one line.
    private static func isDataLine(_ line: Range<Int>, in units: [UInt16]) -> Bool {
        var index = line.lowerBound + 1
        while index < line.upperBound - 1 {
            let unit = units[index]
            if unit == 0xFF1A || unit == 0x3A && CharacterClass.isSpace(units[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// Whether the first word of `next` would have fitted at the end of `line` within `wrapWidth` columns.
    static func fits(_ line: Range<Int>, before next: Range<Int>, wrapWidth: Int, in units: [UInt16]) -> Bool {
        guard let last = line.last.map({ units[$0] }), !next.isEmpty else { return false }
        let first = units[next.lowerBound]
        // The first word of the next line, as a wrapping program would have moved it: a run of narrow
        // characters, or one wide character.
        var wordEnd = next.lowerBound
        if CharacterClass.isWide(first) {
            wordEnd += 1
        } else {
            while wordEnd < next.upperBound, !CharacterClass.isSpace(units[wordEnd]), !CharacterClass.isWide(units[wordEnd]) {
                wordEnd += 1
            }
        }
        let space = CharacterClass.isWide(last) || CharacterClass.isWide(first) ? 0 : 1
        return LayoutAnalyzer.width(of: line, in: units) + space + LayoutAnalyzer.width(of: next.lowerBound..<wordEnd, in: units)
            <= wrapWidth
    }
}
