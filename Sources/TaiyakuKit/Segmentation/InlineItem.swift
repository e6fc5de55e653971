/// An enumerated item inside a paragraph: `1.) The first item 2.) The second item`, `• Energy • Water`,
/// `(a) … (b) …`.
struct InlineItem: Equatable {
    /// The label (`2.)`, `(b)`, `•`, `• 10.`), in the paragraph's text.
    let label: Range<Int>
    /// Where the item's text starts, after the label and the spaces after it.
    let textStart: Int
    /// Whether a new segment starts at the label: a bullet always starts one, and so does a label closed by a
    /// parenthesis or a dash used as a bullet right after a sentence end (`… sleeker. 3) support for …`,
    /// `… website. - We send …`); a run of labels starts one at each label unless one of its items starts in lower
    /// case or is preceded by a comma (`1) energy, 2) water and 3) transport` and `(a) Trade, (b) Culture and
    /// (c) Tourism` stay one sentence).
    let startsSegment: Bool
    /// Whether the segment it starts is a list item labelled with it. A segment that starts only because a
    /// sentence ended before the label (`… sleeker. 3) support …`, `… website. - We send …`) is a sentence like any
    /// other, as it is in a translation that writes the label in its own way (`。３）より多くの…`).
    var isLabelled = true
}

extension InlineItem {
    /// The enumerated items of a paragraph: bullets preceded by white space, labels that form a run of at
    /// least two consecutive values of one style (`1.` `2.`; `a)` `b)`; `(i)` `(ii)`), each at the start of a
    /// word, and, after a sentence end, a label closed by a parenthesis (`3)`, `(c)`) or a dash followed by a
    /// capital (`- We`). A label at the very start of the paragraph is returned too (no break may fall inside it).
    /// - Parameter marks: the paragraph's `PunctuationMarks`; a label ends in one (`.`, `)`) or is one (a bullet).
    /// - Complexity: O(n): each mark is looked at once, a label is at most a few characters long.
    static func items(in units: [UInt16], marks: PunctuationMarks, rules: LanguageRules) -> [InlineItem] {
        var candidates: [Candidate] = []
        var runLength: [Int] = []
        var last: [Int: (value: Int, run: Int)] = [:]
        var consumed = 0
        for mark in marks.offsets where mark >= consumed {
            if let dash = Self.dashBullet(after: mark, in: units, rules: rules) {
                candidates.append(Candidate(label: dash.label, textStart: dash.textStart, run: -1, afterSentenceEnd: true))
                consumed = dash.textStart
                continue
            }
            guard let start = Self.possibleLabelStart(in: units, at: mark) else { continue }
            guard start >= consumed, let parsed = Self.parse(units, at: start) else { continue }
            let index = start
            var run = -1
            if let style = parsed.style {
                // A letter that is also a Roman numeral (`i`, `v`, `x`) continues whichever run it extends.
                for (key, value) in [(style, parsed.value)] + (parsed.romanAlternative.map { [$0] } ?? []) {
                    if let previous = last[key], previous.value + 1 == value {
                        run = previous.run
                        runLength[run] += 1
                        last[key] = (value, run)
                        break
                    }
                }
                if run < 0 {
                    run = runLength.count
                    runLength.append(1)
                    last[style] = (parsed.value, run)
                    if let alternative = parsed.romanAlternative { last[alternative.0] = (alternative.1, run) }
                }
            }
            // `3)`, `(c)`, `2.)` right after a sentence end start an item even alone or in lower case.
            let closedByParenthesis = parsed.style.map { $0 % 4 != 0 } ?? false
            let afterSentenceEnd = closedByParenthesis && Self.followsSentenceEnd(start, in: units, rules: rules)
            candidates.append(
                Candidate(
                    label: index..<parsed.labelEnd, textStart: parsed.textStart, run: run,
                    afterSentenceEnd: afterSentenceEnd))
            consumed = parsed.textStart
        }
        guard !candidates.isEmpty else { return [] }
        var runReadsAsText = [Bool](repeating: false, count: runLength.count)
        for candidate in candidates where candidate.run >= 0 && readsAsText(candidate, in: units) {
            runReadsAsText[candidate.run] = true
        }
        return candidates.compactMap { candidate in
            if candidate.run < 0 {
                return InlineItem(
                    label: candidate.label, textStart: candidate.textStart, startsSegment: true,
                    isLabelled: !candidate.afterSentenceEnd)
            }
            let inRun = runLength[candidate.run] >= 2
            if inRun, !runReadsAsText[candidate.run] {
                return InlineItem(label: candidate.label, textStart: candidate.textStart, startsSegment: true)
            }
            if candidate.afterSentenceEnd {
                return InlineItem(
                    label: candidate.label, textStart: candidate.textStart, startsSegment: true, isLabelled: false)
            }
            return inRun ? InlineItem(label: candidate.label, textStart: candidate.textStart, startsSegment: false) : nil
        }
    }

