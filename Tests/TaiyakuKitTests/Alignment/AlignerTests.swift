import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct AlignerTests {
    static let golds = ["seeds/examples/004-tajikistan.gold.json", "seeds/examples/003-turkmenistan.gold.json"]

    @Test(arguments: golds)
    func ownTranslationsAlignWithLinkF1AtLeast098(gold: String) throws {
        let reference = try GoldAlignment(gold)
        let sides = try reference.pair.analysed()
        let alignment = Aligner().align(sides.source, with: sides.target)
        let score = reference.score(alignment)
        #expect(score.f1 >= 0.98, "precision \(score.precision), recall \(score.recall)")
    }

    /// With the shipped glossary's concepts and the shipped lexicon's words as evidence too, as `check` and
    /// `align` run by default.
    @Test(arguments: golds)
    func ownTranslationsAlignWithGlossaryEvidence(gold: String) throws {
        let reference = try GoldAlignment(gold)
        let reviewer = Reviewer(
            checks: [], terminology: try TerminologyFixtures.terminology(), lexicon: try LexiconIndex(Lexicon.builtIn()))
        let alignment = try reviewer.alignment(for: reference.pair)
        let score = reference.score(alignment)
        #expect(score.f1 >= 0.98, "precision \(score.precision), recall \(score.recall)")
        // The planted drop and addition must come out unaligned, not folded into a neighbour's bead.
        let unalignedSource = Set(alignment.beads.filter { $0.target.isEmpty }.flatMap { Array($0.source) })
        let unalignedTarget = Set(alignment.beads.filter { $0.source.isEmpty }.flatMap { Array($0.target) })
        #expect(reference.unalignedSource.isSubset(of: unalignedSource))
        #expect(reference.unalignedTarget.isSubset(of: unalignedTarget))
    }

    @Test(arguments: golds)
    func beadsCoverEverySegmentOnceInOrder(gold: String) throws {
        let reference = try GoldAlignment(gold)
        let sides = try reference.pair.analysed()
        let alignment = Aligner().align(sides.source, with: sides.target)
        #expect(alignment.beads.flatMap { Array($0.source) } == Array(reference.pair.source.segments.indices))
        #expect(alignment.beads.flatMap { Array($0.target) } == Array(reference.pair.target.segments.indices))
        #expect(alignment.beads.allSatisfy { (0...1).contains($0.confidence) })
        #expect(alignment.beads.allSatisfy { !$0.source.isEmpty || !$0.target.isEmpty })
    }

    @Test func droppedSentenceOfOurTranslationComesOutUnaligned() throws {
        let reference = try GoldAlignment(Self.golds[0])
        let sides = try reference.pair.analysed()
        let alignment = Aligner().align(sides.source, with: sides.target)
        // Item 37's second sentence is not translated in our Japanese (see the gold's notes).
        let dropped = try #require(reference.pair.source.segments.first { $0.text.hasPrefix("Both sides emphasized that such activities") })
        let bead = try #require(alignment.beads.first { $0.source.contains(dropped.index) })
        #expect(bead.target.isEmpty)
    }

    @Test func headingsAlignWithHeadings() throws {
        let reference = try GoldAlignment(Self.golds[0])
        let sides = try reference.pair.analysed()
        let alignment = Aligner().align(sides.source, with: sides.target)
        let source = reference.pair.source.segments
        let target = reference.pair.target.segments
        for bead in alignment.beads where bead.isAligned && source[bead.source.lowerBound].kind == .heading {
            #expect(target[bead.target.lowerBound].kind == .heading, "\(source[bead.source.lowerBound].text)")
        }
    }

    /// Seed 000 (April, English) and seed 003 (December, Japanese) are different releases on the same subject.
    @Test func releasesThatAreNotTranslationsAreNotForcedIntoPairs() throws {
        let pair = TranslationPair(source: try Fixtures.segmented("000"), target: try Fixtures.segmented("003"))
        let sides = try pair.analysed()
        let alignment = Aligner().align(sides.source, with: sides.target)
        #expect(!alignment.isTranslation)
        let aligned = alignment.beads.filter(\.isAligned)
        #expect(aligned.count <= 10, "\(aligned.count) of \(alignment.beads.count) beads aligned")
        #expect(aligned.allSatisfy { !$0.evidence.isEmpty && $0.confidence <= 0.5 })
        #expect(alignment.beads.filter { !$0.isAligned }.allSatisfy { $0.confidence <= 0.3 })
    }

    /// The same with the glossary and the lexicon, as the commands run: the two releases share much vocabulary
    /// (energy, cooperation, Afghanistan), which must not make them look like translations.
    @Test func releasesThatAreNotTranslationsAreNotForcedIntoPairsByEverydayWords() throws {
        let pair = TranslationPair(source: try Fixtures.segmented("000"), target: try Fixtures.segmented("003"))
        let reviewer = Reviewer(
            checks: [], terminology: try TerminologyFixtures.terminology(), lexicon: try LexiconIndex(Lexicon.builtIn()))
        let alignment = try reviewer.alignment(for: pair)
        #expect(!alignment.isTranslation)
        let aligned = alignment.beads.filter(\.isAligned)
        #expect(aligned.count * 4 <= alignment.beads.count, "\(aligned.count) of \(alignment.beads.count) beads aligned")
        #expect(aligned.allSatisfy { bead in bead.confidence <= 0.5 && bead.evidence.contains { $0.kind != .word } })
    }

    @Test(arguments: golds)
    func translationsAreRecognisedAsSuch(gold: String) throws {
        let reference = try GoldAlignment(gold)
        let sides = try reference.pair.analysed()
        #expect(Aligner().align(sides.source, with: sides.target).isTranslation)
    }

    @Test func beadsCarryTheEvidenceThatSupportedThem() throws {
        let reference = try GoldAlignment(Self.golds[0])
        let sides = try reference.pair.analysed()
        let alignment = Aligner().align(sides.source, with: sides.target)
        let first = try #require(alignment.beads.first { reference.pair.source.segments[$0.source.lowerBound].text.hasPrefix("On December 20, 2025") })
        #expect(first.evidence.contains { $0.detail == "date" && $0.value == "2025-12-20" })
        #expect(first.confidence > 0.8)
    }

    /// A confidence is the bead's posterior probability: where two readings are about equally likely (which of two
    /// short, evidence-free sentences was dropped), neither bead is sure; anchored beads are.
    @Test func confidenceFallsWhereTheAlignmentIsAmbiguous() throws {
        let source = "The two leaders held a summit meeting in Tokyo on December 20, 2025. He nodded. She nodded too. "
            + "The leaders signed 15 documents."
        let target = "2025年12月20日、両首脳は東京において首脳会談を行った。彼女もうなずいた。両首脳は15件の文書に署名した。"
        let pair = TranslationPair(
            source: try Segmenter(language: .english).segment(Document(name: "s", text: source)),
            target: try Segmenter(language: .japanese).segment(Document(name: "t", text: target)))
        let sides = try pair.analysed()
        let alignment = Aligner().align(sides.source, with: sides.target)
        let nodded = try #require(alignment.beads.first { $0.target.contains(1) })
        #expect(nodded.confidence < 0.6)
        let signed = try #require(alignment.beads.first { $0.target.contains(2) })
        #expect(signed.source == 3..<4 && signed.confidence > 0.75)
        // Without the ambiguity (one sentence on each side), the same bead is sure.
        let plain = TranslationPair(
            source: try Segmenter(language: .english).segment(Document(name: "s", text: source.replacingOccurrences(of: "He nodded. ", with: ""))),
            target: pair.target)
        let plainSides = try plain.analysed()
        let sure = Aligner().align(plainSides.source, with: plainSides.target)
        #expect(sure.beads.allSatisfy { $0.isAligned && $0.confidence > 0.75 }, "\(sure.beads.map(\.confidence))")
    }

    @Test func emptyDocumentsAlignToNothing() throws {
        let empty = try Segmenter(language: .english).segment(Document(name: "e", text: ""))
        let other = try Segmenter(language: .japanese).segment(Document(name: "j", text: "双方は一致した。"))
        let alignment = Aligner().align(AnalysedDocument(unanalysed: empty), with: AnalysedDocument(unanalysed: other))
        #expect(alignment.beads.count == 1)
        #expect(alignment.beads[0].source.isEmpty && alignment.beads[0].target == 0..<1)
    }
}

