import Foundation
import Testing

@testable import TaiyakuKit

/// Classes of numbers and dates that translations write differently from their originals: tenths (`3割`), clock
/// times, dotted dates, article numbers, age brackets (`10代`), large figures in words. Each class is tested on
/// release sentences of our own in both directions: a faithful translation gives no error (and no warning where
/// nothing is wrong), a changed figure is an error.
@Suite struct NumberClassTests {
    static func findings(_ source: String, _ target: String) throws -> [Finding] {
        try SeverityContractTests.review(
            source, target, checks: [NumberMismatchCheck(), DateMismatchCheck()])
    }

    static func describe(_ findings: [Finding]) -> String {
        findings.map { "\($0.severity.rawValue) \($0.ruleID): \($0.message)" }.joined(separator: "\n")
    }

    // MARK: Anchors

    /// Text, language, the kind and value of an anchor it must have.
    @Test(arguments: [
        ("About 30 percent of the households applied.", Language.english, Anchor.Kind.number, "30 %"),
        ("世帯の3割が申請した。", .japanese, .number, "30 %"),
        ("投票率は3割5分にとどまった。", .japanese, .number, "35 %"),
        ("The ministry disbursed two billion yen.", .english, .number, "2000000000"),
        ("Some five hundred thousand people were displaced.", .english, .number, "500000"),
        ("Article 12 of the Agreement applies.", .english, .ordinal, "12"),
        ("The press conference begins at 10:30 at the Ministry.", .english, .number, "630 clock12"),
        ("記者会見は10時30分から始まる。", .japanese, .number, "630 clock12"),
        ("The ceremony starts at 1.30pm.", .english, .number, "810 clock"),
        ("式典は午後１時半に始まる。", .japanese, .number, "810 clock"),
        ("Doors open at 9 a.m. on Monday.", .english, .number, "540 clock"),
        ("開場は午前9時である。", .japanese, .number, "540 clock"),
        ("The minister arrived at 21:15.", .english, .number, "1275 clock"),
        ("The delegation left at a quarter to nine.", .english, .number, "525 clock12"),
        ("Talks resumed at half past two p.m.", .english, .number, "870 clock"),
        ("会談は１５：３０に再開された。", .japanese, .number, "930 clock"),
        ("Four teenagers were injured.", .english, .number, "10"),
        ("Most applicants were in their 30s.", .english, .number, "30"),
    ])
    func numberForms(text: String, language: Language, kind: Anchor.Kind, value: String) throws {
        let anchors = try AnchorProbe.anchors(text, language)
        #expect(
            anchors.contains { $0.kind == kind && $0.value == value },
            "«\(text)» gave \(anchors.map { "\($0.kind.rawValue) \($0.value)" })")
    }

    @Test(arguments: [
        ("The regulation entered into force on 17.12.2013.", Language.english, "2013-12-17"),
        ("The office reopened on 1.3.2024 after repairs.", .english, "2024-03-01"),
        ("同規則は2013.12.17に施行された。", .japanese, "2013-12-17"),
        ("The figures appeared in the Monthly Bulletin 2019-11.", .english, "2019-11"),
    ])
    func dottedAndYearMonthDates(text: String, language: Language, value: String) throws {
        let dates = try AnchorProbe.anchors(of: .date, in: text, language)
        #expect(dates.map(\.value) == [value], "«\(text)» gave \(dates.map(\.value))")
        let numbers = try AnchorProbe.anchors(text, language).filter { $0.kind == .number || $0.kind == .count }
        #expect(numbers.isEmpty, "«\(text)» also gave \(numbers.map(\.value))")
    }

    /// Durations and a temporary measure are no times of day; a season of two years is a range of years, and a
    /// version number no date.
    @Test(arguments: [
        ("研修は３時間にわたって行われた。", Language.japanese, [String]()),
        ("一時的な措置として導入された。", .japanese, []),
        ("The 2010-11 season ended early.", .english, ["2010/2011"]),
        ("The software was updated to version 2.0.1 last week.", .english, []),
    ])
    func notTimesOrDates(text: String, language: Language, dates: [String]) throws {
        let anchors = try AnchorProbe.anchors(text, language)
        #expect(!anchors.contains { $0.value.hasSuffix("clock") || $0.value.hasSuffix("clock12") }, "\(anchors.map(\.value))")
        #expect(anchors.filter { $0.kind == .date }.map(\.value) == dates, "\(anchors.map(\.value))")
    }

    // MARK: Faithful translations: no error, no warning

    @Test(arguments: [
        ("A survey found that 30 percent of households had applied for the subsidy.",
         "調査の結果、世帯の3割が補助金を申請していたことが分かった。"),
        ("調査の結果、世帯の3割が補助金を申請していたことが分かった。",
         "A survey found that 30 percent of households had applied for the subsidy."),
        ("The Fund disbursed 5 million yen to the project in March 2025.", "基金は2025年3月に同事業へ500万円を拠出した。"),
        ("Article 12 of the Agreement provides for annual consultations.", "協定第12条は年次協議について定めている。"),
        ("協定第12条は年次協議について定めている。", "Article 12 of the Agreement provides for annual consultations."),
        ("The regulation entered into force on 17.12.2013.", "同規則は2013年12月17日に発効した。"),
        ("The press conference will begin at 10:30 at the Ministry.", "記者会見は10時30分から外務省で行われる。"),
        ("The ceremony will start at 1.30pm in the main hall.", "式典は午後１時半から大ホールで始まる。"),
        ("The ceremony will start at nine in the main hall.", "式典は９時から大ホールで始まる。"),
        ("The organisers will meet at a quarter to nine.", "主催者は８時４５分に集合する。"),
        ("主催者は８時４５分に集合する。", "The organisers will meet at a quarter to nine."),
        ("Four teenagers were injured in the attack.", "襲撃で10代の若者4人が負傷した。"),
        ("襲撃で10代の若者4人が負傷した。", "Four teenagers were injured in the attack."),
        ("1.Strengthen regional connectivity", "1.地域の連結性を強化する"),
        ("The data were published in the Monthly Bulletin 2019-11.", "データは月報2019年11月号で公表された。"),
    ])
    func faithfulTranslation(source: String, target: String) throws {
        let findings = try Self.findings(source, target).filter { $0.severity != .note }
        #expect(findings.isEmpty, "\(Self.describe(findings))")
    }

    /// A figure only the translation states is the original's words put in figures: a note that says so.
    @Test func aFigureOnlyInTheTranslationIsANote() throws {
        let findings = try Self.findings(
            "First medical aid is also provided on a round-the-clock basis.", "救急医療もまた24時間体制で提供される。")
        #expect(!findings.isEmpty && findings.allSatisfy { $0.severity == .note }, "\(Self.describe(findings))")
        #expect(findings.contains { $0.message.contains("24") && $0.message.contains("in figures") }, "\(Self.describe(findings))")
        // The other way round, a figure of the original left out stays a warning.
        let dropped = try Self.findings(
            "救急医療もまた24時間体制で提供される。", "First medical aid is also provided on a round-the-clock basis.")
        #expect(dropped.contains { $0.severity == .warning }, "\(Self.describe(dropped))")
    }

    // MARK: Changed figures: errors

    @Test(arguments: [
        ("A survey found that 30 percent of households had applied for the subsidy.",
         "調査の結果、世帯の4割が補助金を申請していたことが分かった。", "30 %"),
        ("調査の結果、世帯の3割が補助金を申請していたことが分かった。",
         "A survey found that 40 percent of households had applied for the subsidy.", "30 %"),
        ("The Fund disbursed 5 million yen to the project in March 2025.", "基金は2025年3月に同事業へ500億円を拠出した。",
         "5,000,000 JPY"),
        ("The Fund disbursed five million yen to the project in March 2025.", "基金は2025年3月に同事業へ500億円を拠出した。",
         "5,000,000"),
        ("Article 12 of the Agreement provides for annual consultations.", "協定第18条は年次協議について定めている。", "12th"),
        ("The press conference will begin at 10:30 at the Ministry.", "記者会見は11時30分から外務省で行われる。", "10:30"),
        ("The ceremony will start at 1.30pm in the main hall.", "式典は午後２時半から大ホールで始まる。", "13:30"),
        ("記者会見は10時30分から外務省で行われる。", "The press conference will begin at 10:45 at the Ministry.", "10:30"),
    ])
    func changedFigure(source: String, target: String, expected: String) throws {
        let findings = try Self.findings(source, target)
        #expect(
            findings.contains { $0.severity == .error && $0.suggestion == expected }, "\(Self.describe(findings))")
    }

    @Test func aChangedDottedDateIsAnError() throws {
        let findings = try Self.findings(
            "The regulation entered into force in all 28 Member States on 17.12.2013.",
            "同規則は2013年12月18日に28の全加盟国で発効した。")
        #expect(findings.contains { $0.ruleID == "date-mismatch" && $0.severity == .error }, "\(Self.describe(findings))")
    }

    /// A figure with a multiplier not read on one side stays a warning (`44` / `4,400万`).
    @Test func anUnreadMultiplierIsAWarning() throws {
        let findings = try Self.findings(
            "The club paid a fee of 44 for the transfer, the report said.", "報道によると、クラブは移籍金4,400万を支払った。")
        #expect(findings.contains { $0.severity == .warning && $0.message.contains("multiplier") }, "\(Self.describe(findings))")
        #expect(!findings.contains { $0.severity == .error })
    }
}
