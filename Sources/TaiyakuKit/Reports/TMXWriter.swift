/// The aligned pairs as a TMX 1.4b translation memory for CAT tools: one `tu` per aligned bead, unaligned
/// segments left out.
public struct TMXWriter: Sendable {
    /// The tool name and version written in the header.
    public let toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public func document(for alignment: Alignment) -> String {
        let sourceLanguage = alignment.source.language.rawValue
        let targetLanguage = alignment.target.language.rawValue
        let header = MarkupElement(
            "header",
            attributes: [
                ("creationtool", "Taiyaku"), ("creationtoolversion", toolVersion), ("segtype", "sentence"),
                ("o-tmf", "Taiyaku"), ("adminlang", "en"), ("srclang", sourceLanguage), ("datatype", "plaintext"),
            ])
        var units: [MarkupElement.Child] = []
        for bead in alignment.beads where bead.isAligned {
            let properties = [
                MarkupElement("prop", attributes: [("type", "x-confidence")], text: String(format: bead.confidence)),
                MarkupElement("prop", attributes: [("type", "x-source-segments")], text: "\(bead.source.lowerBound)-\(bead.source.upperBound - 1)"),
                MarkupElement("prop", attributes: [("type", "x-target-segments")], text: "\(bead.target.lowerBound)-\(bead.target.upperBound - 1)"),
            ]
            let variants = [
                variant(language: sourceLanguage, text: alignment.source.text(ofSegments: bead.source)),
                variant(language: targetLanguage, text: alignment.target.text(ofSegments: bead.target)),
            ]
            units.append(.element(MarkupElement("tu", children: (properties + variants).map { .element($0) })))
        }
        let root = MarkupElement(
            "tmx", attributes: [("version", "1.4")],
            children: [.element(header), .element(MarkupElement("body", children: units))])
        return root.document()
    }

    private func variant(language: String, text: String) -> MarkupElement {
        MarkupElement("tuv", attributes: [("xml:lang", language)], children: [.element(MarkupElement("seg", text: text))])
    }

    private func String(format confidence: Double) -> Swift.String {
        let thousandths = Int((confidence * 1000).rounded())
        return "\(thousandths / 1000).\(Swift.String(thousandths % 1000).leftPadded(to: 3))"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
