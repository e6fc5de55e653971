import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct NameAnchorTests {
    let matcher = NameMatcher()

    @Test(arguments: [
        ("セルダル・ベルディムハメドフ大統領と会談した。", "They met President Serdar BERDIMUHAMEDOV."),
        ("アシガバットで開催された。", "It was held in Ashgabat."),
        ("ドゥシャンベにおいて開催された。", "It was held in Dushanbe."),
        ("バルカン州の村", "It is in Balkan velayat."),
        ("エモマリ・ラフモン大統領と会談した。", "They met President Emomali RAHMON."),
        ("ハトロン州の地区", "It is in Khatlon Region."),
        ("アヴァザにおいて開催された。", "It was held in Awaza."),
    ])
    func katakanaNamesMatchTheirLatinSpelling(japanese: String, english: String) throws {
        let target = try AnchorProbe.anchors(of: .name, in: japanese, .japanese)
        let source = try AnchorProbe.anchors(of: .name, in: english, .english)
        let best = source.flatMap { s in target.map { matcher.similarity(s, $0) } }.max() ?? 0
        #expect(best >= 0.8, "\(source.map(\.value)) vs \(target.map(\.value)): \(best)")
    }

    /// Unrelated names stay well below the matches above (0.9 and more); Turkmenistan and Tajikistan share
    /// their ending and come closest.
    @Test(arguments: [
        ("ashigabatto", "dushanbe"), ("rafumon", "balkan"), ("torukumenisutan", "tajikistan"),
        ("serudaru berudimuhamedofu", "emomali rahmon"), ("enerugi", "turkmenistan"),
    ])
    func unrelatedNamesScoreLow(a: String, b: String) {
        #expect(matcher.similarity(ofNames: a, b) < 0.7)
    }

    @Test func similarityIsGradedNotYesOrNo() {
        let exact = matcher.similarity(ofNames: "ashgabat", "ashgabat")
        let close = matcher.similarity(ofNames: "rafumon", "rahmon")
        let far = matcher.similarity(ofNames: "rafumon", "dushanbe")
        #expect(exact == 1)
        #expect(close > 0.8 && close < 1)
        #expect(far < close)
    }

    @Test func otherKindsMatchOnlyWhenEqual() {
        let date = Anchor(kind: .date, value: "2025-12-20", surface: "", range: 0..<0, weight: 1)
        let same = Anchor(kind: .date, value: "2025-12-20", surface: "", range: 3..<4, weight: 1)
        let count = Anchor(kind: .count, value: "2025-12-20", surface: "", range: 0..<0, weight: 1)
        #expect(matcher.similarity(date, same) == 1)
        #expect(matcher.similarity(date, count) == 0)
    }

    @Test func loanwordsAreModerateNameCandidates() throws {
        let names = try AnchorProbe.anchors(of: .name, in: "エネルギー分野のプロジェクトとパートナーシップ", .japanese)
        #expect(names.map(\.value) == ["enerugi", "purojekuto", "patonashippu"])
        #expect(names.allSatisfy { $0.weight <= 0.5 })
    }

    @Test func latinTokensInJapaneseAreNormalisedNames() throws {
        let names = try AnchorProbe.anchors(
            of: .name, in: "ＧＯＳＡＴ、WCO、AI、ICT、WPS、SDGs、JICA及びGREEN×EXPO 2027", .japanese)
        #expect(names.map(\.value) == ["gosat", "wco", "ai", "ict", "wps", "sdgs", "jica", "greenxexpo"])
        #expect(names.allSatisfy { $0.weight >= 0.8 })
    }

    @Test func englishProperNounsAreRunsOfCapitalisedWordsNotAtTheSentenceStart() throws {
        let names = try AnchorProbe.anchors(
            of: .name, in: "Today, Prime Minister ISHIBA Shigeru met the World Customs Organization (WCO).", .english)
        #expect(names.map(\.value) == ["prime minister ishiba shigeru", "ishiba", "world customs organization", "wco"])
    }

    @Test func aSentenceInitialWordIsANameWhenTheDocumentCapitalisesItElsewhere() throws {
        let text = "Japan congratulates Turkmenistan. Both sides thanked Japan."
        let names = try AnchorProbe.anchors(of: .name, in: text, .english)
        #expect(names.map(\.surface) == ["Japan", "Turkmenistan", "Japan"])
        // A single segment has no such evidence: its first word is not taken for a name.
        let segmented = try Segmenter(language: .english).segment(Document(name: "probe", text: text))
        let extractor = AnchorExtractor(language: .english, documentDate: nil)
        let first = try extractor.anchors(in: segmented.segments[0]).filter { $0.kind == .name }
        #expect(first.map(\.surface) == ["Turkmenistan"])
    }

    @Test func phoneticKeysAbsorbJapaneseSpelling() {
        #expect(PhoneticKey("serudaru") == PhoneticKey("Serdar"))
        #expect(PhoneticKey("ashigabatto") == PhoneticKey("Ashgabat"))
        #expect(PhoneticKey("barukan") == PhoneticKey("Balkan"))
        #expect(PhoneticKey("dushanbe") == PhoneticKey("Dushanbe"))
    }
}
