import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct NumberAnchorTests {
    /// Text, language, the kind and value of an anchor it must have.
    @Test(arguments: [
        ("The budget grew by 1,000 yesterday.", Language.english, Anchor.Kind.number, "1000"),
        ("１，０００の事業", .japanese, .number, "1000"),
        ("Growth reached 3.29% last quarter.", .english, .number, "3.29 %"),
        ("成長率は３．２９％であった。", .japanese, .number, "3.29 %"),
        ("千の事業", .japanese, .number, "1000"),
        ("三十の国", .japanese, .number, "30"),
        ("総額13.41億円の支援", .japanese, .number, "1341000000 JPY"),
        ("約21%の増加", .japanese, .number, "21 %"),
        ("It delivered 2,000 metric tons of wheat.", .english, .number, "2000 t"),
        ("2,000トンの小麦を供与した。", .japanese, .number, "2000 t"),
        ("The fund reached 1.155 million last year.", .english, .number, "1155000"),
        ("基金は115.5万に達した。", .japanese, .number, "1155000"),
        ("1億2000万円の支援", .japanese, .number, "120000000 JPY"),
        ("Japan has supported over a hundred ADB projects.", .english, .number, "100"),
        ("100件を超える事業を支援した。", .japanese, .number, "100"),
        ("It granted US$ 5 million to the fund.", .english, .number, "5000000 USD"),
        ("the 15th Joint Meeting", .english, .ordinal, "15"),
        ("第15回合同会議", .japanese, .ordinal, "15"),
        ("the fifteenth meeting", .english, .ordinal, "15"),
        ("the Third United Nations Conference", .english, .ordinal, "3"),
        ("第3回国連会議", .japanese, .ordinal, "3"),
        ("this year marks the 30th year since recognition", .english, .ordinal, "30"),
        ("永世中立の地位承認３０周年を迎える", .japanese, .ordinal, "30"),
        ("the first summit", .english, .ordinal, "1"),
        ("第1回首脳会合", .japanese, .ordinal, "1"),
        ("第二プラント建設", .japanese, .ordinal, "2"),
        ("the implementation of Phase 1 of the works", .english, .ordinal, "1"),
        ("the signing of 15 documents", .english, .count, "15"),
        ("15件の文書に署名した。", .japanese, .count, "15"),
        ("The two countries concurred.", .english, .count, "2"),
        ("両国は一致した。", .japanese, .count, "2"),
        ("3つの優先協力分野", .japanese, .count, "3"),
        ("training for 1,000 administrative officials", .english, .count, "1000"),
        ("1,000名の行政官", .japanese, .count, "1000"),
        ("Only one was chosen.", .english, .number, "1"),
        ("II Cooperation in other fields", .english, .section, "2"),
        ("1. Both sides welcomed the signing.", .english, .section, "1"),
        ("１．双方は署名を歓迎した。", .japanese, .section, "1"),
        ("Ⅱ　その他の分野における協力", .japanese, .section, "2"),
        ("the Third Conference (LLDC 3) in Turkmenistan", .english, .identifier, "LLDC3"),
        ("第３回国連内陸開発途上国会議（LLDC3）", .japanese, .identifier, "LLDC3"),
        ("第３回会議（ＬＬＤＣ３）", .japanese, .identifier, "LLDC3"),
        ("the UN General Assembly Resolution 77/158, titled", .english, .identifier, "77/158"),
        ("the projects under ADF14.", .english, .identifier, "ADF14"),
        ("the success of the Expo 2025 Osaka, Kansai, Japan", .english, .nameNumber, "2025"),
        ("the United Nations 2028 Water Conference", .english, .nameNumber, "2028"),
        ("GREEN×EXPO 2027（国際園芸博覧会）への参加", .japanese, .nameNumber, "2027"),
        ("the \"One Village, One Product\" movement", .english, .nameNumber, "1"),
        ("the “Decade for Action” on water", .english, .nameNumber, "10"),
        ("within a decade of its founding", .english, .number, "10"),
    ])
    func numberFormats(text: String, language: Language, kind: Anchor.Kind, value: String) throws {
        let anchors = try AnchorProbe.anchors(text, language)
        #expect(
            anchors.contains { $0.kind == kind && $0.value == value },
            "«\(text)» gave \(anchors.map { "\($0.kind.rawValue) \($0.value)" })")
    }

    /// Kanji numerals inside words, and other digits that are not quantities.
    @Test(arguments: [
        ("双方は一致した。", Language.japanese),
        ("大阪・関西万博に際して", .japanese),
        ("十分な支援を行う。", .japanese),
        ("国家の統一国家を目指す。", .japanese),
        ("数千の人々", .japanese),
        ("No one objected to one another.", .english),
    ])
    func notNumbers(text: String, language: Language) throws {
        let numbers = try AnchorProbe.anchors(text, language).filter { $0.kind != .name }
        #expect(numbers.isEmpty, "«\(text)» gave \(numbers.map { "\($0.kind.rawValue) \($0.value)" })")
    }

    @Test func smallSpelledOutNumbersWeighLittle() throws {
        let count = try AnchorProbe.only(.count, in: "The two countries concurred.", .english)
        #expect(count.weight <= 0.15)
        let one = try AnchorProbe.only(.number, in: "Only one was chosen.", .english)
        #expect(one.weight <= 0.15)
        let both = try AnchorProbe.only(.count, in: "両国は一致した。", .japanese)
        #expect(both.weight <= 0.15)
    }

    @Test func largeNumbersWithUnitsWeighMost() throws {
        let money = try AnchorProbe.only(.number, in: "総額13.41億円の支援", .japanese)
        #expect(money.weight >= 0.85)
        let tons = try AnchorProbe.only(.number, in: "It delivered 2,000 metric tons of wheat.", .english)
        #expect(tons.weight >= 0.85)
        let documents = try AnchorProbe.only(.count, in: "the signing of 15 documents", .english)
        let small = try AnchorProbe.only(.number, in: "Add 3 to it.", .english)
        #expect(small.weight < documents.weight)
        #expect(small.weight <= 0.3)
    }

    @Test func decimalNumbersStayExact() throws {
        #expect(DecimalNumber(digits: Array("13.41".utf16))?.timesPowerOfTen(8).description == "1341000000")
        #expect(DecimalNumber(digits: Array("0.050".utf16))?.description == "0.05")
        #expect(DecimalNumber(digits: Array("１，０００".utf16))?.description == "1000")
        #expect(DecimalNumber(digits: Array(String(repeating: "9", count: 19).utf16)) == nil)
    }

    @Test(arguments: [
        ("三十", 30), ("千", 1000), ("十二", 12), ("二十", 20), ("二〇二五", 2025), ("二千二十五", 2025),
        ("十三億", 1_300_000_000), ("一万", 10_000), ("三百五十万", 3_500_000),
    ])
    func kanjiNumerals(text: String, value: Int) {
        #expect(KanjiNumeral.parse(Array(text.utf16)) == value)
    }

    @Test(arguments: ["十百", "万万", "一二十"])
    func malformedKanjiNumerals(text: String) {
        #expect(KanjiNumeral.parse(Array(text.utf16)) == nil)
    }
}
