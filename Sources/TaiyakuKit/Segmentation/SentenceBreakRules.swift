/// The sentence-break rules ICU lacks, applied to ICU's candidate boundaries in one paragraph.
///
/// A candidate is dropped when it falls:
/// - inside an item label (`1. Both …`: ICU takes `1.` for a sentence);
/// - inside a matched bracket or quotation pair of the language (`「…。…」`, `（…。）`), or right after one when
///   the next character continues the sentence (`「…。」と述べた`);
/// - after an abbreviation from the rules, according to its class (`Mr.` always, `etc.` unless a capital
///   follows, `No.` before a number);
/// - after an initial in a name (`John F. Kennedy`, `S. Takaichi`).
///
/// Candidates must be asked about in increasing order.
struct SentenceBreakRules {
    private let rules: LanguageRules
    private let units: [UInt16]
    private let protectedPrefix: Int
    /// The outermost matched bracket pairs, as ranges from the opener to the closer inclusive, in order.
    private let bracketSpans: [ClosedRange<Int>]
    private var nextSpan = 0

    /// Abbreviations are at most this long; a longer token is never looked up (keeps scanning linear).
    private static let longestToken = 24
    /// How many unclosed openers are searched for a closer's partner before the closer is ignored.
    private static let bracketSearchDepth = 8

    init(rules: LanguageRules, units: [UInt16], protectedPrefix: Int) {
        self.rules = rules
        self.units = units
        self.protectedPrefix = protectedPrefix
        self.bracketSpans = rules.brackets.isEmpty ? [] : Self.matchedBracketSpans(in: units, pairs: rules.brackets)
    }

    /// Whether ICU's candidate boundary at `offset` (0 < offset < count) is not a sentence end.
    mutating func suppressesBreak(at offset: Int) -> Bool {
        if offset <= protectedPrefix {
            return true
        }
        if isInsideBrackets(offset) {
            return true
        }
        return followsAbbreviation(offset)
    }

    private mutating func isInsideBrackets(_ offset: Int) -> Bool {
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

    private func followsAbbreviation(_ offset: Int) -> Bool {
        var end = offset
        while end > 0, CharacterClass.isSpace(units[end - 1]) { end -= 1 }
        guard end > 0, units[end - 1] == 0x2E else { return false }
        var start = end - 1
        while start > 0, !CharacterClass.isSpace(units[start - 1]), end - start < Self.longestToken {
            start -= 1
        }
        if start > 0, !CharacterClass.isSpace(units[start - 1]) { return false }
        while start < end - 1, CharacterClass.isOpener(units[start]) { start += 1 }
        var next = offset
        while next < units.count, CharacterClass.isSpace(units[next]) { next += 1 }
        guard next < units.count else { return false }
        let following = units[next]
        let token = String(decoding: units[start..<end], as: UTF16.self)
        switch rules.abbreviations[token] {
        case .always:
            return true
        case .unlessCapitalized:
            return !CharacterClass.isUppercaseLatin(following) || nextTokenIsAbbreviation(from: next)
        case .beforeNumber:
            return CharacterClass.isDigit(following)
        case nil:
            return isInitial(units[start..<end]) && CharacterClass.isUppercaseLatin(following)
        }
    }

    private func nextTokenIsAbbreviation(from start: Int) -> Bool {
        var end = start
        while end < units.count, !CharacterClass.isSpace(units[end]), end - start < Self.longestToken { end += 1 }
        while end > start, units[end - 1] == 0x2C || units[end - 1] == 0x3B { end -= 1 }
        return rules.abbreviations[String(decoding: units[start..<end], as: UTF16.self)] != nil
    }

    /// One to three capital letters each followed by a full stop: `F.`, `J.F.`.
    private func isInitial(_ token: ArraySlice<UInt16>) -> Bool {
        guard !rules.abbreviations.isEmpty, token.count % 2 == 0, token.count <= 6 else { return false }
        var index = token.startIndex
        while index < token.endIndex {
            guard CharacterClass.isUppercaseLatin(token[index]), token[index + 1] == 0x2E else { return false }
            index += 2
        }
        return true
    }

    /// The outermost spans of matched bracket pairs; unmatched openers and closers are ignored.
    /// - Complexity: O(n): each closer searches at most `bracketSearchDepth` openers.
    static func matchedBracketSpans(in units: [UInt16], pairs: BracketTable) -> [ClosedRange<Int>] {
        var open: [(offset: Int, closer: UInt16)] = []
        var spans: [ClosedRange<Int>] = []
        for offset in units.indices {
            let unit = units[offset]
            guard pairs.isBracket(unit) else { continue }
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
