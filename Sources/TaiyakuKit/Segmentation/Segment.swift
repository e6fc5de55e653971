/// One unit of alignment: a heading, a sentence, or the first sentence of a numbered item.
public struct Segment: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Codable {
        case heading
        case sentence
        /// The first sentence of a numbered or bulleted item; its label stays at the start of its text.
        case listItem = "list-item"
    }

    /// 0-based position among the document's segments; also its identity within the document.
    public let index: Int
    /// The paragraph (heading, body paragraph or item) the segment belongs to.
    public let paragraphIndex: Int
    public let kind: Kind
    /// The item's label as written (`1.`, `１．`) on a list item, a heading's section number (`II`), else `nil`.
    public let label: String?
    /// The text after layout repair, in UTF-16 code units.
    package let units: [UInt16]
    /// The segment's range in the original document, in UTF-16 code units.
    public let range: Range<Int>
    /// Where each part of the text came from in the original document.
    package let offsets: OffsetMap

    public var id: Int { index }

    /// The text after layout repair.
    public var text: String { String(units: units) }

    /// The original document's range for `textRange`, a range of UTF-16 offsets into `text`.
    public func originalRange(of textRange: Range<Int>) -> Range<Int> {
        offsets.originalRange(of: textRange)
    }

    package init(
        index: Int, paragraphIndex: Int, kind: Kind, label: String?, units: [UInt16], offsets: OffsetMap
    ) {
        self.index = index
        self.paragraphIndex = paragraphIndex
        self.kind = kind
        self.label = label
        self.units = units
        self.offsets = offsets
        self.range = offsets.originalRange(of: 0..<units.count)
    }
}
