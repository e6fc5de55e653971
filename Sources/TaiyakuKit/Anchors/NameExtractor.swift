/// Finds the names of a segment: what its language's grammar finds (English proper nouns; Japanese katakana
/// and Latin-script tokens) plus the spellings of known names.
///
/// Holds the grammar, which may own an ICU transliterator: not thread-safe; one extractor per task.
package struct NameExtractor {
    package let grammar: any NameGrammar
    package let knownNames: KnownNameScanner

    package init(grammar: any NameGrammar, knownNames: KnownNameScanner) {
        self.grammar = grammar
        self.knownNames = knownNames
    }

    /// The name anchors of `text`, sorted by start.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    /// - Complexity: O(n) in the length of the text, plus the known-name scan (see `KnownNameScanner`).
    package func anchors(
        in text: TokenizedText, shape: SegmentShape, properNouns: Set<String>
    ) throws(ICUError) -> [Anchor] {
        var mentions = try grammar.nameMentions(in: text, shape: shape, properNouns: properNouns)
        let known = knownNames.mentions(in: text.units)
        if !known.isEmpty {
            mentions = (mentions + known).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
        return mentions.map { mention in
            Anchor(
                kind: .name, value: mention.value, surface: text.text(in: mention.range), range: mention.range,
                weight: mention.weight)
        }
    }
}
