/// What the name rules read about one segment: its proper names, the words an unmatched name of the other side
/// may still be written as, and (Japanese) which spans are everyday dictionary words.
package struct SegmentNames: Sendable, Hashable {
    /// The proper names, in order of position.
    package var names: [ProperName]
    /// Romanised katakana words (Japanese) or lower-case words (English) of the segment, names or not: a name of
    /// the other side written here as a loanword (`セールスフォース`) or in lower case is not missing.
    package var words: [String]
    /// The lexicon entries found in the segment (see `LexiconIndex.words(in:)`).
    package var lexiconEntries: Set<String>
    /// The morphemes of a Japanese segment (empty for other languages).
    package var morphemes: [Morpheme]

    package init(names: [ProperName] = [], words: [String] = [], lexiconEntries: Set<String> = [], morphemes: [Morpheme] = []) {
        self.names = names
        self.words = words
        self.lexiconEntries = lexiconEntries
        self.morphemes = morphemes
    }
}
