/// Finds the glossary terms of one language in a text.
///
/// Matching rules:
/// - Text and terms are compared folded (`FoldedText`): case, character width (NFKC), dash and quote variants and
///   runs of white space do not matter. Ranges always point into the original text.
/// - Case matters for acronyms: a term whose letters are all capitals, at most five of them (`UN`, `JICA`,
///   `GOSAT`, `ADF14`), matches only in capitals.
/// - A term that starts or ends with a Latin letter or digit matches only at a word boundary; in English it may
///   take a plural ending (`-s`, `-es`); a possessive (`'s`, `’s`, `s'`) needs no rule, since the apostrophe
///   ends the word and the match.
/// - Given a segment's word boundaries (`MorphemeBoundaries`, Japanese), a term matches only where it begins and
///   ends between words (`外務省` in `外務省報道官`, `東京` in `東京都`; not `京都` in `東京都`, `テロ` in `テロリスト`):
///   see `MorphemeBoundaries.admits(_:in:)`. Without them (no analysis: glossary lint, `Terminology.matches`),
///   Japanese terms match anywhere.
/// - Longest match wins: scanning left to right, the longest term starting at a position is taken and the scan
///   continues after it (leftmost-longest, non-overlapping).
/// - When several forms fold to the same key (`中央アジア＋日本` preferred, `中央アジア+日本` deprecated), the form
///   written exactly as in the text wins, then the one closest to it unit by unit, then preferred before accepted
///   before deprecated, then the earlier concept.
///
/// The terms sit in a trie over folded UTF-16 units, so the cost of a search grows with the text and the
/// length of the longest term, not with the size of the glossary.
package struct TermMatcher: Sendable {
    public let language: Language

    package struct Pattern: Sendable {
        package let entryIndex: Int
        package let status: TermStatus
        package let form: String
        package let caseSensitive: Bool
    }

    package let patterns: [Pattern]
    /// Folded keys of the patterns, and the same keys with their case kept.
    package let keys: FlatKeys
    private let casedKeys: FlatKeys
    private let trie: PatternTrie
    /// For each glossary entry, its patterns' indices (patterns are created entry by entry).
    package let entryPatterns: [Range<Int>]
    private let conceptIDs: [String]
    private let suffixes: [[UInt16]]
    private let derivedEndings: [[UInt16]]
    private let headSharing: TerminologyRules.HeadSharing?

    /// A matcher for `language`'s forms of every entry of `glossary`.
    /// - Throws: `ICUError` if ICU cannot normalise a term.
    /// - Complexity: O(k log k) for k forms, plus their total length.
    public init(glossary: Glossary, language: Language) throws(ICUError) {
        try self.init(glossary: glossary, rules: TerminologyRules.builtIn(for: language))
    }

    package init(glossary: Glossary, rules: TerminologyRules) throws(ICUError) {
        language = rules.language
        suffixes = rules.inflectionSuffixes
        derivedEndings = rules.derivedEndings
        headSharing = rules.headSharing
        var folder = TextFolder()
        var patterns: [Pattern] = []
        var keys = FlatKeys()
        var casedKeys = FlatKeys()
        var entryPatterns: [Range<Int>] = []
        entryPatterns.reserveCapacity(glossary.entries.count)
        patterns.reserveCapacity(glossary.entries.count * 3)
        for (entryIndex, entry) in glossary.entries.enumerated() {
            let first = patterns.count
            if let terms = entry.terms(in: language) {
                try terms.forEachForm { (text, status) throws(ICUError) in
                    guard !text.isEmpty else { return }
                    patterns.append(
                        Pattern(entryIndex: entryIndex, status: status, form: text, caseSensitive: Self.isAcronym(text)))
                    try folder.appendKey(text, to: &keys, cased: &casedKeys)
                }
            }
            entryPatterns.append(first..<patterns.count)
        }
        self.patterns = patterns
        self.keys = keys
        self.casedKeys = casedKeys
        self.entryPatterns = entryPatterns
        self.conceptIDs = glossary.entries.map(\.id)
        self.trie = PatternTrie(keys: keys)
    }

    /// All capitals, at most five letters: such a term matches case-sensitively.
    static func isAcronym(_ form: String) -> Bool {
        if form.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0
            for byte in form.utf8 where (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                guard byte <= 0x5A else { return false }
                letters += 1
            }
            return letters > 0 && letters <= 5
        }
        var letters = 0
        for scalar in form.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters > 0 && letters <= 5
    }

    /// The terms in `text`, in order.
    /// - Throws: `ICUError` if ICU cannot normalise the text.
    public func matches(in text: String) throws(ICUError) -> [TermMatch] {
        let units = Array(text.utf16)
        return matches(in: try FoldedText(units), original: units)
    }

    /// The terms in a text already folded; `original` is the text itself.
    /// - Parameter boundaries: the words of `original` (its morphemes); `nil`: terms may begin and end anywhere a
    ///   Latin word boundary allows.
    /// - Complexity: O(n · m) for n folded units and the longest term m (times log w for w words with
    ///   `boundaries`); in practice close to O(n).
    package func matches(
        in folded: FoldedText, original: [UInt16], boundaries: MorphemeBoundaries? = nil
    ) -> [TermMatch] {
        var found: [TermMatch] = []
        let units = folded.units
        let count = units.count
        var start = 0
        while start < count {
            if start > 0, Self.isWordUnit(units[start]), Self.isWordUnit(units[start - 1]) {
                start += 1
                continue
            }
            var best: (end: Int, pattern: Int)?
            trie.forEachKey(in: units, startingAt: start) { position, candidates in
                guard let end = acceptedEnd(of: start..<position, in: units),
                    boundaries?.admits(folded.originalRange(of: start..<end), in: original) ?? true,
                    let pattern = bestPattern(candidates, at: start..<position, folded: folded, original: original)
                else { return }
                if end >= (best?.end ?? 0) { best = (end, pattern) }
            }
            guard let best else {
                start += 1
                continue
            }
            let range = folded.originalRange(of: start..<best.end)
            let pattern = patterns[best.pattern]
            found.append(
                TermMatch(
                    conceptID: conceptIDs[pattern.entryIndex], status: pattern.status, form: pattern.form,
                    surface: String(units: original[range]), range: range,
                    entryIndex: pattern.entryIndex, patternIndex: best.pattern))
            start = best.end
        }
        return found
    }

    /// Whether any form of the entry at `entryIndex` occurs in `text`, a segment's presence form, anywhere, also
    /// inside a longer term.
    ///
    /// This asks whether a concept is rendered at all, so it is lenient where matching is strict: forms are
    /// compared in their presence form too (no commas, hyphens as spaces, any case, with and without bracketed
    /// insertions), a
    /// form may also take a derived ending (`Central Asia`→`Central Asian`, `Japan`→`Japanese`), a plural form
    /// may be written in the singular (`Exchange of Notes`, `exchange of note`), and where the language shares
    /// heads (`TerminologyRules.headSharing`) a form may be split by coordinated modifiers (`テロ及び暴力的過激主義対策`
    /// renders `テロ対策`).
    /// - Complexity: O(n · f) for n units and f forms of the entry; with shared heads O(n · f · m · g) in the
    ///   worst case for forms of m units and a gap of g, but only when the form is not found whole.
    package func occurs(entryAt entryIndex: Int, inPresenceForm text: PresenceForm) -> Bool {
        guard entryIndex < entryPatterns.count else { return false }
        for patternIndex in entryPatterns[entryIndex] {
            let key = PresenceForm(folded: Array(keys.key(patternIndex)))
            var candidates = [key.plain, key.withoutBrackets]
            for form in [key.plain, key.withoutBrackets] {
                if let last = form.last, form.count > 3, suffixes.contains([last]),
                    CharacterClass.isLatinLetter(form[form.count - 2])
                {
                    candidates.append(Array(form.dropLast()))
                }
            }
            for candidate in candidates where !candidate.isEmpty {
                if contains(candidate, in: text.plain) || contains(candidate, in: text.withoutBrackets) { return true }
            }
        }
        guard let headSharing else { return false }
        for patternIndex in entryPatterns[entryIndex] {
            let key = PresenceForm(folded: Array(keys.key(patternIndex)))
            for form in [key.plain, key.withoutBrackets] {
                if Self.contains(form, sharingHead: headSharing, in: text.plain)
                    || Self.contains(form, sharingHead: headSharing, in: text.withoutBrackets)
                {
                    return true
                }
            }
        }
        return false
    }

    /// Whether `key` occurs in `units` split by coordinated modifiers that share its head: a first part, a
    /// coordinator, modifiers (possibly more coordinators and modifiers), then the rest of the key
    /// (`テロ` `及び` `暴力的過激主義` `対策` for `テロ対策`; `国境` `・` `税関` `管理` for `国境管理`).
    static func contains(
        _ key: [UInt16], sharingHead sharing: TerminologyRules.HeadSharing, in units: [UInt16]
    ) -> Bool {
        let minimum = sharing.minimumPartLength
        guard minimum > 0, key.count >= 2 * minimum, units.count > key.count else { return false }
        for split in minimum...(key.count - minimum) {
            let first = key[..<split]
            let head = key[split...]
            guard let firstUnit = first.first else { continue }
            for start in 0...(units.count - split) where units[start] == firstUnit {
                guard units[start..<(start + split)].elementsEqual(first) else { continue }
                if isFollowedBySharedHead(head, in: units, from: start + split, sharing) { return true }
            }
        }
        return false
    }

    /// The coordinator of `sharing` that starts at `index` in `units`, if any.
    private static func coordinatorStarting(
        at index: Int, in units: [UInt16], _ sharing: TerminologyRules.HeadSharing
    ) -> [UInt16]? {
        sharing.coordinators.first { coordinator in
            index + coordinator.count <= units.count
                && units[index..<(index + coordinator.count)].elementsEqual(coordinator)
        }
    }

    /// Whether `units` from `position` hold one or more coordinators each followed by modifiers, and then
    /// `head`, within the sharing's gap. A run of modifiers ends at the next coordinator (`及` is a kanji).
    private static func isFollowedBySharedHead(
        _ head: ArraySlice<UInt16>, in units: [UInt16], from position: Int, _ sharing: TerminologyRules.HeadSharing
    ) -> Bool {
        let limit = min(units.count, position + sharing.maximumGap)
        var index = position
        while index < limit {
            guard let coordinator = coordinatorStarting(at: index, in: units, sharing) else { return false }
            index += coordinator.count
            let modifiers = index
            while index < limit, TerminologyRules.HeadSharing.isModifierUnit(units[index]),
                index == modifiers || coordinatorStarting(at: index, in: units, sharing) == nil
            {
                index += 1
                if index + head.count <= units.count, units[index..<(index + head.count)].elementsEqual(head) {
                    return true
                }
            }
            if index == modifiers { return false }
        }
        return false
    }

    private func contains(_ key: [UInt16], in units: [UInt16]) -> Bool {
        guard let first = key.first, key.count <= units.count else { return false }
        for start in 0...(units.count - key.count) where units[start] == first {
            if start > 0, Self.isWordUnit(first), Self.isWordUnit(units[start - 1]) { continue }
            let end = start + key.count
            guard units[start..<end].elementsEqual(key) else { continue }
            if end == units.count || !Self.isWordUnit(units[end - 1]) || !Self.isWordUnit(units[end]) { return true }
            for ending in suffixes + derivedEndings where end + ending.count <= units.count {
                let after = end + ending.count
                if units[end..<after].elementsEqual(ending), after == units.count || !Self.isWordUnit(units[after]) {
                    return true
                }
            }
        }
        return false
    }

    /// Where a match of folded `range` ends once its boundary is checked: at the range's end, after an
    /// inflection ending, or `nil` when it would end inside a word.
    private func acceptedEnd(of range: Range<Int>, in units: [UInt16]) -> Int? {
        let end = range.upperBound
        guard end < units.count, Self.isWordUnit(units[end - 1]), Self.isWordUnit(units[end]) else { return end }
        guard CharacterClass.isLatinLetter(units[end - 1]) else { return nil }
        for suffix in suffixes where end + suffix.count <= units.count {
            guard units[end..<(end + suffix.count)].elementsEqual(suffix) else { continue }
            let after = end + suffix.count
            if after == units.count || !Self.isWordUnit(units[after]) { return after }
        }
        return nil
    }

    /// The best of the patterns ending at a node for the folded `range` (see the type's rules), or `nil` when
    /// all of them need a case the text does not have.
    private func bestPattern(
        _ candidates: ArraySlice<Int32>, at range: Range<Int>, folded: FoldedText, original: [UInt16]
    ) -> Int? {
        var best: (pattern: Int, score: (Int, TermStatus, Int))?
        let written = original[folded.originalRange(of: range)]
        for candidate in candidates {
            let index = Int(candidate)
            let pattern = patterns[index]
            if pattern.caseSensitive, !folded.casedUnits[range].elementsEqual(casedKeys.key(index)) { continue }
            let form = pattern.form.utf16
            var distance = Int.max
            if form.count == written.count {
                distance = zip(form, written).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
            }
            let score = (distance, pattern.status, pattern.entryIndex)
            if let current = best, !(score < current.score) { continue }
            best = (index, score)
        }
        return best?.pattern
    }

    /// Letters and digits, between which a term cannot start or end (folded text: Latin letters, digits).
    @inline(__always)
    static func isWordUnit(_ unit: UInt16) -> Bool {
        CharacterClass.isLatinLetter(unit) || (0x30...0x39).contains(unit)
    }
}

/// Folded text as `TermMatcher.occurs` compares it: commas removed, hyphens as spaces, runs of spaces as one;
/// once as is and once without bracketed insertions (`(UN)`, `（DRM）`, up to 30 units, with the space before).
package struct PresenceForm: Sendable {
    package let plain: [UInt16]
    package let withoutBrackets: [UInt16]

    package init(folded: [UInt16]) {
        plain = Self.form(of: folded, droppingBrackets: false)
        withoutBrackets = Self.form(of: folded, droppingBrackets: true)
    }

    private static func form(of folded: [UInt16], droppingBrackets: Bool) -> [UInt16] {
        var output: [UInt16] = []
        output.reserveCapacity(folded.count)
        var index = 0
        while index < folded.count {
            let unit = folded[index]
            if droppingBrackets, unit == 0x28, let close = folded[index...].prefix(32).firstIndex(of: 0x29) {
                if output.last == 0x20 { output.removeLast() }
                index = close + 1
                continue
            }
            switch unit {
            case 0x2C:
                break
            case 0x2D, 0x20:
                if output.last != 0x20 { output.append(0x20) }
            default:
                output.append(unit)
            }
            index += 1
        }
        return output
    }
}
