import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct TermMatcherTests {
    static let glossary: Glossary? = try? Glossary.load(contentsOf: Fixtures.path("Glossaries/central-asia.tsv"))

    func matcher(_ language: Language) throws -> TermMatcher {
        try TermMatcher(glossary: try #require(Self.glossary), language: language)
    }

    func summary(_ matches: [TermMatch]) -> [String] {
        matches.map { "\($0.conceptID)|\($0.status.rawValue)|\($0.surface)" }
    }

    @Test func longestMatchWinsAndReportsTheFormAndRange() throws {
        let text = "On December 20, 2025, Prime Minister of Japan TAKAICHI Sanae met the President in Tokyo."
        let matches = try matcher(.english).matches(in: text)
        #expect(summary(matches) == [
            "person.takaichi-sanae|accepted|Prime Minister of Japan TAKAICHI Sanae",
            "title.president|preferred|President",
            "place.tokyo|preferred|Tokyo",
        ])
        let units = Array(text.utf16)
        for match in matches {
            #expect(String(decoding: units[match.range], as: UTF16.self) == match.surface)
        }
        #expect(matches[0].form == "Prime Minister of Japan TAKAICHI Sanae")
    }

    @Test func pluralPossessiveDashesAndQuotesAreTolerated() throws {
        let matches = try matcher(.english).matches(
            in: "Turkmenistan’s initiatives, the Japan–Tajikistan Network for Investment Environment Improvement "
                + "and the International Year of Glaciers’ Preservation; the two Leaders' views.")
        #expect(summary(matches) == [
            "country.turkmenistan|preferred|Turkmenistan",
            "term.initiative|accepted|initiatives",
            "programme.network-investment-tj|preferred|Japan–Tajikistan Network for Investment Environment Improvement",
            "event.intl-year-glaciers|preferred|International Year of Glaciers’ Preservation",
            "phrase.two-leaders|preferred|the two Leaders",
        ])
    }

    @Test func caseIsIgnoredExceptForShortAcronyms() throws {
        let english = try matcher(.english)
        #expect(summary(try english.matches(in: "the summit of the UN")) == [
            "term.summit-multilateral|accepted|summit", "org.united-nations|accepted|UN",
        ])
        // "un" and "Ai" are not the acronyms UN and AI; "Japanese" is not "Japan".
        #expect(try english.matches(in: "an un-named Ai tool for Japanese users").isEmpty)
        #expect(summary(try english.matches(in: "ASHGABAT and ashgabat")) == [
            "place.ashgabat|preferred|ASHGABAT", "place.ashgabat|preferred|ashgabat",
        ])
    }

    @Test func japaneseMatchesSubstringsAcrossWidthsAndPicksTheExactForm() throws {
        let japanese = try matcher(.japanese)
        let text = "「中央アジア+日本」対話と「中央アジア＋日本」対話、ＪＩＣＡ及び東京宣言、ﾄﾙｸﾒﾆｽﾀﾝ"
        let matches = try japanese.matches(in: text)
        #expect(summary(matches) == [
            "programme.central-asia-plus-japan|deprecated|中央アジア+日本",
            "programme.central-asia-plus-japan|preferred|中央アジア＋日本",
            "org.jica|accepted|ＪＩＣＡ",
            "document.tokyo-declaration|preferred|東京宣言",
            "country.turkmenistan|preferred|ﾄﾙｸﾒﾆｽﾀﾝ",
        ])
        let units = Array(text.utf16)
        for match in matches {
            #expect(String(decoding: units[match.range], as: UTF16.self) == match.surface)
        }
        // 第１回首脳会合 (full-width digit) is the deprecated form; 第1回首脳会合 the preferred one.
        #expect(summary(try japanese.matches(in: "第１回首脳会合と第1回首脳会合")) == [
            "event.first-summit-cap-j|deprecated|第１回首脳会合", "event.first-summit-cap-j|preferred|第1回首脳会合",
        ])
    }

    @Test func matchesWorkOnLayoutRepairedSegmentsAndMapBackToTheFile() throws {
        // Seed 003 breaks 国連憲章の目的及び原 / 則 across a blank line; layout repair joins it.
        let document = try Fixtures.segmented("003")
        let segment = try #require(document.segments.first { $0.text.contains("国連憲章の目的及び原則") })
        let matches = try matcher(.japanese).matches(in: segment.text)
        let charter = try #require(matches.first { $0.conceptID == "phrase.purposes-principles-un-charter" })
        let original = segment.originalRange(of: charter.range)
        let fileText = document.document.text(in: original)
        #expect(fileText.hasPrefix("国連憲章の目的及び原"))
        #expect(fileText.hasSuffix("則"))
        #expect(fileText.contains("\n"))
    }

    @Test func presenceIsLenient() throws {
        let glossary = try #require(Self.glossary)
        func occurs(_ id: String, _ text: String, _ language: Language) throws -> Bool {
            let entry = try #require(glossary.entries.firstIndex { $0.id == id })
            let presence = PresenceForm(folded: try FoldedText(text).units)
            return try matcher(language).occurs(entryAt: entry, inPresenceForm: presence)
        }
        // Inside a longer term, with a bracketed insertion, as a derived word, in the singular, without commas.
        #expect(try occurs("place.tokyo", "東京宣言を採択した", .japanese))
        #expect(try occurs("document.tokyo-declaration", "the Joint Declaration (Tokyo Declaration)", .english))
        #expect(try occurs("org.world-bank-tokyo-drm-hub", "世界銀行東京防災（DRM）ハブの下で", .japanese))
        #expect(try occurs("country.japan", "contracts with Japanese companies", .english))
        #expect(try occurs("place.central-asia", "between Central Asian and Japanese companies", .english))
        #expect(try occurs("agreement.exchange-of-notes", "the signing and exchange of note in August", .english))
        #expect(try occurs("term.japanese-language-education", "Japanese-language education", .english))
        #expect(try occurs("phrase.safe-secure-trustworthy-ai", "safe, secure and trustworthy Artificial Intelligence (AI)", .english))
        // Still a word of its own.
        #expect(try !occurs("place.tokyo", "Tokyoites", .english))
        #expect(try !occurs("place.tokyo", "大阪で", .japanese))
    }

    @Test func aJapaneseHeadMayBeSharedByCoordinatedModifiers() throws {
        let glossary = try #require(Self.glossary)
        func occurs(_ id: String, _ text: String) throws -> Bool {
            let entry = try #require(glossary.entries.firstIndex { $0.id == id })
            let presence = PresenceForm(folded: try FoldedText(text).units)
            return try matcher(.japanese).occurs(entryAt: entry, inPresenceForm: presence)
        }
        // Seed 004 with our translation: 対策 serves テロ and 暴力的過激主義.
        #expect(try occurs("term.counter-terrorism", "テロ及び暴力的過激主義対策、国境管理並びに不正薬物取引対策の分野"))
        #expect(try occurs("term.counter-terrorism", "テロ・暴力的過激主義対策"))
        #expect(try occurs("term.counter-terrorism", "テロ、暴力的過激主義及び麻薬対策"))
        #expect(try occurs("term.border-control", "国境・税関管理"))
        // A particle ends the compound; the head must follow the modifiers; one-character parts never split.
        #expect(try !occurs("term.counter-terrorism", "テロ及び暴力的過激主義への対策"))
        #expect(try !occurs("term.counter-terrorism", "テロ及び対策"))
        #expect(try !occurs("term.counter-terrorism", "暴力的過激主義対策"))
        #expect(try !occurs("country.japan", "日・タジキスタン基本"))
        // English has no such rule.
        let entry = try #require(glossary.entries.firstIndex { $0.id == "term.border-control" })
        let english = PresenceForm(folded: try FoldedText("border and customs control").units)
        #expect(try !matcher(.english).occurs(entryAt: entry, inPresenceForm: english))
    }

    @Test func foldingMapsEveryUnitBackToItsOriginal() throws {
        let text = "Ａ  Ｂ—ﾊﾟ“x”"
        let folded = try FoldedText(text)
        #expect(String(decoding: folded.units, as: UTF16.self) == "a b-パ\"x\"")
        #expect(String(decoding: folded.casedUnits, as: UTF16.self) == "A B-パ\"x\"")
        #expect(folded.originalRange(of: 1..<2) == 1..<3)  // the two spaces are one
        #expect(folded.originalRange(of: 4..<5) == 5..<7)  // ﾊﾟ is one character
    }

    @Test func editDistanceIsBoundedDamerauLevenshtein() {
        func distance(_ a: String, _ b: String, _ limit: Int) -> Int? {
            EditDistance.distance(Array(a.utf16), Array(b.utf16), limit: limit)
        }
        #expect(distance("kiyarly", "kiyanly", 1) == 1)
        #expect(distance("ahal", "akhal", 1) == 1)
        #expect(distance("abcd", "acbd", 1) == 1)
        #expect(distance("turkmen", "turkmenistan", 2) == nil)
        #expect(distance("kitten", "sitting", 2) == nil)
        #expect(distance("kitten", "sitting", 3) == 3)
        #expect(distance("same", "same", 0) == 0)
    }
}
