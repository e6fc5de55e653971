/// One side of a translation pair after analysis: the segmented document and what was found in each of its
/// segments, computed once and read by the aligner, the checks and the reports.
///
/// Every per-segment list has one entry per segment (`anchors[i]` belongs to segment `i`); an empty list means
/// nothing of that kind was found, or nothing was looked for.
public struct AnalysedDocument: Sendable {
    public let document: SegmentedDocument
    /// The anchors (dates, numbers, names) of each segment, in order of position.
    public let anchors: [[Anchor]]
    /// The glossary terms and orthographic variants found in each segment, with the folded text they were found in.
    package let terms: SegmentTerms
    /// The lexicon words found in each segment, each named by a form all languages agree on (its first form in the
    /// lexicon's first language).
    public let words: [[String]]
    /// The date relative dates were resolved against (`nil`: none was known).
    public let documentDate: CalendarDate?
    /// The proper names of each segment and, for Japanese, its morphemes (empty: names were not analysed).
    package let names: DocumentNames

    /// - Parameters:
    ///   - anchors: one list per segment; `nil`: none extracted.
    ///   - terms: the glossary search of the document; `nil`: no glossary was searched.
    ///   - words: one list per segment; `nil`: no lexicon was searched.
    ///   - names: the names of the document (`NameAnalyser`); `nil`: not analysed.
    /// - Precondition: each list given has one entry per segment.
    package init(
        document: SegmentedDocument, anchors: [[Anchor]]? = nil, terms: SegmentTerms? = nil, words: [[String]]? = nil,
        documentDate: CalendarDate? = nil, names: DocumentNames? = nil
    ) {
        let count = document.segments.count
        self.document = document
        self.names = names ?? DocumentNames()
        self.documentDate = documentDate
        self.anchors = anchors ?? Array(repeating: [], count: count)
        self.terms = terms ?? SegmentTerms()
        self.words = words ?? Array(repeating: [], count: count)
        precondition(
            self.anchors.count == count && (self.terms.matches.isEmpty || self.terms.matches.count == count)
                && self.words.count == count,
            "one list per segment")
    }

    /// A document analysed for nothing: its segments alone, as the aligner sees a text with no evidence.
    public init(unanalysed document: SegmentedDocument) {
        self.init(document: document)
    }

    public var language: Language { document.language }
    public var segments: [Segment] { document.segments }

    /// The glossary terms of segment `index`, in order (ranges are UTF-16 offsets in its text).
    public func termMatches(segment index: Int) -> [TermMatch] {
        index < terms.matches.count ? terms.matches[index] : []
    }

    /// The glossary concept ids of segment `index`.
    package func conceptIDs(segment index: Int) -> [String] {
        termMatches(segment: index).map(\.conceptID)
    }
}
