import Foundation
import Testing

@testable import TaiyakuKit

/// The same thing written in English and in Japanese gives anchors of equal kind and value.
@Suite struct CrossLanguageAnchorTests {
    @Test(arguments: [
        ("The fund reached 1.155 million.", "基金は115.5万に達した。", Anchor.Kind.number),
        ("this year marks the 30th year since recognition", "承認３０周年を迎える", .ordinal),
        ("The 30th anniversary was celebrated.", "３０周年を祝った。", .ordinal),
        ("On December 20, 2025, they met.", "2025年12月20日、会談した。", .date),
        ("On 20 December 2025 they met.", "令和7年12月20日に会談した。", .date),
        ("the Third Conference (LLDC 3) in Turkmenistan", "第３回会議（LLDC3）", .identifier),
        ("the signing of 15 documents", "15件の文書", .count),
        ("the Third United Nations Conference", "第3回国連会議", .ordinal),
        ("It delivered 2,000 metric tons.", "2,000トンを供与した。", .number),
        ("It grew by 3.29% last year.", "３．２９％増加した。", .number),
        ("held in December of this year", "本年１２月に開催された", .date),
        ("held from August 5 to 8 this year", "本年８月５日から８日に開催された", .date),
        ("the Decade for Action, 2018-2028", "国際行動の10年 2018-2028", .date),
        ("using GOSAT series", "ＧＯＳＡＴシリーズを利用した", .name),
        ("the Sustainable Development Goals (SDGs).", "持続可能な開発目標（SDGs）", .name),
        ("participate in GREENxEXPO 2027.", "GREEN×EXPO 2027（国際園芸博覧会）", .name),
        ("participate in GREENxEXPO 2027.", "GREEN×EXPO 2027（国際園芸博覧会）", .nameNumber),
        ("the World Customs Organization (WCO)", "世界税関機構（WCO）", .name),
    ])
    func sameThingSameValue(english: String, japanese: String, kind: Anchor.Kind) throws {
        let source = try AnchorProbe.anchors(of: kind, in: english, .english)
        let target = try AnchorProbe.anchors(of: kind, in: japanese, .japanese)
        #expect(
            !source.isEmpty && !target.isEmpty, "no \(kind) anchor: \(source.map(\.value)) / \(target.map(\.value))")
        #expect(
            !Set(source.map(\.value)).isDisjoint(with: target.map(\.value)),
            "\(kind): \(source.map(\.value)) vs \(target.map(\.value))")
    }

    @Test func knownNamesInKanjiMeetTheirEnglishSpelling() throws {
        let takaichi = KnownName(english: "TAKAICHI Sanae", japanese: "高市早苗")
        let english = try AnchorProbe.anchors(
            "Prime Minister of Japan TAKAICHI Sanae held a meeting.", .english, knownNames: [takaichi])
        let japanese = try AnchorProbe.anchors("高市早苗日本国総理大臣は会談を行った。", .japanese, knownNames: [takaichi])
        let value = "takaichi sanae"
        #expect(english.contains { $0.kind == .name && $0.value == value && $0.surface == "TAKAICHI Sanae" })
        #expect(japanese.contains { $0.kind == .name && $0.value == value && $0.surface == "高市早苗" })
        // Without the known name, the kanji are no anchor at all.
        #expect(try !AnchorProbe.anchors("高市早苗日本国総理大臣は会談を行った。", .japanese).contains { $0.kind == .name })
    }
}
