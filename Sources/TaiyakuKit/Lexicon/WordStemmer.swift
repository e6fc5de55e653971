/// Reduces an inflected word to a stem by one suffix rule of its language (`commutes`, `commuting` and `commute`
/// all become `commut`), so that a word list needs only lemmas. Conservative by design: one suffix at most, a stem
/// of at least `minimumStem` letters, and a doubled final letter written once (`stopped` → `stop`, `classes` →
/// `clas` like `class`). Both the list's forms and the text's words go through it, so consistency matters more
/// than linguistic accuracy.
struct WordStemmer: Sendable {
    /// Suffix rules in the order they are tried; the first that leaves a long enough stem applies.
    let rules: [LanguageRules.StemmingSuffix]
    let minimumStem = 3

    /// The stem of a lower-case word.
    func stem(_ word: [UInt16]) -> [UInt16] {
        var stem = word
        for rule in rules where stem.count >= rule.suffix.count + minimumStem && stem.ends(with: rule.suffix) {
            stem.removeLast(rule.suffix.count)
            stem.append(contentsOf: rule.replacement)
            break
        }
        if stem.count > minimumStem, let last = stem.last, stem[stem.count - 2] == last, CharacterClass.isLatinLetter(last) {
            stem.removeLast()
        }
        return stem
    }
}

extension Array where Element == UInt16 {
    fileprivate func ends(with suffix: [UInt16]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
