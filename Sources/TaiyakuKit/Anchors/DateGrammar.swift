/// How one language writes dates: finds them in a segment's tokens. Resolution against the document date,
/// value formatting and weights are the same for every language and live in `DateExtractor`.
package protocol DateGrammar: Sendable {
    /// The dates in `text`, in order, not overlapping.
    /// - Complexity: O(n) in the number of tokens.
    func dateMentions(in text: TokenizedText) -> [DateMention]

    /// How a date anchor's `surface` is styled (see `DateStyle`); `nil` by default.
    func style(of surface: [UInt16]) -> DateStyle?

    /// A date anchor's `surface` rewritten in `style`; `nil` by default.
    func rewrite(_ surface: [UInt16], in style: DateStyle) -> String?
}
