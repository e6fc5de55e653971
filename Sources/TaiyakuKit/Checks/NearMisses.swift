/// Finds likely misspellings of glossary names and long terms.
///
/// Two kinds:
/// - A name-like token (a capitalised Latin word in English, a katakana run in Japanese; see
///   `TerminologyRules`) that the glossary never uses, within a small Damerau–Levenshtein distance of a token of a
///   proper noun (person, place, country, organization): at most 1 for short tokens, 2 for long ones. Tokens
///   inside a glossary term found in the segment are skipped.
/// - A long form of any concept (a treaty or project title) written with one character substituted or two
///   neighbours swapped, where the form itself does not occur.
package enum NearMisses {
    package struct NearMiss: Sendable {
        /// The UTF-16 range in the segment's text.
        package let range: Range<Int>
        package let surface: String
        /// What the glossary writes.
        package let expected: String
        package let entryIndex: Int
        package let distance: Int
    }

    /// The near misses in segment `index` on `side`, in text order.
    /// - Parameter everyday: everyday words of the languages; a token that is one, or a glossary name token that is
    ///   one (`ポスト`, `Water`), is never a near miss.
    package static func find(
        in context: CheckContext, _ side: DocumentSide, segment index: Int,
        everyday: @autoclosure () -> (any EverydayVocabulary)? = nil
    ) -> [NearMiss] {
        guard let terminology = context.terminology else { return [] }
        let document = context.document(side)
        let language = document.language
        guard let vocabulary = terminology.vocabularies[language], let rules = terminology.rules[language] else {
            return []
        }
        let segment = document.segments[index]
        let matches = context.termMatches(side, segment: index)
        // A Japanese word the dictionary knows as one everyday word (`コスト`, `センサー`, `レバー`) is never a misspelt
        // name; a name MeCab splits into everyday words (`ラフマン`: ラフ, マン) may be (English has no morphemes).
        let morphology = context.documentNames(side)
        var found: [NearMiss] = []
        for token in NameTokenizer.tokens(in: segment.units, style: rules.nameTokens) where token.isCapitalized {
            guard rules.nearMissDistance(forLength: token.key.count) > 0, !vocabulary.knows(token.key) else { continue }
            if matches.contains(where: { $0.range.overlaps(token.range) }) { continue }
            if morphology.isEverydayWord(segment: index, range: token.range) { continue }
            guard let nearest = vocabulary.nearestName(to: token.key) else { continue }
            let surface = String(units: segment.units[token.range])
            if let everyday = everyday(),
                everyday.isEverydayWord(surface, in: language) || everyday.isEverydayWord(nearest.name.display, in: language)
            {
                continue
            }
            // A Latin word that only adds or drops letters at the end of the name is a derived word or another
            // name (`Russian`, `Kazakhstani`, `Europeans`; `Nippo`), not a misspelling.
            if token.key.first.map({ $0 < 0x80 }) == true,
                token.key.starts(with: nearest.name.key) || nearest.name.key.starts(with: token.key)
            {
                continue
            }
            found.append(
                NearMiss(
                    range: token.range, surface: surface,
                    expected: nearest.name.display, entryIndex: nearest.name.entryIndex, distance: nearest.distance))
        }
        if let longTerms = terminology.longTerms[language], let matcher = terminology.matchers[language] {
            let folded = context.terms(side).folded[index]
            var reported: Set<Int> = []
            for miss in longTerms.misses(in: folded) {
                let pattern = matcher.patterns[miss.patternIndex]
                let range = folded.originalRange(of: miss.range)
                // Not when the form occurs here after all, when a longer term holds the place, or when a name
                // token already reported the same concept.
                let explained =
                    matches.contains {
                        ($0.entryIndex == pattern.entryIndex && $0.range.overlaps(range))
                            || ($0.range.lowerBound <= range.lowerBound && range.upperBound <= $0.range.upperBound)
                    }
                    || found.contains { $0.entryIndex == pattern.entryIndex && $0.range.overlaps(range) }
                guard !explained, !morphology.isEverydayWord(segment: index, range: range),
                    reported.insert(pattern.entryIndex).inserted
                else { continue }
                found.append(
                    NearMiss(
                        range: range, surface: String(units: segment.units[range]),
                        expected: pattern.form, entryIndex: pattern.entryIndex, distance: 1))
            }
        }
        return found.sorted { ($0.range.lowerBound, $0.entryIndex) < ($1.range.lowerBound, $1.entryIndex) }
    }
}
