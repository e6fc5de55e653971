/// A document cut into segments: the input of anchor extraction, alignment and checks.
public struct SegmentedDocument: Sendable {
    public let document: Document
    public let language: Language
    public let paragraphs: [Paragraph]
    public let segments: [Segment]

    public init(document: Document, language: Language, paragraphs: [Paragraph], segments: [Segment]) {
        self.document = document
        self.language = language
        self.paragraphs = paragraphs
        self.segments = segments
    }
}

extension SegmentedDocument {
    /// The texts of the segments in `range` joined as running text: with nothing beside a wide (Japanese)
    /// character, with one space otherwise.
    public func text(ofSegments range: Range<Int>) -> String {
        var units: [UInt16] = []
        for index in range {
            let next = segments[index].units
            if let last = units.last, let first = next.first, !CharacterClass.isWide(last), !CharacterClass.isWide(first) {
                units.append(0x20)
            }
            units.append(contentsOf: next)
        }
        return String(units: units)
    }
}
