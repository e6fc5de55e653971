import Testing
import TaiyakuKit

@Suite struct LexiconTests {
    static let text = """
        # Everyday words for the tests.
        en\tja
        commute\t通勤
        family\t家族
        look forward\t期待
        study | studies\t研究 | 勉強
        city\t都市
        stop\t停止 | 止め | 止ま
        """

    @Test func readsHeaderAndEntries() throws {
        let lexicon = try Lexicon.parse(Self.text, file: "words.tsv")
        #expect(lexicon.languages == [.english, .japanese])
        #expect(lexicon.count == 6)
        #expect(lexicon.forms[3] == [["study", "studies"], ["研究", "勉強"]])
    }

    @Test(arguments: [
        ("en\tja\ncommute\n", 2, "expected 2 tab-separated fields, found 1"),
        ("en\tja\ncommute\t通勤 | \n", 2, "an empty ja form"),
        ("en\tfr\n", 1, "the header names one language per column (en, ja)"),
        ("# only comments\n", 1, "no header line naming the languages"),
    ])
    func malformedLinesNameFileAndLine(text: String, line: Int, reason: String) {
        #expect(throws: LexiconError.malformedLine(file: "words.tsv", line: line, reason: reason)) {
            try Lexicon.parse(text, file: "words.tsv")
        }
    }

    /// Inflected English words meet their lemma; Japanese forms are found inside longer words.
    @Test func findsWordsOnBothSidesOfARealSentence() throws {
        let lexicon = try Lexicon.parse(Self.text, file: "words.tsv")
        let english = try #require(LexiconMatcher(lexicon: lexicon, rules: try LanguageRules.builtIn(for: .english)))
        let japanese = try #require(LexiconMatcher(lexicon: lexicon, rules: try LanguageRules.builtIn(for: .japanese)))
        let sentence = "Both sides are looking forward to studies of the cities, and commuting families stopped to wait."
        #expect(english.entries(in: Array(sentence.utf16)) == [0, 1, 2, 3, 4, 5])
        #expect(english.entries(in: Array("A stopwatch for the commuter".utf16)) == [])
        let translation = "双方は、都市の研究を期待し、通勤する家族は待つために止まった。"
        #expect(japanese.entries(in: Array(translation.utf16)) == [0, 1, 2, 3, 4, 5])
        #expect(japanese.entries(in: Array("両国は協力を確認した。".utf16)) == [])
    }

    @Test func shippedLexiconLoadsAndMeetsTheSeedPair() throws {
        let lexicon = try Lexicon.builtIn()
        #expect(lexicon.languages == [.english, .japanese])
        #expect(lexicon.count >= 1_000)
        let english = try #require(LexiconMatcher(lexicon: lexicon, rules: try LanguageRules.builtIn(for: .english)))
        let japanese = try #require(LexiconMatcher(lexicon: lexicon, rules: try LanguageRules.builtIn(for: .japanese)))
        // Sentence 3 of seed 004 and of our translation of it.
        let source = "The two leaders welcomed the signing of 15 documents, including an agreement on investment."
        let target = "両首脳は、投資協定を含む15件の文書の署名を歓迎した。"
        let shared = Set(english.entries(in: Array(source.utf16))).intersection(japanese.entries(in: Array(target.utf16)))
        #expect(shared.count >= 3, "welcome, sign, document, investment, agreement: found \(shared.map { lexicon.forms[$0][0][0] })")
    }
}
