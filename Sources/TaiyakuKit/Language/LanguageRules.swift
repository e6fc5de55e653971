import Foundation

/// The segmentation and layout rules of one language, held as data (see `Resources/Rules/*.txt`).
package struct LanguageRules: Sendable {
    /// How an abbreviation that ends in a full stop affects a sentence break after it.
    public enum AbbreviationClass: Sendable {
        /// Never ends a sentence (Mr., e.g.).
        case always
        /// Ends a sentence only when the next word starts with a capital letter (etc., a.m., Ltd.).
        case unlessCapitalized
        /// Never ends a sentence when a number follows (No. 5, pp. 3–4).
        case beforeNumber
        /// Ends a sentence only when the next word is one that starts sentences (`the U.S. These talks`, against
        /// `the U.S. Government`).
        case unlessSentenceStarter
    }

    public let language: Language
    /// The ICU locale for sentence breaks.
    public let icuLocale: String
    /// Abbreviations, exactly as written (case matters: `No.` is not `no.`), with their class. Most end in a full
    /// stop; a name that ends in an exclamation mark (`Yahoo!`) is listed the same way.
    public let abbreviations: [String: AbbreviationClass]
    /// Capitalised words that start sentences far more often than they continue a name (`The`, `These`, `However`):
    /// after an abbreviation of class `unlessSentenceStarter` or an initial, one of them starts a new sentence.
    public let sentenceStarters: Set<String>
    /// `abbreviations` and `sentenceStarters` again, looked up by a text's code units without building a string
    /// (they are asked at every candidate sentence break).
    package let abbreviationTable: UnitSequenceTable<AbbreviationClass>
    package let sentenceStarterTable: UnitSequenceTable<Bool>
    /// `continuationWords`, looked up by a text's code units with `foldingCase` (`And` finds `and`).
    package let continuationWordTable: UnitSequenceTable<Bool>
    /// Lower-case words after which a line broken by a blank line continues (`Technical and` / `Scientific …`).
    public let continuationWords: Set<String>
    /// The pairs (opening and closing character) no sentence break may fall inside.
    public let brackets: BracketTable
    /// Characters that continue a sentence right after a closing bracket (`」と述べた`).
    public let continuationAfterCloser: Set<UInt16>
    /// Characters after which a blank line always ends the paragraph (Japanese particles: a phrase ended there).
    public let paragraphFinalCharacters: Set<UInt16>
    /// Kana that never start a word (`る`, `ん`, small kana): a paragraph that starts with one after a blank line
    /// continues a word PDF extraction cut (`推進す` / `ることで`).
    public let wordInternalCharacters: Set<UInt16>
    /// Particles that mark the topic of a sentence after a noun (`双方は`); a headline does not use them, so an
    /// unfinished line that holds one is running text.
    public let topicMarkers: Set<UInt16>
    /// Inflectional suffixes, in the order they are tried, that reduce a word to the stem a word list is matched
    /// on (`ies` → `y`, `ing`); empty for a language whose words are matched as substrings.
    public let stemmingSuffixes: [StemmingSuffix]

    /// A suffix and what replaces it.
    public struct StemmingSuffix: Sendable, Hashable {
        public let suffix: [UInt16]
        public let replacement: [UInt16]
    }

    public init(
        language: Language, icuLocale: String, abbreviations: [String: AbbreviationClass],
        sentenceStarters: Set<String> = [], continuationWords: Set<String>, brackets: [UInt16: UInt16], continuationAfterCloser: Set<UInt16> = [],
        paragraphFinalCharacters: Set<UInt16> = [], wordInternalCharacters: Set<UInt16> = [],
        topicMarkers: Set<UInt16> = [], stemmingSuffixes: [StemmingSuffix] = []
    ) {
        self.language = language
        self.icuLocale = icuLocale
        self.abbreviations = abbreviations
        self.sentenceStarters = sentenceStarters
        self.abbreviationTable = UnitSequenceTable(abbreviations.map { (key: $0.key, value: $0.value) })
        self.sentenceStarterTable = UnitSequenceTable(sentenceStarters.map { (key: $0, value: true) })
        self.continuationWordTable = UnitSequenceTable(continuationWords.map { (key: $0.lowercased(), value: true) })
        self.continuationWords = continuationWords
        self.brackets = BracketTable(pairs: brackets)
        self.continuationAfterCloser = continuationAfterCloser
        self.paragraphFinalCharacters = paragraphFinalCharacters
        self.wordInternalCharacters = wordInternalCharacters
        self.topicMarkers = topicMarkers
        self.stemmingSuffixes = stemmingSuffixes
    }

    /// The rules shipped with Taiyaku for `language`, compiled into the library.
    /// - Throws: `RulesError.malformedLine` when the shipped file is malformed (a broken build, caught by the tests).
    public static func builtIn(for language: Language) throws(RulesError) -> LanguageRules {
        let file = EmbeddedFile.rules(for: language)
        return try parse(String(decoding: file.bytes, as: UTF8.self), file: file.name, language: language)
    }

    /// Parses a rule file (the format is described at the top of `Resources/Rules/en.txt`).
    /// - Throws: `RulesError.malformedLine` naming the file and line of the first entry it cannot read.
    public static func parse(_ text: String, file: String, language: Language) throws(RulesError) -> LanguageRules {
        var section: String?
        var icuLocale = language.rawValue
        var abbreviations: [String: AbbreviationClass] = [:]
        var sentenceStarters: Set<String> = []
        var continuationWords: Set<String> = []
        var brackets: [UInt16: UInt16] = [:]
        var continuationAfterCloser: Set<UInt16> = []
        var paragraphFinalCharacters: Set<UInt16> = []
        var wordInternalCharacters: Set<UInt16> = []
        var topicMarkers: Set<UInt16> = []
        var stemmingSuffixes: [StemmingSuffix] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            switch section {
            case "icu-locale":
                icuLocale = line
            case "abbreviations":
                abbreviations[line] = .always
            case "abbreviations-unless-capitalized":
                abbreviations[line] = .unlessCapitalized
            case "abbreviations-before-number":
                abbreviations[line] = .beforeNumber
            case "abbreviations-unless-sentence-starter":
                abbreviations[line] = .unlessSentenceStarter
            case "sentence-starters":
                sentenceStarters.insert(line)
            case "continuation-words":
                continuationWords.insert(line.lowercased())
            case "brackets":
                let units = Array(line.utf16)
                guard units.count == 2 else {
                    throw .malformedLine(file: file, line: number + 1, reason: "a bracket pair is two characters")
                }
                brackets[units[0]] = units[1]
            case "continuation-after-closer":
                continuationAfterCloser.formUnion(line.utf16)
            case "paragraph-final-characters":
                paragraphFinalCharacters.formUnion(line.utf16)
            case "word-internal-characters":
                wordInternalCharacters.formUnion(line.utf16)
            case "topic-markers":
                topicMarkers.formUnion(line.utf16)
            case "stemming-suffixes":
                let parts = line.split(separator: " ")
                guard parts.count == 1 || parts.count == 2 else {
                    throw .malformedLine(file: file, line: number + 1, reason: "a suffix, optionally followed by its replacement")
                }
                stemmingSuffixes.append(
                    StemmingSuffix(suffix: Array(parts[0].utf16), replacement: parts.count == 2 ? Array(parts[1].utf16) : []))
            default:
                throw .malformedLine(file: file, line: number + 1, reason: "entry outside a known section")
            }
        }
        return LanguageRules(
            language: language, icuLocale: icuLocale, abbreviations: abbreviations,
            sentenceStarters: sentenceStarters, continuationWords: continuationWords, brackets: brackets,
            continuationAfterCloser: continuationAfterCloser, paragraphFinalCharacters: paragraphFinalCharacters,
            wordInternalCharacters: wordInternalCharacters, topicMarkers: topicMarkers, stemmingSuffixes: stemmingSuffixes)
    }
}

/// Why segmentation rules could not be loaded.
public enum RulesError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(file: String)
    case malformedLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missing(let file):
            return "\(file): the rule file is missing from Taiyaku's resources"
        case .malformedLine(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        }
    }
}
