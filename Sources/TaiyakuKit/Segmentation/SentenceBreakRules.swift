/// The sentence-break rules ICU lacks, applied to ICU's candidate boundaries in one paragraph.
///
/// A candidate is dropped when it falls:
/// - inside an item label, at the paragraph's start or inside the line (`1. Both …`, `… 2.) The second …`: ICU
///   takes `1.` for a sentence);
/// - inside a matched bracket or quotation pair of the language (`「…。…」`, `（…。）`), or right after one when
///   the next character continues the sentence (`「…。」と述べた`);
/// - before a footnote or citation mark that follows a stop (`martyr.[1]`, `activated.¹`): the mark belongs to the
///   sentence it follows, and `SentenceStarts` breaks after it;
/// - after a Latin stop that a Japanese character follows (`ワシントンD.C.において`);
/// - after a question or exclamation mark closed by a quotation mark or bracket when a lower-case word follows
///   (`"Why?" he asked`, `(about 3!) was`);
/// - after an abbreviation from the rules, according to its class (`Mr.` always, `etc.` unless a capital follows,
///   `No.` before a number, `U.S.` unless a sentence starter follows);
/// - after an initial in a name (`John F. Kennedy`, `S. Takaichi`) unless a sentence starter follows (`plan B. Then`);
/// - before closing markup tags that end the paragraph (`。</parallel_talk>`).
///
/// Candidates must be asked about in increasing order.
struct SentenceBreakRules {
    private let units: [UInt16]
    private let protectedPrefix: Int
    /// The outermost matched bracket pairs, as ranges from the opener to the closer inclusive, in order.
    private let bracketSpans: [ClosedRange<Int>]
    private var nextSpan = 0
    /// The items found inside the paragraph, in order: no break falls inside a label.
    private let items: [InlineItem]
    private var nextItem = 0

    /// Abbreviations are at most this long; a longer token is never looked up (keeps scanning linear).
    static let longestToken = 24
    /// How many unclosed openers are searched for a closer's partner before the closer is ignored.
    private static let bracketSearchDepth = 8

    /// - Parameter marks: the paragraph's `PunctuationMarks`, found with the language's brackets; when `nil`, the
    ///   brackets are looked for here.
    init(
        rules: LanguageRules, units: [UInt16], protectedPrefix: Int, items: [InlineItem] = [],
        marks: PunctuationMarks? = nil
    ) {
        self.units = units
        self.protectedPrefix = protectedPrefix
        self.items = items
        if rules.brackets.isEmpty {
            self.bracketSpans = []
        } else {
            let brackets = marks?.brackets ?? PunctuationMarks(in: units, from: 0, brackets: rules.brackets).brackets
            self.bracketSpans = Self.matchedBracketSpans(in: units, at: brackets, pairs: rules.brackets)
        }
    }

    /// Whether ICU's candidate boundary at `offset` (0 < offset < count) is not a sentence end.
    /// - Parameter rules: the rules the paragraph was read with (passed, not kept, so that no paragraph copies them).
    mutating func suppressesBreak(at offset: Int, rules: LanguageRules) -> Bool {
        if offset <= protectedPrefix || isInsideItemLabel(offset) || isInsideBrackets(offset, rules: rules) {
            return true
        }
        if FootnoteMark.end(in: units, at: offset, rules: rules) != nil || closesParagraphMarkup(from: offset) {
            return true
        }
        var end = offset
        while end > 0, CharacterClass.isSpace(units[end - 1]) { end -= 1 }
        guard end > 1 else { return false }
        let stop = units[end - 1]
        if stop == 0x2E {
            return continuesAfterLatinStop(stopEnd: end, next: offset, rules: rules)
                || followsAbbreviation(end: end, next: offset, rules: rules)
        }
        if stop == 0x21, followsAbbreviation(end: end, next: offset, rules: rules) {
            return true
        }
        return isClosedQuestionBeforeLowercase(end: end, next: offset)
    }

    /// Whether only closing markup tags and white space follow `offset` to the paragraph's end (`…くれるはずなんだ。
    /// </parallel_talk>`): they close an element the sentence is in, and no sentence of their own. An English stop
    /// followed by a space and a tag is kept together by ICU already (a lower-case letter follows).
    /// - Complexity: O(k) in the length of the rest of the paragraph, looked at only up to the first other character.
    private func closesParagraphMarkup(from offset: Int) -> Bool {
        var index = offset
        var tags = 0
        while index < units.count {
            if CharacterClass.isSpace(units[index]) {
                index += 1
                continue
            }
            // `</` a name of letters, digits, `_`, `-`, `:` and `>`.
            guard units[index] == 0x3C, index + 2 < units.count, units[index + 1] == 0x2F else { return false }
            var end = index + 2
            while end < units.count, units[end] != 0x3E {
                let unit = units[end]
                guard CharacterClass.isLatinLetter(unit) || CharacterClass.isDigit(unit) || unit == 0x5F || unit == 0x2D
                    || unit == 0x3A
                else { return false }
                end += 1
            }
            guard end < units.count, end > index + 2 else { return false }
            tags += 1
            index = end + 1
        }
        return tags > 0
    }

    private mutating func isInsideItemLabel(_ offset: Int) -> Bool {
        while nextItem < items.count, items[nextItem].textStart < offset {
            nextItem += 1
        }
        guard nextItem < items.count else { return false }
        let item = items[nextItem]
        return offset > item.label.lowerBound && offset <= item.textStart
    }

