/// A name whose spellings in each language are known in advance — from a glossary, say — such as names
/// written in kanji (`高市早苗` ↔ `TAKAICHI Sanae`) that no phonetic key can match.
///
/// Every occurrence of a spelling becomes a name anchor whose value is `value` in either language.
public struct KnownName: Sendable, Hashable {
    /// The value the anchors carry in every language.
    public let value: String
    /// How the name is written, per language.
    public let spellings: [Language: [String]]

    public init(value: String, spellings: [Language: [String]]) {
        self.value = value
        self.spellings = spellings
    }

    /// A name with one English and one Japanese spelling; its value is the English spelling in lower case.
    public init(english: String, japanese: String) {
        self.init(value: KnownName.normalizedValue(english), spellings: [.english: [english], .japanese: [japanese]])
    }

    /// Lower case, full-width Latin folded, runs of white space as one space.
    static func normalizedValue(_ text: String) -> String {
        let folded = String(units: text.utf16.map(CharacterClass.foldedLatin))
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
