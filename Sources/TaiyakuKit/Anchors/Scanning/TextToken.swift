/// A run of characters of one class in a segment's text: the unit the anchor grammars match on.
///
/// Tokens never overlap and cover the text without gaps, so a grammar that only moves forward over them is linear.
package struct TextToken: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// Latin letters, half or full width (`April`, `ＧＯＳＡＴ`).
        case word
        /// Decimal digits of either width, with thousands separators between groups of three (`1,000`, `１，０００`)
        /// and one decimal point followed by a digit (`3.29`, `３．２９`).
        case number
        /// Kanji numerals (`十二`, `二〇二五`, `千`).
        case kanjiNumeral
        /// Katakana, with the prolonged sound mark `ー` and the middle dot `・` between katakana.
        case katakana
        /// Horizontal white space.
        case space
        /// Any other single UTF-16 code unit: punctuation, kanji, hiragana.
        case other
    }

    package let kind: Kind
    /// UTF-16 offsets in the segment's text.
    package let range: Range<Int>
}
