import Foundation
import Testing
import TaiyakuKit

/// Paths and loaders for the seeds and fixtures the tests read.
enum Fixtures {
    /// The repository's top folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let seedNames = [
        "000": "seeds/000_7a41b1ca847362c5.txt",
        "001": "seeds/001_fa72e2bf2ac86908.txt",
        "002": "seeds/002_c13e9401dff22f7b.txt",
        "003": "seeds/003_8de714b2e908a213.txt",
        "004": "seeds/004_c378caca38268456.txt",
    ]

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func seed(_ number: String) throws -> Document {
        try Document.load(contentsOf: path(seedNames[number] ?? number))
    }

    /// A seed or example file segmented with the language its script shows.
    static func segmented(_ relative: String) throws -> SegmentedDocument {
        let document = try Document.load(contentsOf: path(seedNames[relative] ?? relative))
        let language = try #require(Language.detect(in: document.units))
        return try Segmenter(language: language).segment(document)
    }

    static func segmentTexts(_ text: String, language: Language) throws -> [String] {
        try Segmenter(language: language).segment(Document(name: "fixture", text: text)).segments.map(\.text)
    }
}