@Suite struct TranslationPairTests {
    @Test func wrongLanguageIsNamed() {
        #expect(throws: PairError.wrongLanguage(file: Fixtures.path("seeds/003_8de714b2e908a213.txt"), expected: .english, found: .japanese)) {
            try TranslationPair.load(
                source: Fixtures.path("seeds/003_8de714b2e908a213.txt"), target: Fixtures.path("seeds/examples/004-tajikistan.ja.txt"))
        }
    }

    @Test func sameFileAndIdenticalContentsAreRefused() throws {
        let path = Fixtures.path("seeds/004_c378caca38268456.txt")
        #expect(throws: PairError.sameFile(file: path)) {
            try TranslationPair.load(source: path, target: path)
        }
        let copy = try CommandRunner.temporaryFile(Array(try Data(contentsOf: URL(fileURLWithPath: path))), name: "copy.txt")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        #expect(throws: PairError.identicalContents(source: path, target: copy.path)) {
            try TranslationPair.load(source: path, target: copy.path, targetLanguage: nil)
        }
    }

    @Test func emptySideIsRefused() throws {
        let empty = try CommandRunner.temporaryFile(Array("\n \n".utf8), name: "empty.ja.txt")
        defer { try? FileManager.default.removeItem(at: empty.deletingLastPathComponent()) }
        #expect(throws: PairError.emptySide(file: empty.path)) {
            try TranslationPair.load(source: Fixtures.path("seeds/004_c378caca38268456.txt"), target: empty.path)
        }
    }
}