    private mutating func isInsideBrackets(_ offset: Int, rules: LanguageRules) -> Bool {
        while nextSpan < bracketSpans.count, bracketSpans[nextSpan].upperBound < offset {
            nextSpan += 1
        }
        if nextSpan > 0, bracketSpans[nextSpan - 1].upperBound == offset - 1, offset < units.count,
            rules.continuationAfterCloser.contains(units[offset])
        {
            return true
        }
        guard nextSpan < bracketSpans.count else { return false }
        let span = bracketSpans[nextSpan]
        return offset > span.lowerBound && offset <= span.upperBound
    }

    /// A full stop after Latin letters that a Japanese character follows at once (`D.C.において`, `U.S.政府`), or
    /// after a space when it is a particle (`Apple Inc. は`): an abbreviation inside Japanese text.
    private func continuesAfterLatinStop(stopEnd end: Int, next: Int, rules: LanguageRules) -> Bool {
        guard CharacterClass.isLatinLetter(units[end - 2]), next < units.count else { return false }
        let following = units[next]
        if next == end {
            return CharacterClass.isKanaOrKanji(following)
        }
        return rules.continuationAfterCloser.contains(following)
    }

    /// `"Why?" he asked`, `(about 3!) was high`: a question or exclamation mark inside a quotation or
    /// parenthesis that the sentence goes on after, in lower case.
    private func isClosedQuestionBeforeLowercase(end: Int, next: Int) -> Bool {
        guard next < units.count, CharacterClass.isLowercaseLatin(units[next]) else { return false }
        var index = end - 1
        var closers = 0
        while index > 0, CharacterClass.isCloser(units[index]) {
            index -= 1
            closers += 1
        }
        return closers > 0 && (units[index] == 0x3F || units[index] == 0x21)
    }

    /// Whether the token that ends at `end` (with its stop) is an abbreviation or initial that the word at `next`
    /// continues.
    private func followsAbbreviation(end: Int, next: Int, rules: LanguageRules) -> Bool {
        var start = end - 1
        while start > 0, !CharacterClass.isSpace(units[start - 1]), end - start < Self.longestToken {
            start -= 1
        }
        if start > 0, !CharacterClass.isSpace(units[start - 1]) { return false }
        while start < end - 1, CharacterClass.isOpener(units[start]) { start += 1 }
        guard next < units.count else { return false }
        let following = units[next]
        switch rules.abbreviationTable.value(in: units, start..<end) {
        case .always:
            return true
        case .unlessCapitalized:
            return !CharacterClass.isUppercaseLatin(following) || nextTokenIsAbbreviation(from: next, rules: rules)
        case .beforeNumber:
            return CharacterClass.isDigit(following)
        case .unlessSentenceStarter:
            return !SentenceStarter.isStarter(in: units, at: next, rules: rules)
        case nil:
            return units[end - 1] == 0x2E && isInitial(units[start..<end], rules: rules)
                && CharacterClass.isUppercaseLatin(following) && !SentenceStarter.isStarter(in: units, at: next, rules: rules)
        }
    }

    private func nextTokenIsAbbreviation(from start: Int, rules: LanguageRules) -> Bool {
        var end = start
        while end < units.count, !CharacterClass.isSpace(units[end]), end - start < Self.longestToken { end += 1 }
        while end > start, units[end - 1] == 0x2C || units[end - 1] == 0x3B { end -= 1 }
        return rules.abbreviationTable.contains(units, start..<end)
    }

    /// One to three capital letters each followed by a full stop: `F.`, `J.F.`.
    private func isInitial(_ token: ArraySlice<UInt16>, rules: LanguageRules) -> Bool {
        guard !rules.abbreviationTable.isEmpty, token.count % 2 == 0, token.count <= 6 else { return false }
        var index = token.startIndex
        while index < token.endIndex {
            guard CharacterClass.isUppercaseLatin(token[index]), token[index + 1] == 0x2E else { return false }
            index += 2
        }
        return true
    }

    /// The outermost spans of matched bracket pairs; unmatched openers and closers are ignored.
    /// - Parameter bracketOffsets: the offsets of the openers and closers in `units`, in order.
    /// - Complexity: O(b) in the number of brackets: each closer searches at most `bracketSearchDepth` openers.
    static func matchedBracketSpans(in units: [UInt16], at bracketOffsets: [Int], pairs: BracketTable) -> [ClosedRange<Int>] {
        var open: [(offset: Int, closer: UInt16)] = []
        var spans: [ClosedRange<Int>] = []
        for offset in bracketOffsets {
            let unit = units[offset]
            // A symmetric pair (the same character opens and closes) closes when one is open.
            if pairs.isCloser(unit) {
                var depth = open.count - 1
                while depth >= 0, open.count - depth <= bracketSearchDepth, open[depth].closer != unit {
                    depth -= 1
                }
                if depth >= 0, open.count - depth <= bracketSearchDepth {
                    let opener = open[depth].offset
                    open.removeSubrange(depth...)
                    // Pairs close inner first, so an outer pair replaces the inner ones it holds.
                    while let last = spans.last, last.lowerBound > opener { spans.removeLast() }
                    spans.append(opener...offset)
                    continue
                }
            }
            if let closer = pairs.closer(openedBy: unit) {
                open.append((offset, closer))
            }
        }
        return spans
    }
}
