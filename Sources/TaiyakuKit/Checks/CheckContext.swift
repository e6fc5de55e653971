/// Everything a check may read about a pair of documents, and the one way it reports a place.
///
/// A context is built from the analysis of both documents and their alignment, so every check sees the same
/// anchors, terms and words the aligner used.
public struct CheckContext: Sendable {
    /// What the analysis found in each segment of both documents.
    public let analysis: Pair<AnalysedDocument>
    /// The alignment of the pair, in document order (empty when only one document is checked).
    public let beads: [Bead]
    /// Whether the aligner took the documents for translations of each other (see `Alignment.isTranslation`).
    public let isTranslation: Bool
    /// The glossary and orthographic variant groups the terminology checks read (`nil`: they find nothing).
    public let terminology: Terminology?

    /// - Parameters:
    ///   - analysis: both documents, analysed with `terminology` (see `DocumentAnalyser`).
    ///   - beads: their alignment (`Alignment.beads`), or none when documents are checked on their own.
    ///   - isTranslation: `Alignment.isTranslation`; when false, only document-level checks report.
    ///   - terminology: the glossary the analysis searched for.
    public init(analysis: Pair<AnalysedDocument>, beads: [Bead], isTranslation: Bool = true, terminology: Terminology?) {
        self.analysis = analysis
        self.beads = beads
        self.isTranslation = isTranslation
        self.terminology = terminology
    }

    public var source: SegmentedDocument { analysis.source.document }
    public var target: SegmentedDocument { analysis.target.document }

    public func document(_ side: DocumentSide) -> SegmentedDocument {
        analysis[side].document
    }

    /// The glossary terms in segment `index` on `side`, in order (ranges are UTF-16 offsets in its text).
    public func termMatches(_ side: DocumentSide, segment index: Int) -> [TermMatch] {
        analysis[side].termMatches(segment: index)
    }

    package func terms(_ side: DocumentSide) -> SegmentTerms {
        analysis[side].terms
    }

    /// The anchors (dates, numbers, names) of segment `index` on `side`, in order of position.
    public func anchors(_ side: DocumentSide, segment index: Int) -> [Anchor] {
        let anchors = analysis[side].anchors
        return index < anchors.count ? anchors[index] : []
    }

    /// The anchors of `segments` on `side`, segment by segment, each in order of position.
    package func anchors(_ side: DocumentSide, segments: Range<Int>) -> [PlacedAnchor] {
        segments.flatMap { segment in
            anchors(side, segment: segment).map { PlacedAnchor(segment: segment, anchor: $0) }
        }
    }

    /// The date relative dates on `side` were resolved against (`this year`, `本年１２月`), or `nil`.
    public func documentDate(_ side: DocumentSide) -> CalendarDate? {
        analysis[side].documentDate
    }

    /// The location of `textRange` (UTF-16 offsets into the segment's text; the whole segment when nil) of
    /// segment `index` on `side`. Checks never compute offsets or lines themselves.
    public func location(_ side: DocumentSide, segment index: Int, textRange: Range<Int>? = nil) -> FindingLocation {
        let segment = document(side).segments[index]
        let part = textRange ?? 0..<segment.units.count
        return FindingLocation(
            segment: index, range: segment.originalRange(of: part), textRange: part, segmentText: segment.text)
    }

    /// A finding on one side only.
    package func finding(
        _ check: some Check, _ side: DocumentSide, segment: Int, textRange: Range<Int>?, message: String,
        suggestion: String? = nil
    ) -> Finding {
        let location = location(side, segment: segment, textRange: textRange)
        var locations = Pair<FindingLocation?>(source: nil, target: nil)
        locations[side] = location
        return Finding(
            ruleID: check.id, severity: check.defaultSeverity, message: message, source: locations.source,
            target: locations.target, suggestion: suggestion)
    }

    /// A finding on both sides: one place in a source segment and one in a target segment (`nil` ranges: the
    /// whole segment).
    package func finding(
        _ check: some Check, source: (segment: Int, textRange: Range<Int>?),
        target: (segment: Int, textRange: Range<Int>?), message: String, suggestion: String? = nil,
        severity: Finding.Severity? = nil
    ) -> Finding {
        Finding(
            ruleID: check.id, severity: severity ?? check.defaultSeverity, message: message,
            source: location(.source, segment: source.segment, textRange: source.textRange),
            target: location(.target, segment: target.segment, textRange: target.textRange), suggestion: suggestion)
    }

    /// A finding on both sides seen from `side`: `here` is a place on `side`, `there` one on the other side.
    package func finding(
        _ check: some Check, on side: DocumentSide, here: (segment: Int, textRange: Range<Int>?),
        there: (segment: Int, textRange: Range<Int>?), message: String, suggestion: String? = nil,
        severity: Finding.Severity? = nil
    ) -> Finding {
        let places = side == .source ? Pair(source: here, target: there) : Pair(source: there, target: here)
        return finding(
            check, source: places.source, target: places.target, message: message, suggestion: suggestion,
            severity: severity)
    }
}
