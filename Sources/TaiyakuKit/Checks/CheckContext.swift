/// Everything a check may read about a pair of documents, and the one way it reports a place.
public struct CheckContext: Sendable {
    public let source: SegmentedDocument
    public let target: SegmentedDocument
    /// The alignment of the pair, in document order (empty when only one document is checked).
    public let beads: [Bead]

    public init(source: SegmentedDocument, target: SegmentedDocument, beads: [Bead]) {
        self.source = source
        self.target = target
        self.beads = beads
    }

    public func document(_ side: DocumentSide) -> SegmentedDocument {
        side == .source ? source : target
    }

    /// The location of `textRange` (UTF-16 offsets into the segment's text; the whole segment when nil) of
    /// segment `index` on `side`. Checks never compute offsets or lines themselves.
    public func location(_ side: DocumentSide, segment index: Int, textRange: Range<Int>? = nil) -> FindingLocation {
        let segment = document(side).segments[index]
        let part = textRange ?? 0..<segment.units.count
        return FindingLocation(
            segment: index, range: segment.originalRange(of: part), textRange: part, segmentText: segment.text)
    }
}
