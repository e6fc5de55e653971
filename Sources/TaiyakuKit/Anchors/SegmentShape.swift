/// What the grammars need to know about a segment besides its text: whether it is a heading (every word
/// capitalised, so capitals say little) and how long its item label is (the text after it starts a sentence).
package struct SegmentShape: Sendable, Hashable {
    package var isHeading: Bool
    /// The UTF-16 length of the item label and the spaces after it at the start of the text (0 without one).
    package var labelLength: Int

    package init(isHeading: Bool, labelLength: Int) {
        self.isHeading = isHeading
        self.labelLength = labelLength
    }

    package init(_ segment: Segment) {
        isHeading = segment.kind == .heading
        var length = 0
        if let label = segment.label {
            let labelUnits = Array(label.utf16)
            if segment.units.starts(with: labelUnits) {
                length = labelUnits.count
                while length < segment.units.count, CharacterClass.isSpace(segment.units[length]) { length += 1 }
            }
        }
        labelLength = length
    }
}
