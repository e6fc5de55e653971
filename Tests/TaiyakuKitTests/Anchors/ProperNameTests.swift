import Foundation
import Testing

@testable import TaiyakuKit

/// Names across scripts: MeCab's morphemes, Japanese and English proper names, and their comparison by sound.
@Suite struct ProperNameTests {
    static func analyser(japanese: Bool) throws -> NameAnalyser {
        NameAnalyser(
            morphology: japanese ? try JapaneseMorphology() : nil, lexicon: try LexiconIndex(Lexicon.builtIn()))
    }

    static func englishNames(_ text: String) throws -> [ProperName] {
        let document = try TerminologyFixtures.segmented(text, name: "en")
        let anchors = try AnchorExtractor(language: .english, documentDate: nil).anchors(in: document)
        return try analyser(japanese: false).names(in: document, anchors: anchors).segments.flatMap(\.names)
    }

    static func japaneseNames(_ text: String) throws -> [ProperName] {
        let document = try TerminologyFixtures.segmented(text, name: "ja")
        return try analyser(japanese: true).names(in: document, anchors: []).segments.flatMap(\.names)
    }

    @Test func morphemesCarryUTF16RangesClassesAndReadings() throws {
        let text = "𠮷田氏とGoogleの石破茂総理大臣は、コストを下げた。"
        let units = Array(text.utf16)
        let morphemes = try JapaneseMorphology().morphemes(in: units)
        func morpheme(_ surface: String) throws -> Morpheme {
            try #require(morphemes.first { String(decoding: units[$0.range], as: UTF16.self) == surface })
        }
        // The ranges tile the text in UTF-16 units, past a character outside the BMP.
        #expect(morphemes.first?.range.lowerBound == 0)
        #expect(morphemes.last?.range.upperBound == units.count)
        #expect(zip(morphemes, morphemes.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
        let family = try morpheme("石破")
        #expect(family.properNoun == .familyName && family.readings.first == "イシバ")
        let given = try morpheme("茂")
        #expect(given.properNoun == .givenName && given.readings.contains("シゲル"))
        #expect(try morpheme("コスト").isEverydayWord)
        #expect(try morpheme("総理").isEverydayWord)
        #expect(try !morpheme("石破").isEverydayWord)
    }

    @Test func everyReadingTheDictionaryOffersIsKept() throws {
        let units = Array("茂木外務大臣".utf16)
        let morphemes = try JapaneseMorphology().morphemes(in: units)
        let family = try #require(morphemes.first)
        #expect(family.readings.count >= 2, "\(family.readings)")
        #expect(family.readings.contains("モテギ"), "\(family.readings)")
    }

    @Test func everydayWordsAndWordBoundariesForOtherRules() throws {
        let document = try TerminologyFixtures.segmented("センサーのテストのコストはレバプとラフモンが負担した。", name: "ja")
        let names = try Self.analyser(japanese: true).names(in: document, anchors: [])
        let units = document.segments[0].units
        func range(_ word: String) throws -> Range<Int> {
            let text = String(decoding: units, as: UTF16.self)
            let found = try #require(text.range(of: word))
            let start = text.utf16.distance(from: text.utf16.startIndex, to: found.lowerBound)
            return start..<(start + word.utf16.count)
        }
        #expect(names.isEverydayWords(segment: 0, range: try range("センサー")))
        #expect(names.isEverydayWords(segment: 0, range: try range("テスト")))
        #expect(names.isEverydayWords(segment: 0, range: try range("コスト")))
        #expect(!names.isEverydayWords(segment: 0, range: try range("ラフモン")))
        #expect(!names.isEverydayWords(segment: 0, range: try range("センサ")), "cuts a word")
    }

