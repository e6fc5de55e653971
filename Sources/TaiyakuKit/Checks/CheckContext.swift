/// Everything a check may read about a pair of documents, and the one way it reports a place.
public struct CheckContext: Sendable {
    public let source: SegmentedDocument
    public let target: SegmentedDocument
    /// The alignment of the pair, in document order (empty when only one document is checked).
    public let beads: [Bead]
    /// Whether the aligner took the documents for translations of each other (see `Alignment.isTranslation`);
    /// true when no alignment was made.
    public let isTranslation: Bool
    /// The glossary and orthographic variant groups the terminology checks read (`nil`: they find nothing).
    public let terminology: Terminology?
    /// The terms found in each segment of the source and of the target (empty without terminology).
    package let sourceTerms: SegmentTerms
    package let targetTerms: SegmentTerms
    /// The anchors of each segment of the source and of the target (empty unless the reviewer extracted them).
    package let sourceAnchors: SegmentAnchors
    package let targetAnchors: SegmentAnchors

    public init(source: SegmentedDocument, target: SegmentedDocument, beads: [Bead]) {
        self.source = source
        self.target = target
        self.beads = beads
        self.isTranslation = true
        self.terminology = nil
        self.sourceTerms = SegmentTerms()
        self.targetTerms = SegmentTerms()
        self.sourceAnchors = SegmentAnchors()
        self.targetAnchors = SegmentAnchors()
    }

    /// A context with a glossary: every segment of both documents is searched for glossary terms and variant
    /// spellings once, here, and the checks share the result.
    /// - Throws: `ICUError` if ICU cannot normalise a segment.
    /// - Complexity: O(n) in the length of the documents (times the longest term).
    public init(
        source: SegmentedDocument, target: SegmentedDocument, beads: [Bead], terminology: Terminology
    ) throws(ICUError) {
        self.source = source
        self.target = target
        self.beads = beads
        self.isTranslation = true
        self.terminology = terminology
        self.sourceTerms = try SegmentTerms(source, terminology: terminology)
        self.targetTerms = try SegmentTerms(target, terminology: terminology)
        self.sourceAnchors = SegmentAnchors()
        self.targetAnchors = SegmentAnchors()
    }

    /// A context whose terms and anchors were found already (the reviewer finds them before alignment, as
    /// evidence).
    package init(
        source: SegmentedDocument, target: SegmentedDocument, beads: [Bead], terminology: Terminology?,
        sourceTerms: SegmentTerms, targetTerms: SegmentTerms, sourceAnchors: SegmentAnchors = SegmentAnchors(),
        targetAnchors: SegmentAnchors = SegmentAnchors(), isTranslation: Bool = true
    ) {
        self.source = source
        self.target = target
        self.beads = beads
        self.isTranslation = isTranslation
        self.terminology = terminology
        self.sourceTerms = sourceTerms
        self.targetTerms = targetTerms
        self.sourceAnchors = sourceAnchors
        self.targetAnchors = targetAnchors
    }

    public func document(_ side: DocumentSide) -> SegmentedDocument {
        side == .source ? source : target
    }

    /// The glossary terms in segment `index` on `side`, in order (ranges are UTF-16 offsets in its text).
    public func termMatches(_ side: DocumentSide, segment index: Int) -> [TermMatch] {
        let terms = self.terms(side)
        return index < terms.matches.count ? terms.matches[index] : []
    }

    package func terms(_ side: DocumentSide) -> SegmentTerms {
        side == .source ? sourceTerms : targetTerms
    }

    /// The anchors (dates, numbers, names) of segment `index` on `side`, in order of position; empty when the
    /// context was built without them (only the reviewer extracts anchors).
    public func anchors(_ side: DocumentSide, segment index: Int) -> [Anchor] {
        let anchors = (side == .source ? sourceAnchors : targetAnchors).anchors
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
        (side == .source ? sourceAnchors : targetAnchors).documentDate
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
        return Finding(
            ruleID: check.id, severity: check.defaultSeverity, message: message,
            source: side == .source ? location : nil, target: side == .target ? location : nil,
            suggestion: suggestion)
    }

    /// A finding on both sides: one place in a source segment and one in a target segment (`nil` ranges: the
    /// whole segment).
    package func finding(
        _ check: some Check, source: (segment: Int, textRange: Range<Int>?),
        target: (segment: Int, textRange: Range<Int>?), message: String, suggestion: String? = nil
    ) -> Finding {
        Finding(
            ruleID: check.id, severity: check.defaultSeverity, message: message,
            source: location(.source, segment: source.segment, textRange: source.textRange),
            target: location(.target, segment: target.segment, textRange: target.textRange), suggestion: suggestion)
    }
}

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

    package init(_ document: SegmentedDocument, terminology: Terminology) throws(ICUError) {
        var folded: [FoldedText] = []
        var matches: [[TermMatch]] = []
        var variantMatches: [[TermMatch]] = []
        let matcher = terminology.matchers[document.language]
        let variantMatcher = terminology.variantMatchers[document.language]
        for segment in document.segments {
            let text = try FoldedText(segment.units)
            folded.append(text)
            matches.append(matcher?.matches(in: text, original: segment.units) ?? [])
            variantMatches.append(variantMatcher?.matches(in: text, original: segment.units) ?? [])
        }
        self.folded = folded
        self.presence = folded.map { PresenceForm(folded: $0.units) }
        self.matches = matches
        self.variantMatches = variantMatches
    }
}
