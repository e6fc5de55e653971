/// Decides whether two accepted forms of one concept, both used in one document, are two renderings (an
/// inconsistency) or two depths of one naming (`TAKAICHI Sanae` / `Prime Minister TAKAICHI Sanae`, `JICA` /
/// `Japan International Cooperation Agency`, `国連` / `国際連合`).
package enum RenderingComparison {
    /// Whether forms `a` and `b` (as written in the glossary, with their folded keys) render a concept of `kind`
    /// in two competing ways.
    ///
    /// In order: equal folded keys (case, width, dashes) are one rendering; one containing the other, or holding
    /// one more word, or differing only in the ending (`co-create`/`co-creation`) is one rendering with more or
    /// less context; so are forms differing only in a leading stop word (`on the initiative of`/`by the
    /// initiative of`), whose preposition belongs to the verb before it; a small edit distance is a competing
    /// spelling (`Akhal`/`Ahal`,
    /// `ミドル・コリドー`/`ミドルコリドー`, `グルバングルィ`/`グルバングルイ`); for persons any other difference is a
    /// title or name-order variation; an acronym or an abbreviation (the shorter form's characters appear in
    /// order in the longer one) is one rendering; forms sharing a name token (a word, or a katakana run) are one
    /// rendering; anything else competes (`強靱性`/`レジリエンス`, `Akhal velayat`/`Ahal Region`).
    package static func compete(
        _ a: (form: String, key: [UInt16]), _ b: (form: String, key: [UInt16]), kind: GlossaryEntry.Kind,
        rules: TerminologyRules
    ) -> Bool {
        if a.key == b.key { return false }
        let (short, long) = a.key.count <= b.key.count ? (a, b) : (b, a)
        if contains(long.key, short.key) { return false }
        if isLongerByOneChunk(long.key, short.key, minimumChunk: 2) { return false }
        if differOnlyInEnding(a.key, b.key) { return false }
        if differOnlyInLeadingStopWord(a.key, b.key, rules: rules) { return false }
        let limit = long.key.count >= 9 ? 2 : 1
        if EditDistance.distance(a.key, b.key, limit: limit) != nil { return true }
        if kind == .person { return false }
        if isAcronym(short.form) || isAcronym(long.form) { return false }
        if short.key.count >= 2, isSubsequence(short.key, of: long.key) { return false }
        if rules.sharedTokenMeansSameRendering, sharesNameToken(a.key, b.key, rules: rules) { return false }
        return true
    }

    static func contains(_ text: [UInt16], _ part: [UInt16]) -> Bool {
        guard !part.isEmpty, part.count <= text.count else { return part.isEmpty }
        for start in 0...(text.count - part.count) where text[start..<(start + part.count)].elementsEqual(part) {
            return true
        }
        return false
    }

    /// Whether `long` is `short` with one contiguous run of at least `minimumChunk` units inserted
    /// (`エネルギー移行に関する協力覚書` / `エネルギー移行に関する覚書`): the same name with a word more or less.
    static func isLongerByOneChunk(_ long: [UInt16], _ short: [UInt16], minimumChunk: Int) -> Bool {
        let extra = long.count - short.count
        guard extra >= minimumChunk else { return false }
        var prefix = 0
        while prefix < short.count, long[prefix] == short[prefix] { prefix += 1 }
        return long[(prefix + extra)...].elementsEqual(short[prefix...])
    }

    /// Whether the forms share all but their last few units (`co-create` / `co-creation`): two word forms.
    static func differOnlyInEnding(_ a: [UInt16], _ b: [UInt16]) -> Bool {
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        return prefix >= 5 && Double(prefix) >= 0.75 * Double(min(a.count, b.count))
    }

    /// Whether the folded forms are one stop word each followed by the same rest (`on the initiative of` / `by the
    /// initiative of`): the preposition is chosen by the sentence around the term (`adopted on`, `launched by`).
    /// A stop word inside a form still counts (`State Minister for Foreign Affairs` / `… of …` compete).
    static func differOnlyInLeadingStopWord(_ a: [UInt16], _ b: [UInt16], rules: TerminologyRules) -> Bool {
        func leadingWord(_ key: [UInt16]) -> (word: String, rest: ArraySlice<UInt16>)? {
            guard let space = key.firstIndex(of: 0x20) else { return nil }
            return (String(units: key[..<space]), key[space...])
        }
        guard let left = leadingWord(a), let right = leadingWord(b), left.rest.elementsEqual(right.rest) else {
            return false
        }
        return rules.stopWords.contains(left.word) && rules.stopWords.contains(right.word)
    }

    static func isSubsequence(_ part: [UInt16], of text: [UInt16]) -> Bool {
        var iterator = part.makeIterator()
        var next = iterator.next()
        for unit in text where unit == next {
            next = iterator.next()
            if next == nil { return true }
        }
        return next == nil
    }

    /// A Latin acronym or code name: one word (numbers aside), at least two capitals, and capitals at least as
    /// many as small letters (`UN`, `SDGs`, `MoU`, `LLDC 3`, `E/N`, `GREEN×EXPO 2027`).
    static func isAcronym(_ form: String) -> Bool {
        var upper = 0
        var lower = 0
        var words = 0
        for word in form.split(separator: " ") {
            if word.allSatisfy(\.isNumber) { continue }
            words += 1
            for scalar in word.unicodeScalars {
                if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
            }
        }
        return words == 1 && upper >= 2 && upper >= lower
    }

    static func sharesNameToken(_ a: [UInt16], _ b: [UInt16], rules: TerminologyRules) -> Bool {
        func tokens(_ key: [UInt16]) -> Set<[UInt16]> {
            Set(
                NameTokenizer.tokens(in: key, style: rules.nameTokens).map(\.key).filter {
                    $0.count >= 3 && !rules.stopWords.contains(String(units: $0))
                })
        }
        return !tokens(a).isDisjoint(with: tokens(b))
    }
}
