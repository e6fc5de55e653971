import Foundation
import TaiyakuKit
import Testing

/// Extracts the anchors of a short text, as a document of its own.
enum AnchorProbe {
    /// The date most examples are read against: seed 003's and 004's.
    static let releaseDate = CalendarDate(year: 2025, month: 12, day: 20)

    static func anchors(
        _ text: String, _ language: Language, documentDate: CalendarDate? = releaseDate, knownNames: [KnownName] = []
    ) throws -> [Anchor] {
        let segmented = try Segmenter(language: language).segment(Document(name: "probe", text: text))
        let extractor = AnchorExtractor(language: language, documentDate: documentDate, knownNames: knownNames)
        return try extractor.anchors(in: segmented).flatMap { $0 }
    }

    /// The anchors of `kind` in `text`.
    static func anchors(
        of kind: Anchor.Kind, in text: String, _ language: Language, documentDate: CalendarDate? = releaseDate
    ) throws -> [Anchor] {
        try anchors(text, language, documentDate: documentDate).filter { $0.kind == kind }
    }

    /// The one anchor of `kind` in `text`; records an issue when there is not exactly one.
    static func only(
        _ kind: Anchor.Kind, in text: String, _ language: Language, documentDate: CalendarDate? = releaseDate,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Anchor {
        let found = try anchors(of: kind, in: text, language, documentDate: documentDate)
        #expect(found.count == 1, "\(kind) anchors in «\(text)»: \(found.map(\.value))", sourceLocation: sourceLocation)
        return try #require(found.first, sourceLocation: sourceLocation)
    }
}
