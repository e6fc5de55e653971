/// The terms of one document, segment by segment: the folded text, the glossary terms and the variant
/// spellings found in it.
package struct SegmentTerms: Sendable {
    package let folded: [FoldedText]
    /// The folded text as `TermMatcher.occurs` reads it.
    package let presence: [PresenceForm]
    package let matches: [[TermMatch]]
    package let variantMatches: [[TermMatch]]

    /// The glossary concepts of each segment (nil when no glossary was searched).
    package var conceptIDs: [[String]]? {
        matches.isEmpty ? nil : matches.map { $0.map(\.conceptID) }
    }

    package init() {
        folded = []
        presence = []
        matches = []
        variantMatches = []
    }

    /// Searches every segment of `document`.
    /// - Parameter names: the document's names and morphemes (`NameAnalyser`); where a segment has morphemes, terms
    ///   and variant spellings match only between words (see `TermMatcher`).
    package init(
        _ document: SegmentedDocument, terminology: Terminology, names: DocumentNames = DocumentNames()
    ) throws(ICUError) {
        var folded: [FoldedText] = []
        var matches: [[TermMatch]] = []
        var variantMatches: [[TermMatch]] = []
        let matcher = terminology.matchers[document.language]
        let variantMatcher = terminology.variantMatchers[document.language]
        for segment in document.segments {
            let text = try FoldedText(segment.units)
            folded.append(text)
            let boundaries = names.boundaries(segment: segment.index)
            matches.append(matcher?.matches(in: text, original: segment.units, boundaries: boundaries) ?? [])
            variantMatches.append(
                variantMatcher?.matches(in: text, original: segment.units, boundaries: boundaries) ?? [])
        }
        self.folded = folded
        self.presence = folded.map { PresenceForm(folded: $0.units) }
        self.matches = matches
        self.variantMatches = variantMatches
    }
}
