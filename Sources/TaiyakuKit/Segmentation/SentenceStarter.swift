/// The words of a language that start sentences far more often than they continue a name (`The`, `These`,
/// `However`; `LanguageRules.sentenceStarters`).
enum SentenceStarter {
    /// Whether the word at `start` is one of the language's sentence starters, written as a whole word: not an
    /// initial (`A.`) or the first part of a longer word (`In-house`).
    /// - Complexity: O(1): words longer than `SentenceBreakRules.longestToken` are not looked up.
    static func isStarter(in units: [UInt16], at start: Int, rules: LanguageRules) -> Bool {
        guard !rules.sentenceStarterTable.isEmpty else { return false }
        var end = start
        while end < units.count, CharacterClass.isLatinLetter(units[end]) {
            end += 1
            if end - start > SentenceBreakRules.longestToken { return false }
        }
        guard end > start else { return false }
        if end < units.count, units[end] == 0x2E || units[end] == 0x2D { return false }
        return rules.sentenceStarterTable.contains(units, start..<end)
    }
}
