import Foundation
import Testing

@testable import TaiyakuKit

/// Extraction is linear: hand-written scanners that only move forward, no backtracking. These run on a megabyte
/// of the characters numbers and dates are made of; they check completion and sense, never time.
@Suite struct AnchorScalingTests {
    /// A deterministic mix of digits of both widths, separators, stops and 年月日.
    static func noise(units: Int) -> String {
        let alphabet = Array("0123456789０１２３４５６７８９,，.．年月日-～から")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var characters: [Character] = []
        characters.reserveCapacity(units)
        for _ in 0..<units {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            characters.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        return String(characters)
    }

    @Test func aMegabyteOfDigitsSeparatorsAndDateCharactersIsScanned() throws {
        let text = Self.noise(units: 1_000_000)
        let segmented = try Segmenter(language: .japanese).segment(Document(name: "noise", text: text))
        let extractor = AnchorExtractor(language: .japanese, documentDate: AnchorProbe.releaseDate)
        let anchors = try extractor.anchors(in: segmented)
        let all = anchors.joined()
        #expect(!all.isEmpty)
        for (segment, segmentAnchors) in zip(segmented.segments, anchors) {
            for anchor in segmentAnchors {
                #expect(anchor.range.upperBound <= segment.units.count)
                #expect(!anchor.value.isEmpty)
                #expect((0...1).contains(anchor.weight))
            }
        }
        // Every date value is ISO: digits and dashes, a slash in ranges.
        #expect(
            all.filter { $0.kind == .date }.allSatisfy { $0.value.allSatisfy { $0.isNumber || $0 == "-" || $0 == "/" } }
        )
    }

    @Test func aMegabyteOfOneDigitRunAndOneSeparatorRun() throws {
        for text in [
            String(repeating: "1", count: 1_000_000), String(repeating: "1,", count: 500_000),
            String(repeating: "年", count: 1_000_000),
        ] {
            let segmented = try Segmenter(language: .japanese).segment(Document(name: "run", text: text))
            let anchors = try AnchorExtractor(language: .japanese, documentDate: nil).anchors(in: segmented).joined()
            // A million digits is no quantity; "1,1,1" is a list of ones; 年 alone is nothing.
            #expect(anchors.allSatisfy { $0.value.count <= 30 })
        }
    }

    @Test func repeatedDatesAndCountsAreAllFound() throws {
        let unit = "2025年12月20日、1,000件、"
        let repetitions = 1_000_000 / unit.utf16.count
        let text = String(repeating: unit, count: repetitions)
        let segmented = try Segmenter(language: .japanese).segment(Document(name: "repeated", text: text))
        let anchors = try AnchorExtractor(language: .japanese, documentDate: nil).anchors(in: segmented).joined()
        #expect(anchors.filter { $0.kind == .date && $0.value == "2025-12-20" }.count == repetitions)
        #expect(anchors.filter { $0.kind == .count && $0.value == "1000" }.count == repetitions)
    }

    @Test func aMegabyteOfEnglishNumbersAndMonths() throws {
        let unit = "On April 15, 2025, 1,000 tons and 3.29% of 15 documents, "
        let repetitions = 1_000_000 / unit.utf16.count
        let text = String(repeating: unit, count: repetitions)
        let segmented = try Segmenter(language: .english).segment(Document(name: "repeated", text: text))
        let anchors = try AnchorExtractor(language: .english, documentDate: nil).anchors(in: segmented).joined()
        #expect(anchors.filter { $0.kind == .date && $0.value == "2025-04-15" }.count == repetitions)
        #expect(anchors.filter { $0.value == "1000 t" }.count == repetitions)
        #expect(anchors.filter { $0.kind == .count && $0.value == "15" }.count == repetitions)
    }
}