    /// Where a label that ends with the mark at `offset` (`1.`, `iv)`, `(a)`) or is the mark (a bullet) would
    /// start: at a word start, after at most three digits or four letters.
    private static func possibleLabelStart(in units: [UInt16], at offset: Int) -> Int? {
        let unit = units[offset]
        var start = offset
        if unit != 0x2E && unit != 0x29 {
            guard isBullet(unit) else { return nil }
        } else {
            while start > 0, offset - start < 4, units[start - 1] < 0x80,
                (0x30...0x39).contains(units[start - 1]) || (0x61...0x7A).contains(units[start - 1])
            {
                start -= 1
            }
            guard start < offset else { return nil }
            if unit == 0x29, start > 0, units[start - 1] == 0x28 { start -= 1 }
        }
        return start == 0 || CharacterClass.isSpace(units[start - 1]) ? start : nil
    }

    private struct Candidate {
        let label: Range<Int>
        let textStart: Int
        /// The run of consecutive labels it belongs to; −1 for a bullet.
        let run: Int
        /// Whether it starts a segment on its own, right after a sentence end.
        var afterSentenceEnd = false
    }

    /// Whether white space after a sentence end comes right before `labelStart`.
    private static func followsSentenceEnd(_ labelStart: Int, in units: [UInt16], rules: LanguageRules) -> Bool {
        var end = labelStart
        while end > 0, CharacterClass.isSpace(units[end - 1]) { end -= 1 }
        guard end < labelStart, end > 0 else { return false }
        var stop = end - 1
        while stop > 0, end - stop <= 3, CharacterClass.isCloser(units[stop]) { stop -= 1 }
        return SentenceEnd.isStop(at: stop, in: units, rules: rules)
    }

    /// A hyphen or dash used as a bullet after the sentence end at `stop`: `… our website. - We send …`. The dash
    /// stands alone between white space and a capital, a digit or a Japanese character follows.
    private static func dashBullet(after stop: Int, in units: [UInt16], rules: LanguageRules) -> (label: Range<Int>, textStart: Int)? {
        let unit = units[stop]
        guard unit == 0x2E || unit == 0x21 || unit == 0x3F, let dash = SentenceEnd.nextStart(after: stop, in: units),
            Self.isDash(units[dash]), SentenceEnd.isStop(at: stop, in: units, rules: rules)
        else { return nil }
        var textStart = dash + 1
        while textStart < units.count, CharacterClass.isSpace(units[textStart]) { textStart += 1 }
        guard textStart > dash + 1, textStart < units.count else { return nil }
        let first = units[textStart]
        guard CharacterClass.isUppercaseLatin(first) || CharacterClass.isDigit(first) || CharacterClass.isWide(first)
        else { return nil }
        return (dash..<(dash + 1), textStart)
    }

    /// `-`, `–`, `—`, `−`, `－`.
    private static func isDash(_ unit: UInt16) -> Bool {
        unit == 0x2D || unit == 0x2013 || unit == 0x2014 || unit == 0x2212 || unit == 0xFF0D
    }

