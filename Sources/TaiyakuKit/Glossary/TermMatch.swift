/// An occurrence of a glossary term in a text.
public struct TermMatch: Sendable, Hashable {
    /// The concept's id, e.g. `place.ashgabat`.
    public let conceptID: String
    /// Which form matched: the preferred one, an accepted variant or a deprecated one.
    public let status: TermStatus
    /// The glossary form that matched.
    public let form: String
    /// The text as written (it may differ from `form` in case, width, dashes, quotes, or a plural or
    /// possessive ending).
    public let surface: String
    /// The UTF-16 range of `surface` in the text that was searched (a segment's text).
    public let range: Range<Int>
    /// The concept's position in the glossary.
    package let entryIndex: Int
    /// The matched pattern in the matcher.
    package let patternIndex: Int

    package init(
        conceptID: String, status: TermStatus, form: String, surface: String, range: Range<Int>, entryIndex: Int,
        patternIndex: Int
    ) {
        self.conceptID = conceptID
        self.status = status
        self.form = form
        self.surface = surface
        self.range = range
        self.entryIndex = entryIndex
        self.patternIndex = patternIndex
    }
}