    @Test func japaneseNamesInKanjiKatakanaAndLatin() throws {
        let names = try Self.japaneseNames(
            "ロバート・スタイン特使と高市早苗総理大臣は、筑波大学及びGoogleの担当者とミネソタ州で会談し、コストとセンサーのテストについて議論した。")
        let byText = Dictionary(names.map { ($0.surface, $0) }, uniquingKeysWith: { a, _ in a })
        let stein = try #require(byText["ロバート・スタイン"])
        #expect(stein.script == .katakana, "\(stein)")
        #expect(stein.parts == [["robato"], ["sutain"]], "\(stein.parts)")
        #expect(stein.isCertain)
        let takaichi = try #require(byText["高市早苗"])
        #expect(takaichi.kind == .person && takaichi.parts == [["takaichi"], ["sanae"]])
        #expect(byText["筑波大学"]?.kind == .organisation)
        #expect(byText["Google"]?.script == .latin)
        #expect(byText["ミネソタ"]?.kind == .place)
        for everyday in ["コスト", "センサー", "テスト"] {
            #expect(byText[everyday] == nil, "\(everyday)")
        }
    }

    @Test func englishNamesWithoutTitlesCompanyFormsAndOrdinaryWords() throws {
        let names = try Self.englishNames(
            "Prime Minister TAKAICHI Sanae thanked the University of Tsukuba and TOYOTA MOTOR CORPORATION for the SCBAs. "
                + "We LOVE it, said the Ministry of Economy, Trade and Industry.")
        let parts = names.map(\.parts)
        #expect(parts.contains([["takaichi"], ["sanae"]]))
        #expect(parts.contains([["tsukuba"]]))
        #expect(parts.contains { $0.first == ["toyota"] }, "\(parts)")
        #expect(parts.contains([["scbas"]]))
        let words = Set(parts.joined().joined())
        for ordinary in ["love", "trade", "economy", "industry", "corporation", "university", "minister"] {
            #expect(!words.contains(ordinary), "\(ordinary) in \(parts)")
        }
    }

    @Test func soundComparisonAcrossScripts() throws {
        let comparison = ProperNameComparison()
        let english = try Self.englishNames(
            "We met Sanae Takaichi and Robert Stein at the University of Tsukuba, then Emomali RAHMON in Dushanbe.")
        let japanese = try Self.japaneseNames("高市早苗とロバート・スミスは筑波大学でエモマリ・ラフモンとドゥシャンベで会った。")
        func name(_ surface: String, in names: [ProperName]) throws -> ProperName {
            try #require(names.first { $0.surface.hasSuffix(surface) }, "\(surface) in \(names.map(\.surface))")
        }
        #expect(comparison.sharesPart(try name("Sanae Takaichi", in: english), try name("高市早苗", in: japanese)))
        #expect(comparison.sharesPart(try name("Tsukuba", in: english), try name("筑波大学", in: japanese)))
        #expect(comparison.sharesPart(try name("Emomali RAHMON", in: english), try name("エモマリ・ラフモン", in: japanese)))
        #expect(comparison.sharesPart(try name("Dushanbe", in: english), try name("ドゥシャンベ", in: japanese)))
        // Robert matches; Stein and スミス do not.
        let stein = try name("Robert Stein", in: english)
        let smith = try name("ロバート・スミス", in: japanese)
        #expect(comparison.sharesPart(stein, smith))
        #expect(comparison.similarity(ofPart: ["stein"], toPartsOf: smith) < comparison.differentBelow)
        // Long vowels, l/r, v/b, si/shi, doubled consonants, a final -u.
        #expect(comparison.similarity("barnes", "baanzu") >= comparison.threshold)
        #expect(comparison.similarity("kilcher", "kiruhyaa") >= comparison.differentBelow)
        #expect(comparison.similarity("ashgabat", "ashigabatto") >= comparison.threshold)
        #expect(comparison.similarity("serdar", "serudaru") >= comparison.threshold)
        #expect(comparison.similarity("stein", "sumisu") < comparison.differentBelow)
    }

    @Test func aMissingDictionaryNamesTheDebianPackage() throws {
        let error = try #require(throws: MeCabError.self) {
            try MeCabDictionary.installed(searching: ["/nonexistent/ipadic"])
        }
        #expect(error.description.contains("mecab-ipadic-utf8"))
        #expect(error.description.contains("/nonexistent/ipadic"))
        let words = try #require(throws: WordListError.self) {
            try EnglishWordList.installed(searching: ["/nonexistent/words"])
        }
        #expect(words.description.contains("wamerican"))
    }
}
