/// A proper noun of a segment (a person, place, organisation, product or acronym) with the keys that compare it
/// across scripts: `Robert Stein`, `ロバート・スタイン`, `石破茂`, `University of Tsukuba`, `WHO`.
package struct ProperName: Sendable, Hashable {
    /// What the name names, as far as the text shows.
    package enum Kind: Sendable, Hashable {
        case person, place, organisation, acronym, other
    }

    /// How the name is written.
    package enum Script: Sendable, Hashable {
        case latin, katakana, kanji
    }

    /// UTF-16 offsets in the segment's text.
    package var range: Range<Int>
    package var surface: String
    package var kind: Kind
    package var script: Script
    /// The parts compared one by one (given and family name, the words of a place), each with its romanised
    /// forms in lower-case Latin: a kanji part has one per dictionary reading (`茂木` → `mogi`, `motegi`). Words
    /// that only say what kind of thing is named (`University`, `of`, `Corporation`) are not parts.
    package var parts: [[String]]
    /// Whether the text leaves no doubt that this is a name: a dictionary proper noun, a katakana word with a
    /// name suffix (`氏`, `州`) or written in parts (`ロバート・スミス`), a capitalised English word inside a
    /// sentence. A katakana word the dictionary does not know may be a loanword, and is not certain; nor is an
    /// English name made of words the dictionary has in lower case (`Equal`, `Range`).
    package var isCertain: Bool
    /// For an English name: the lexicon entries of its words (`Germany` → `germany`), whose Japanese forms render
    /// it by meaning (`ドイツ`).
    package var lexiconEntries: [String]
    /// For an English name: the parts that are also ordinary lower-case words (`Maps` in `Google Maps`); a
    /// loanword for one of them (`マップ`) does not render the name when it has other parts.
    package var ordinaryParts: Set<Int> = []

    package init(
        range: Range<Int>, surface: String, kind: Kind, script: Script, parts: [[String]], isCertain: Bool,
        lexiconEntries: [String] = []
    ) {
        self.range = range
        self.surface = surface
        self.kind = kind
        self.script = script
        self.parts = parts
        self.isCertain = isCertain
        self.lexiconEntries = lexiconEntries
    }
}
