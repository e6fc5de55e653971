import Foundation
import Testing

@testable import TaiyakuKit

/// Segmentation of the five seeds, checked against segment counts and segments established by reading them.
@Suite struct SeedSegmentationTests {
    /// Counted by hand: headings (title, date line, section headings, signature lines) plus sentences.
    @Test(arguments: [("000", 86), ("001", 21), ("002", 15), ("003", 48), ("004", 77)])
    func segmentCount(seed: String, count: Int) throws {
        #expect(try Fixtures.segmented(seed).segments.count == count)
    }

    @Test(arguments: [
        ("000", "After the launch of the service, the two countries expect that cross-border travel becomes more active and economic exchanges between the two countries are stimulated."),
        ("000", "The two countries welcomed the support of the Japan Foundation and other organizations for the dramatic increase in the number of Japanese language learners in Turkmenistan, where human resource development and exchange in the fields of science and technology, and social sciences are emphasized."),
        ("000", "The two countries commended the development of their bilateral relations through continued political dialogue, including the exchange of dignitaries."),
        ("000", "The two countries concurred on further strengthening cooperation in various areas under the Cooperation Program between the Ministry of Foreign Affairs of Japan and the Ministry of Foreign Affairs of Turkmenistan signed between the two foreign ministers in January of last year."),
        ("004", "27. Both sides welcomed the promotion of dialogue between the two countries through Japan-Tajikistan Intergovernmental Commission for Economic, Technical and Scientific Cooperation held in June 2025, and political consultations held in July 2025."),
        ("003", "双方は、すべての国の独立、主権及び領土保全の尊重、武力による威嚇又は武力の行使の禁止を含む国連憲章の目的及び原則を堅持し、人間の尊厳の保護・強化することの重要性を再確認した。"),
        ("003", "双方は、女性・平和・安全保障（WPS）のアジェンダを踏まえ、女性のエンパワーメントに向けた協力を推進することで一致した。"),
    ])
    func sentenceBrokenByBlankLineIsOneSegment(seed: String, sentence: String) throws {
        let segments = try Fixtures.segmented(seed).segments
        #expect(segments.contains { $0.text == sentence && $0.kind != .heading })
    }

    @Test(arguments: [
        ("000", "Joint Press Release"), ("000", "April 15, 2025"), ("000", "Three Priority Areas of Cooperation"),
        ("000", "Political Field"), ("000", "Other areas"), ("000", "Other fields"),
        ("003", "高市早苗日本国総理大臣とセルダル・ベルディムハメドフ大統領の首脳会談の成果に関する共同プレスリリース(仮訳)"),
        ("003", "2025年12月20日"), ("003", "経済分野"), ("003", "政治分野"), ("003", "その他の分野"),
        ("004", "Joint Statement between Japan and the Republic of Tajikistan on Further Development of Relations to Co-create Mutually Beneficial Cooperation"),
        ("004", "I Three Priority Areas of Cooperation"), ("004", "II Cooperation in other fields"),
        ("004", "Prime Minister TAKAICHI Sanae"),
    ])
    func headingsStaySeparate(seed: String, heading: String) throws {
        let segments = try Fixtures.segmented(seed).segments
        #expect(segments.contains { $0.text == heading && $0.kind == .heading })
    }

    @Test func romanSectionNumbersLabelTheirHeadings() throws {
        let segments = try Fixtures.segmented("004").segments
        #expect(segments.first { $0.text.hasPrefix("I Three") }?.label == "I")
        #expect(segments.first { $0.text.hasPrefix("II Cooperation") }?.label == "II")
    }

    @Test func numberedParagraphsAreListItems() throws {
        let segmented = try Fixtures.segmented("004")
        let items = segmented.segments.filter { $0.kind == .listItem }
        #expect(items.map(\.label) == (1...39).map { "\($0)." })
        let first = try #require(items.first)
        #expect(first.text.hasPrefix("1. Both sides welcomed the signing of the Exchange of Notes"))
        let itemOne = segmented.segments.filter { $0.paragraphIndex == first.paragraphIndex }
        #expect(itemOne.map(\.kind) == [.listItem, .sentence])
        #expect(itemOne[1].text.hasPrefix("Both sides also welcomed the commencement of grant project"))
        #expect(!segmented.segments.contains { ["1.", "2.", "14."].contains($0.text) })
    }

    @Test func colonLeadInKeepsItsItemsSeparate() throws {
        let texts = try Fixtures.segmented("003").segments.map(\.text)
        let leadIn = try #require(texts.firstIndex { $0.hasSuffix("重要性を強調した：") })
        #expect(texts[leadIn + 1].hasPrefix("2025年9月29日に署名された"))
        #expect(texts[leadIn + 2].hasPrefix("2025年7月23日に署名された"))
    }

    /// Every segment's offsets point at its text in the original file (joins aside).
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func offsetsPointIntoTheOriginal(seed: String) throws {
        let segmented = try Fixtures.segmented(seed)
        for segment in segmented.segments {
            let original = segmented.document.text(in: segment.range)
            let squeezed = original.replacingOccurrences(of: "**", with: "")
                .components(separatedBy: .whitespacesAndNewlines).joined()
            let expected = segment.text.components(separatedBy: .whitespacesAndNewlines).joined()
            #expect(squeezed == expected, "segment \(segment.index)")
        }
    }

    @Test func offsetsOfARepairedSentenceMapBothHalves() throws {
        let segmented = try Fixtures.segmented("003")
        let segment = try #require(segmented.segments.first { $0.text.contains("女性のエンパワーメント") })
        let units = Array(segment.text.utf16)
        let word = Array("エンパワーメント".utf16)
        let start = try #require((0...(units.count - word.count)).first { Array(units[$0..<$0 + word.count]) == word })
        let range = segment.originalRange(of: start..<start + word.count)
        #expect(segmented.document.text(in: range) == "エン\n\nパワーメント")
        #expect(segmented.document.location(of: range.lowerBound).line == 73)
        #expect(segmented.document.location(of: range.upperBound).line == 75)
    }

    /// Our own translations and their gold alignments name every segment of both sides.
    @Test(arguments: ["seeds/examples/004-tajikistan.gold.json", "seeds/examples/003-turkmenistan.gold.json"])
    func goldAlignmentSentencesAreSegments(gold: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(gold)))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let beads = try #require(object["beads"] as? [[String: [String]]])
        for side in ["source", "target"] {
            let file = try #require(object[side] as? String)
            let segments = try Fixtures.segmented(file).segments.map(\.text)
            #expect(segments == beads.flatMap { $0[side] ?? [] }, "\(file)")
        }
    }
}
