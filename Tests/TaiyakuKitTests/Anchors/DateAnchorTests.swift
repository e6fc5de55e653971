import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct DateAnchorTests {
    @Test(arguments: [
        ("The meeting was held on April 15, 2025.", "2025-04-15", "April 15, 2025"),
        ("It was signed on 15 April 2025 in Tokyo.", "2025-04-15", "15 April 2025"),
        ("The memorandum was signed on 22 January 2024.", "2024-01-22", "22 January 2024"),
        ("They celebrated the national day on the 14th of April.", "2025-04-14", "the 14th of April"),
        ("The committees met on December 16-17, 2024.", "2024-12-16/2024-12-17", "December 16-17, 2024"),
        ("The dialogue was held in September 2023.", "2023-09", "September 2023"),
        ("The conference was held in Turkmenistan in 2025.", "2025", "2025"),
        ("The Decade for Action, 2018-2028, continues.", "2018/2028", "2018-2028"),
        ("The workshop was held on February 14 this year.", "2025-02-14", "February 14 this year"),
        ("The consultation was held in January of last year.", "2024-01", "January of last year"),
        ("The statue was installed in May of last year.", "2024-05", "May of last year"),
        ("The forum is scheduled in December of this year.", "2025-12", "December of this year"),
        ("The agreement was signed in April, 2025.", "2025-04", "April, 2025"),
        ("The conference was held from August 5 to 8 this year.", "2025-08-05/2025-08-08", "August 5 to 8 this year"),
        ("This year marks the anniversary.", "2025", "This year"),
        ("The plan was revised in April this year.", "2025-04", "April this year"),
        ("Published: 2024-01-23.", "2024-01-23", "2024-01-23"),
    ])
    func englishDates(text: String, value: String, surface: String) throws {
        let date = try AnchorProbe.only(.date, in: text, .english)
        #expect(date.value == value)
        #expect(date.surface == surface)
    }

    @Test(arguments: [
        ("2025年12月20日、首脳会談を行った。", "2025-12-20", "2025年12月20日"),
        ("2025年4月に署名された。", "2025-04", "2025年4月"),
        ("令和7年12月20日に発効した。", "2025-12-20", "令和7年12月20日"),
        ("令和元年5月1日に改元された。", "2019-05-01", "令和元年5月1日"),
        ("平成31年4月30日に退位された。", "2019-04-30", "平成31年4月30日"),
        ("昭和64年1月7日まで続いた。", "1989-01-07", "昭和64年1月7日"),
        ("本年１２月に開催された。", "2025-12", "本年１２月"),
        ("本年4月に改訂された。", "2025-04", "本年4月"),
        ("昨年開催された。", "2024", "昨年"),
        ("本年８月５日から８日に開催された。", "2025-08-05/2025-08-08", "本年８月５日から８日"),
        ("８月５日から８日に開催された。", "2025-08-05/2025-08-08", "８月５日から８日"),
        ("12月10日に開催された。", "2025-12-10", "12月10日"),
        ("2026-2028年の計画を歓迎した。", "2026/2028", "2026-2028年"),
        ("「国際行動の10年 2018-2028」に関する会議", "2018/2028", "2018-2028"),
        ("十二月二十日に開催された。", "2025-12-20", "十二月二十日"),
        ("二〇二五年に開催された。", "2025", "二〇二五年"),
        ("２０２５年１２月２０日", "2025-12-20", "２０２５年１２月２０日"),
        ("2025年度の予算", "2025", "2025年度"),
        ("「氷河保全国際年2025」と題する決議", "2025", "2025"),
        ("発表日：２０２５－１２－２０", "2025-12-20", "２０２５－１２－２０"),
    ])
    func japaneseDates(text: String, value: String, surface: String) throws {
        let date = try AnchorProbe.only(.date, in: text, .japanese)
        #expect(date.value == value)
        #expect(date.surface == surface)
    }

    @Test(arguments: [
        ("We may discuss it later.", Language.english),
        ("Both sides welcomed the success of the Expo 2025 Osaka, Kansai, Japan.", .english),
        ("It delivered 2000 tons of wheat.", .english),
        ("The meeting is on February 30, 2025.", .english),
        ("５年間にわたり協力した。", .japanese),
        ("2020年代の課題", .japanese),
        ("13月1日", .japanese),
    ])
    func notDates(text: String, language: Language) throws {
        #expect(try AnchorProbe.anchors(of: .date, in: text, language).isEmpty)
    }

    @Test func withoutADocumentDateYearlessDatesKeepNoYearAndRelativeDatesAreDropped() throws {
        let english = try AnchorProbe.anchors(
            of: .date, in: "On the 14th of April, and in December of last year.", .english, documentDate: nil)
        #expect(english.map(\.value) == ["--04-14"])
        let japanese = try AnchorProbe.anchors(of: .date, in: "12月10日と本年４月", .japanese, documentDate: nil)
        #expect(japanese.map(\.value) == ["--12-10"])
    }

    @Test func weightsFollowPrecision() throws {
        let anchors = try AnchorProbe.anchors(
            of: .date, in: "Signed on April 15, 2025, in April 2025 and in 2025.", .english)
        #expect(anchors.map(\.value) == ["2025-04-15", "2025-04", "2025"])
        #expect(anchors.map(\.weight) == [1.0, 0.8, 0.5])
    }

    @Test(arguments: [
        ("000", "2025-04-15"), ("003", "2025-12-20"), ("004", "2025-12-20"),
        ("seeds/examples/004-tajikistan.ja.txt", "2025-12-20"),
        ("seeds/examples/003-turkmenistan.en.txt", "2025-12-20"),
    ])
    func documentDateIsTheFirstFullDateOfTheHeading(seed: String, date: String) throws {
        #expect(DocumentDate.find(in: try Fixtures.segmented(seed))?.description == date)
    }

    @Test func documentWithoutADatedHeadingHasNoDocumentDate() throws {
        // Seed 001 opens with a headline and a sentence dated January 27 without a year.
        #expect(DocumentDate.find(in: try Fixtures.segmented("001")) == nil)
    }

    @Test(arguments: [
        ("2025-04-15", true), ("2024-02-29", true), ("2025-02-29", false), ("2025-13-01", false),
        ("2025-4-15", false), ("20250415", false), ("２０２５-04-15", false), ("", false),
    ])
    func calendarDateParsesISODays(text: String, valid: Bool) {
        #expect((CalendarDate(iso: text) != nil) == valid)
        if valid { #expect(CalendarDate(iso: text)?.description == text) }
    }
}