    /// Whether the item continues a sentence rather than starting one: its text starts in lower case, or a comma
    /// or semicolon comes right before its label.
    private static func readsAsText(_ candidate: Candidate, in units: [UInt16]) -> Bool {
        if candidate.textStart < units.count, CharacterClass.isLowercaseLatin(units[candidate.textStart]) {
            return true
        }
        var end = candidate.label.lowerBound
        while end > 0, CharacterClass.isSpace(units[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        let previous = units[end - 1]
        return previous == 0x2C || previous == 0x3B || previous == 0x3001 || previous == 0xFF0C
    }

    /// A label's kind and delimiter: digits, a letter or a Roman numeral, each with `.`, `)`, `.)` or `(…)`.
    private struct Parsed {
        var style: Int?
        var value: Int
        var romanAlternative: (Int, Int)?
        var labelEnd: Int
        var textStart: Int
    }

    private static let digitStyle = 0
    private static let letterStyle = 4
    private static let romanStyle = 8

    private static func isBullet(_ unit: UInt16) -> Bool {
        ItemLabel.isInlineBullet(unit)
    }

    private static func parse(_ units: [UInt16], at start: Int) -> Parsed? {
        let count = units.count
        // A bullet followed only by spaces calls this again at the end of the units (found by the document fuzz target).
        guard start < count else { return nil }
        var index = start
        if isBullet(units[index]) {
            index += 1
            while index < count, CharacterClass.isSpace(units[index]) { index += 1 }
            // `• 9. The first item`: a number after the bullet is part of the label.
            var labelEnd = start + 1
            if let numbered = parse(units, at: index), numbered.style != nil {
                labelEnd = numbered.labelEnd
                index = numbered.textStart
            }
            guard index < count else { return nil }
            return Parsed(style: nil, value: 0, labelEnd: labelEnd, textStart: index)
        }
        var enclosed = false
        if units[index] == 0x28 {
            enclosed = true
            index += 1
        }
        let bodyStart = index
        var style: Int
        var value = 0
        var romanAlternative: (Int, Int)?
        if index < count, CharacterClass.isDigit(units[index]), units[index] < 0x80 {
            while index < count, index - bodyStart < 3, let digit = CharacterClass.digitValue(units[index]),
                units[index] < 0x80
            {
                value = value * 10 + digit
                index += 1
            }
            guard index - bodyStart <= 2, value > 0 else { return nil }
            style = digitStyle
        } else {
            while index < count, (0x61...0x7A).contains(units[index]), index - bodyStart < 5 { index += 1 }
            let letters = units[bodyStart..<index]
            // Most words end here: a label is one to four letters followed by its delimiter.
            guard !letters.isEmpty, index < count, units[index] == 0x2E || units[index] == 0x29 else { return nil }
            let roman = Self.romanValue(letters)
            if letters.count == 1 {
                style = letterStyle
                value = Int(letters[letters.startIndex] - 0x60)
                if let roman { romanAlternative = (romanStyle, roman) }
            } else if let roman {
                style = romanStyle
                value = roman
            } else {
                return nil
            }
        }
        guard index < count else { return nil }
        let delimiter: Int
        if enclosed {
            guard units[index] == 0x29 else { return nil }
            delimiter = 3
            index += 1
        } else if units[index] == 0x29 {
            delimiter = 1
            index += 1
        } else if units[index] == 0x2E {
            index += 1
            if index < count, units[index] == 0x29 {
                delimiter = 2
                index += 1
            } else {
                delimiter = 0
            }
        } else {
            return nil
        }
        let labelEnd = index
        guard index < count, CharacterClass.isSpace(units[index]) else { return nil }
        while index < count, CharacterClass.isSpace(units[index]) { index += 1 }
        guard index < count else { return nil }
        style += delimiter
        if let alternative = romanAlternative { romanAlternative = (alternative.0 + delimiter, alternative.1) }
        return Parsed(style: style, value: value, romanAlternative: romanAlternative, labelEnd: labelEnd, textStart: index)
    }

    /// The value of a lower-case Roman numeral from i to xii, or `nil`.
    private static func romanValue(_ letters: ArraySlice<UInt16>) -> Int? {
        romanNumerals.firstIndex { $0.elementsEqual(letters) }.map { $0 + 1 }
    }

    private static let romanNumerals: [[UInt16]] = [
        [0x69], [0x69, 0x69], [0x69, 0x69, 0x69], [0x69, 0x76], [0x76], [0x76, 0x69], [0x76, 0x69, 0x69],
        [0x76, 0x69, 0x69, 0x69], [0x69, 0x78], [0x78], [0x78, 0x69], [0x78, 0x69, 0x69],
    ]
}
