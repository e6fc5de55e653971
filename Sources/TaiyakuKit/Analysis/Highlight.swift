/// A part of a segment worth showing: an anchor or a glossary term.
public struct Highlight: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case anchor
        case term
    }

    public let kind: Kind
    /// UTF-16 offsets into the segment's text.
    public let range: Range<Int>
    /// What it is, e.g. `date 2025-12-20` or a glossary concept id.
    public let label: String

    public init(kind: Kind, range: Range<Int>, label: String) {
        self.kind = kind
        self.range = range
        self.label = label
    }
}
