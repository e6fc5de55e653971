/// One concept of a glossary: its id and kind, and its forms in each language.
public struct GlossaryEntry: Sendable, Hashable {
    /// What a concept is; proper nouns are what the near-miss check compares misspellings against.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case person
        case title
        case country
        case place
        case organization
        case programme
        case event
        case agreement
        case document
        case phrase
        case term

        /// Persons, places, countries and organizations: names whose spelling is fixed.
        public var isProperNoun: Bool {
            switch self {
            case .person, .place, .country, .organization: return true
            default: return false
            }
        }
    }

    /// A stable id such as `place.ashgabat`.
    public var id: String
    public var kind: Kind
    /// The forms in each language the glossary covers.
    public var terms: [Language: GlossaryTerms]
    /// Free text: why a form was chosen, what is uncertain.
    public var note: String
    /// Where the concept was seen (in the shipped glossary: seed numbers such as `003 004`, or `-`).
    public var seenIn: String

    public init(
        id: String, kind: Kind, terms: [Language: GlossaryTerms], note: String = "", seenIn: String = ""
    ) {
        self.id = id
        self.kind = kind
        self.terms = terms
        self.note = note
        self.seenIn = seenIn
    }

    /// The forms in `language`, or `nil` when the concept has none in it.
    public func terms(in language: Language) -> GlossaryTerms? {
        terms[language]
    }
}
