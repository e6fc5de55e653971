/// How one language writes quantities, counts and ordinals. Identifiers (`LLDC3`, `77/158`) and item labels are
/// script-level and found by `NumberExtractor` itself.
package protocol NumberGrammar: Sendable {
    /// The numbers in `text`, in order, not overlapping.
    /// - Complexity: O(n) in the number of tokens.
    func numberMentions(in text: TokenizedText) -> [NumberMention]
}
