/// How a glossary sanctions one written form of a concept.
public enum TermStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The house form.
    case preferred
    /// Another form that may be used.
    case accepted
    /// A form that must not be used (outdated, non-standard, or the wrong width of a character).
    case deprecated

    private var rank: Int {
        switch self {
        case .preferred: return 0
        case .accepted: return 1
        case .deprecated: return 2
        }
    }

    /// Preferred sorts first, deprecated last.
    public static func < (lhs: TermStatus, rhs: TermStatus) -> Bool { lhs.rank < rhs.rank }
}

/// One written form of a concept in one language, with its status.
public struct TermForm: Sendable, Hashable {
    public let text: String
    public let status: TermStatus

    public init(text: String, status: TermStatus) {
        self.text = text
        self.status = status
    }
}

/// The forms of one concept in one language: the preferred form, the accepted variants and the deprecated ones.
public struct GlossaryTerms: Sendable, Hashable {
    public var preferred: String
    public var accepted: [String]
    public var deprecated: [String]

    public init(preferred: String, accepted: [String] = [], deprecated: [String] = []) {
        self.preferred = preferred
        self.accepted = accepted
        self.deprecated = deprecated
    }

    /// Calls `body` with every form in the order of `forms`, without building the array.
    package func forEachForm<E: Error>(_ body: (String, TermStatus) throws(E) -> Void) throws(E) {
        try body(preferred, .preferred)
        for form in accepted { try body(form, .accepted) }
        for form in deprecated { try body(form, .deprecated) }
    }

    /// Every form, preferred first, then the accepted ones, then the deprecated ones, each group in file order.
    public var forms: [TermForm] {
        [TermForm(text: preferred, status: .preferred)]
            + accepted.map { TermForm(text: $0, status: .accepted) }
            + deprecated.map { TermForm(text: $0, status: .deprecated) }
    }
}
