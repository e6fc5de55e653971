/// The anchors of one document, segment by segment, and the date its relative dates were resolved against:
/// what the mismatch checks compare.
package struct SegmentAnchors: Sendable {
    /// `anchors[i]` belongs to segment `i`; empty when no anchors were extracted.
    package let anchors: [[Anchor]]
    package let documentDate: CalendarDate?

    package init(anchors: [[Anchor]] = [], documentDate: CalendarDate? = nil) {
        self.anchors = anchors
        self.documentDate = documentDate
    }

    /// What the aligner read on one side.
    package init(_ side: AlignmentSide) {
        self.init(anchors: side.anchors, documentDate: side.documentDate)
    }
}
