/// An anchor together with the segment it was found in: what the mismatch checks compare across a bead.
package struct PlacedAnchor: Sendable, Hashable {
    package let segment: Int
    package let anchor: Anchor

    package init(segment: Int, anchor: Anchor) {
        self.segment = segment
        self.anchor = anchor
    }
}
