/// An anchor together with the segment it was found in: what the mismatch checks compare across a bead.
package struct PlacedAnchor: Sendable, Hashable {
    package let segment: Int
    package let anchor: Anchor

    package init(segment: Int, anchor: Anchor) {
        self.segment = segment
        self.anchor = anchor
    }
}

extension DocumentSide {
    /// The other document of the pair.
    package var other: DocumentSide { self == .source ? .target : .source }
}

extension Bead {
    /// The bead's segments on `side`.
    package func segments(_ side: DocumentSide) -> Range<Int> {
        side == .source ? source : target
    }
}

extension CheckContext {
    /// The anchors of `segments` on `side`, segment by segment, each in order of position.
    package func anchors(_ side: DocumentSide, segments: Range<Int>) -> [PlacedAnchor] {
        segments.flatMap { segment in anchors(side, segment: segment).map { PlacedAnchor(segment: segment, anchor: $0) }
        }
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
