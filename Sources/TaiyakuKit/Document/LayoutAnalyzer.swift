/// Finds the paragraphs, headings and list items of a document and repairs the damage PDF extraction does.
///
/// Rules, all decided on the original text without rewriting it:
/// - Lines separated by a single line break belong to one paragraph and are joined (so are the halves of a broken
///   sentence).
///   The joiner is nothing beside a wide (Japanese) character or after a hyphen, one space otherwise.
/// - A line that starts with an item label (`1.`, `１．`, `(1)`, `①`, `・`) starts a new list item; a line that
///   ends with a colon ends its paragraph, so the items after it stay separate.
/// - A blank line ends a paragraph unless it broke a sentence: the text before it has no sentence-final
///   punctuation and either the text after it starts with a lower-case letter, or the text before it ends with a
///   continuation word of the language (`and`, `of`, …), or a Japanese word was cut: the blank line falls inside
///   a run of kanji (`原` / `則`) or of katakana (`エン` / `パワーメント`), or before a kana no word starts with
///   (`推進す` / `ることで`), after no particle (`…変に` / `つまり…` are two paragraphs), and the unfinished
///   sentence before it holds a comma and a topic (`双方は、`), as running text does and a headline does not
///   (`…手続きに備え法律事務所を雇用` / `国土安全保障省は…` are two paragraphs).
/// - Markdown bold markers (`**`) at the start or end of a line are not part of the text.
/// - A short paragraph with no sentence-final punctuation, at its end or inside, is a heading.
package struct LayoutAnalyzer: Sendable {
    public let rules: LanguageRules

    public init(rules: LanguageRules) {
        self.rules = rules
    }

    /// The paragraphs of `document`, in order.
    /// - Complexity: O(n) in the length of the document.
    public func paragraphs(of document: Document) -> [Paragraph] {
        var builder = Builder(units: document.units, rules: rules)
        var lineStart = 0
        let units = document.units
        let count = units.count
        while lineStart <= count {
            var lineEnd = lineStart
            while lineEnd < count, !CharacterClass.isLineBreak(units[lineEnd]) {
                lineEnd += 1
            }
            builder.addLine(lineStart..<lineEnd)
            if lineEnd >= count { break }
            lineStart = lineEnd + 1
            if units[lineEnd] == 0x0D, lineStart < count, units[lineStart] == 0x0A {
                lineStart += 1
            }
        }
        builder.finish()
        return builder.paragraphs
    }
}

extension LayoutAnalyzer {
    /// Accumulates lines into paragraphs in one pass.
    private struct Builder {
        let units: [UInt16]
        let rules: LanguageRules
        var paragraphs: [Paragraph] = []
        var text: [UInt16] = []
        var offsets = OffsetMap()
        var label: ItemLabel?
        var blankSincePreviousLine = false

        init(units: [UInt16], rules: LanguageRules) {
            self.units = units
            self.rules = rules
        }

        mutating func addLine(_ line: Range<Int>) {
            let content = Self.content(of: line, in: units)
            if content.isEmpty {
                if Self.isBlank(line, in: units) {
                    blankSincePreviousLine = true
                }
                return
            }
            let itemLabel = ItemLabel.parse(units, in: content)
            if !text.isEmpty {
                let continues: Bool
                if itemLabel != nil || endsWithColon {
                    continues = false
                } else if blankSincePreviousLine {
                    continues = continuesAcrossBlankLine(next: content)
                } else {
                    continues = true
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
        }

        mutating func finish() {
            guard !text.isEmpty else { return }
            let kind: Paragraph.Kind
            var labelText = label.map { String(decoding: units[$0.range], as: UTF16.self) }
            var labelLength = label.map { $0.lengthWithSpaces } ?? 0
            if label != nil {
                kind = .listItem
            } else if endsSentence || endsWithColon || text.count > Self.longestHeading || holdsSentenceBreak {
                kind = .body
            } else {
                kind = .heading
                if let roman = ItemLabel.romanSectionNumber(in: text) {
                    labelText = String(decoding: text[roman.range], as: UTF16.self)
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
        }

        /// Headings are short; a longer paragraph without a final stop is running text whose last sentence lost it.
        static let longestHeading = 250

        /// Whether a sentence ends inside the paragraph: a stop followed by white space, closing quotes and brackets
        /// allowed between (`"stands withdrawn." It was`), or an ideographic stop.
        private var holdsSentenceBreak: Bool {
            for index in text.indices.dropLast() {
                let unit = text[index]
                if unit == 0x3002 || unit == 0xFF01 || unit == 0xFF1F {
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

        /// Whether the text after a blank line continues the unfinished sentence before it.
        private func continuesAcrossBlankLine(next content: Range<Int>) -> Bool {
            guard !endsSentence else { return false }
            let first = units[content.lowerBound]
            if CharacterClass.isLowercaseLatin(first) {
                return true
            }
            guard let last = text.last else { return false }
            if CharacterClass.isLatinLetter(last), rules.continuationWords.contains(lastWord) {
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

        /// The last word of the paragraph so far, lower-cased.
        private var lastWord: String {
            var start = text.count
            while start > 0, CharacterClass.isLatinLetter(text[start - 1]) {
                start -= 1
            }
            return String(decoding: text[start...], as: UTF16.self).lowercased()
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

        /// The line without surrounding white space and without Markdown bold markers at either end.
        static func content(of line: Range<Int>, in units: [UInt16]) -> Range<Int> {
            var start = line.lowerBound
            var end = line.upperBound
            func trim() {
                while start < end, CharacterClass.isSpace(units[start]) { start += 1 }
                while end > start, CharacterClass.isSpace(units[end - 1]) { end -= 1 }
            }
            trim()
            if end - start >= 2, units[start] == 0x2A, units[start + 1] == 0x2A {
                start += 2
            }
            if end - start >= 2, units[end - 1] == 0x2A, units[end - 2] == 0x2A {
                end -= 2
            }
            trim()
            return start..<end
        }

        static func isBlank(_ line: Range<Int>, in units: [UInt16]) -> Bool {
            line.allSatisfy { CharacterClass.isSpace(units[$0]) }
        }
    }
}
