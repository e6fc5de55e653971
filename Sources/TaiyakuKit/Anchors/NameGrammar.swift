/// How one language writes names: proper nouns in English, katakana and Latin-script tokens in Japanese.
///
/// A grammar may hold an ICU handle (the Japanese one holds a transliterator), so grammars are not `Sendable`:
/// one extractor serves one task at a time.
package protocol NameGrammar {
    /// Words shown to be proper nouns anywhere in the document (capitalised where capitals are not required),
    /// so that the same word is a name at a sentence start or in a heading too.
    /// - Complexity: O(n) in the total length of the texts.
    func properNouns(in texts: [(TokenizedText, SegmentShape)]) -> Set<String>

    /// The names in `text`, in order.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    /// - Complexity: O(n) in the number of tokens.
    func nameMentions(
        in text: TokenizedText, shape: SegmentShape, properNouns: Set<String>
    ) throws(ICUError) -> [NameMention]
}
