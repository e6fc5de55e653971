/// A paragraph of a document after layout repair: a heading, a body paragraph or one numbered or bulleted item.
public struct Paragraph: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// A line or block with no sentence-final punctuation: a title, a date line, a section heading, a
        /// signature line.
        case heading
        /// Running text, to be cut into sentences.
        case body
        /// A numbered or bulleted item; its label stays at the start of its text.
        case listItem = "list-item"
    }

    /// 0-based position among the document's paragraphs.
    public let index: Int
    public let kind: Kind
    /// The item number or bullet as written (`1.`, `１．`, `(2)`, `・`), or a heading's section number (`II`).
    public let label: String?
    /// The repaired text: lines joined, markup markers removed, broken sentences rejoined.
    package let units: [UInt16]
    /// Where each part of `units` came from in the original document.
    package let offsets: OffsetMap
    /// The UTF-16 length of the label and the spaces after it at the start of `units` (0 without a label).
    package let labelLength: Int

    public var text: String { String(units: units) }

    /// The paragraph's range in the original document.
    public var range: Range<Int> { offsets.originalRange(of: 0..<units.count) }
}
