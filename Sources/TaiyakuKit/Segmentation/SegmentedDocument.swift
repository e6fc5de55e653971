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
