/// One side of an alignment: a segmented document and what was found in each segment.
public struct AlignmentSide: Sendable {
    public let document: SegmentedDocument
    /// The anchors of each segment (`anchors[i]` belongs to segment `i`); empty lists when none were extracted.
    public let anchors: [[Anchor]]
    /// The glossary concept ids found in each segment.
    public let terms: [[String]]
    /// The lexicon words found in each segment, each named by a form all languages agree on (its first form in
    /// the lexicon's first language).
    public let words: [[String]]
    /// The date the anchors' relative dates were resolved against (`nil`: none was known).
    public let documentDate: CalendarDate?

    public init(
        document: SegmentedDocument, anchors: [[Anchor]]? = nil, terms: [[String]]? = nil,
        words: [[String]]? = nil, documentDate: CalendarDate? = nil
    ) {
        let count = document.segments.count
        self.document = document
        self.documentDate = documentDate
        self.anchors = anchors ?? Array(repeating: [], count: count)
        self.terms = terms ?? Array(repeating: [], count: count)
        self.words = words ?? Array(repeating: [], count: count)
        precondition(
            self.anchors.count == count && self.terms.count == count && self.words.count == count, "one list per segment")
    }
}
