/// A name as a language's grammar found it: its normalised value (lower-case Latin, romanised for katakana)
/// and how strongly it identifies a sentence.
package struct NameMention: Sendable, Hashable {
    /// UTF-16 offsets in the segment's text.
    package var range: Range<Int>
    package var value: String
    package var weight: Double

    package init(range: Range<Int>, value: String, weight: Double) {
        self.range = range
        self.value = value
        self.weight = weight
    }
}
