import Foundation
import Testing

@testable import TaiyakuKit

/// The shipped glossary and variant groups, and contexts built on them.
enum TerminologyFixtures {
    /// The terminology rules (the registry also holds the alignment rules).
    static let checks: [any Check] = [
        TermMissingCheck(), TermDeprecatedCheck(), TermInconsistentCheck(), TermNearMissCheck(), VariantInconsistentCheck(),
    ]

    static func findings(_ context: CheckContext) -> [Finding] {
        checks.flatMap { $0.findings(in: context) }
    }

    static func terminology() throws -> Terminology {
        let glossary = try Glossary.load(contentsOf: Fixtures.path("Glossaries/central-asia.tsv"))
        let variants = try OrthographicVariants.load(contentsOf: Fixtures.path("Glossaries/variants.ja.tsv"))
        return try Terminology(glossary: glossary, variants: [variants])
    }

    /// A document made from `text`, segmented in the language its script shows (English when it cannot tell).
    static func segmented(_ text: String, name: String) throws -> SegmentedDocument {
        let document = Document(name: name, text: text)
        return try Segmenter(language: Language.detect(in: document.units) ?? .english).segment(document)
    }

    /// The context of a check example: the source and target texts aligned by the aligner.
    static func context(_ example: CheckExample, terminology: Terminology) throws -> CheckContext {
        let source = try segmented(example.source, name: "source")
        let target = try segmented(example.target, name: "target")
        // The whole pipeline: anchors and glossary terms are the aligner's evidence.
        return try Reviewer(checks: [], terminology: terminology).context(for: TranslationPair(source: source, target: target))
    }

    /// The context of two documents with given beads: both analysed with `terminology` (anchors and terms).
    static func context(
        source: SegmentedDocument, target: SegmentedDocument, beads: [Bead], terminology: Terminology?
    ) throws -> CheckContext {
        let analysis = try DocumentAnalyser(terminology: terminology).analyse(TranslationPair(source: source, target: target))
        return CheckContext(analysis: analysis, beads: beads, terminology: terminology)
    }

    /// A single document checked alone (an empty target).
    static func context(alone document: SegmentedDocument, terminology: Terminology) throws -> CheckContext {
        let empty = try segmented("", name: "empty")
        let analysis = try DocumentAnalyser(terminology: terminology).analyse(TranslationPair(source: document, target: empty))
        return CheckContext(analysis: analysis, beads: [], terminology: terminology)
    }

    /// Beads from a gold alignment file (`seeds/examples/*.gold.json`), whose sentence texts equal the segment
    /// texts of its source and target.
    static func goldBeads(_ relative: String, source: SegmentedDocument, target: SegmentedDocument) throws -> [Bead] {
        struct Gold: Decodable {
            struct GoldBead: Decodable {
                let source: [String]
                let target: [String]
            }
            let beads: [GoldBead]
        }
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: Fixtures.path(relative))))
        var sourceNext = 0
        var targetNext = 0
        func take(_ texts: [String], from document: SegmentedDocument, next: inout Int) throws -> Range<Int> {
            let start = next
            for text in texts {
                let index = try #require(
                    document.segments[next...].firstIndex { $0.text == text }, "no segment '\(text.prefix(40))'")
                try #require(index == next, "gold sentence out of order: '\(text.prefix(40))'")
                next = index + 1
            }
            return start..<next
        }
        return try gold.beads.map { bead in
            Bead(
                source: try take(bead.source, from: source, next: &sourceNext),
                target: try take(bead.target, from: target, next: &targetNext), confidence: 1)
        }
    }
}
