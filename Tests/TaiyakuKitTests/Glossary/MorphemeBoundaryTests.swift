import Foundation
import Testing

@testable import TaiyakuKit

/// Japanese glossary terms and variant spellings match only between words (MeCab's morphemes): on sentences of the
/// kind a government release holds, a form inside another word is not found, a form at the head of a compound is.
@Suite struct MorphemeBoundaryTests {
    /// Whether `form` (its first occurrence) may be read in `sentence`, by the sentence's morphemes.
    func admits(_ form: String, in sentence: String) throws -> Bool {
        let units = Array(sentence.utf16)
        let boundaries = MorphemeBoundaries(morphemes: try JapaneseMorphology().morphemes(in: units))
        let found = try #require(sentence.range(of: form))
        let start = sentence.utf16.distance(from: sentence.utf16.startIndex, to: found.lowerBound)
        return boundaries.admits(start..<(start + form.utf16.count), in: units)
    }

    @Test func aFormMustBeginAndEndBetweenWords() throws {
        // The head of a compound, or a name before a suffix: found.
        #expect(try admits("外務省", in: "外務省報道官は、両国の協力を歓迎すると述べた。"))
        #expect(try admits("東京", in: "代表団は東京都の防災施設を視察した。"))
        #expect(try admits("日本", in: "日本側は、引き続き支援を行う考えを表明した。"))
        #expect(try admits("国連", in: "双方は、国連総会の決議を歓迎した。"))
        // Inside another word: not found.
        #expect(try !admits("テロ", in: "両首脳は、テロリストによる攻撃を強く非難した。"))
        #expect(try !admits("日本", in: "日本経済新聞によれば、両国は協力を強化する。"))
        #expect(try !admits("大阪", in: "代表団は東大阪市の中小企業を訪問した。"))
        #expect(try !admits("致す", in: "両国は、協力を強化することで一致する。"))
        #expect(try !admits("かつ", in: "双方は、かつて締結された協定の履行状況を確認した。"))
        #expect(try !admits("ともに", in: "まともに議論されてこなかった課題である。"))
        #expect(try !admits("カ国", in: "大使は、アメリカ国民との交流の重要性を強調した。"))
        #expect(try !admits("共に", in: "日本は、中央アジア諸国と共に地域の課題に対処する。"))
    }

    @Test func aWordTheDictionaryDoesNotKnowOrFusedIsNoEvidenceAgainstAForm() throws {
        // MeCab groups an unknown katakana run by its characters: the country still ends it.
        #expect(try admits("カザフスタン", in: "スマイロフカザフスタン首相は、選手権の開催に謝意を表明した。"))
        // One kanji fused to a name by the dictionary (日本人 is one word).
        #expect(try admits("日本", in: "日本人研究者の派遣を歓迎した。"))
        // MeCab moves the form's last character into the next word (1 | つか, 仮 | 訳文).
        #expect(try admits("1つ", in: "課題は1つか2つに限られる。"))
        #expect(try admits("仮訳", in: "本仮訳文は参考のためのものである。"))
    }

    @Test func glossaryTermsMatchBetweenWordsOnlyWhenBoundariesAreGiven() throws {
        let terminology = try TerminologyFixtures.terminology()
        let matcher = try #require(terminology.matchers[.japanese])
        let text = "日本経済新聞によれば、外務省報道官は、テロリストによる攻撃を非難し、東京都と協力すると述べた。"
        let units = Array(text.utf16)
        let folded = try FoldedText(units)
        let boundaries = MorphemeBoundaries(morphemes: try JapaneseMorphology().morphemes(in: units))
        let anywhere = matcher.matches(in: folded, original: units).map(\.surface)
        let betweenWords = matcher.matches(in: folded, original: units, boundaries: boundaries).map(\.surface)
        // Without a document's words (glossary lint, `Terminology.matches`) a form matches anywhere.
        #expect(anywhere == ["日本", "外務省", "テロ", "東京"])
        #expect(betweenWords == ["外務省", "東京"])
    }

    @Test func termMissingNoLongerReadsATermInsideAnotherWord() throws {
        let terminology = try TerminologyFixtures.terminology()
        func missing(_ source: String, _ target: String) throws -> [String] {
            let context = try TerminologyFixtures.context(
                CheckExample(source: source, target: target, triggers: false), terminology: terminology)
            return TermMissingCheck().findings(in: context).map { ($0.source?.excerpt ?? "") + " / " + ($0.target?.excerpt ?? "") }
        }
        // テロリスト is not テロ (terrorism); 日本経済新聞 (the Nikkei) does not name Japan.
        #expect(
            try missing(
                "日本とタジキスタンの両首脳は、テロリストによる攻撃を強く非難した。",
                "The leaders of Japan and Tajikistan strongly condemned the attacks by terrorists."
            ).isEmpty)
        #expect(
            try missing(
                "According to the Nikkei, the delegation of Tajikistan held talks with companies in Tokyo.",
                "日本経済新聞によれば、タジキスタンの代表団は東京で企業と会談した。"
            ).isEmpty)
        // Whether a concept is rendered stays lenient: 西日本 (western Japan) renders Japan, though MeCab reads it as
        // one word and 日本 is not matched inside it.
        #expect(
            try missing(
                "Tajikistan expressed its condolences for the victims of the heavy rain in western Japan.",
                "タジキスタンは、西日本の豪雨の犠牲者に哀悼の意を表した。"
            ).isEmpty)
        // A term at the head of a compound is still read, and still reported when the other side lacks it.
        #expect(
            try missing(
                "外務省報道官は、タジキスタンとの協力を歓迎すると述べた。",
                "The spokesperson said that he welcomed the cooperation with Tajikistan."
            ) == ["外務省 / The spokesperson said that he welcomed the cooperation with Tajikistan."])
    }

    @Test func aVariantSpellingInsideAnotherWordIsNotCounted() throws {
        let terminology = try TerminologyFixtures.terminology()
        func variants(_ text: String) throws -> [String] {
            let context = try TerminologyFixtures.context(
                alone: try TerminologyFixtures.segmented(text, name: "ja"), terminology: terminology)
            return VariantInconsistentCheck().findings(in: context).compactMap { $0.source?.excerpt ?? $0.target?.excerpt }
        }
        // かつて (formerly) is not the conjunction かつ; と共に (together with) is not the adverb 共に (MeCab reads
        // it as one particle or as と + 共に: the variant rules' exception for と covers the second).
        #expect(
            try variants(
                "双方は、かつて締結された協定の履行状況を確認した。双方は、持続可能で、且つ強靱な経済の構築に向けて協力する。"
                    + "日本は、国際社会と共に取り組む。日本は、中央アジア諸国と共に地域の課題に対処する。"
                    + "両国は、ともに地域の安定に貢献してきた。"
            ).isEmpty)
        // アメリカ国民 (the American people) holds no counter カ国 beside アジア5か国.
        #expect(
            try variants(
                "本事業には、アジア5か国の研修員が参加した。大使は、アメリカ国民との交流の重要性を強調した。"
            ).isEmpty)
        // The conjunction written both ways is still a mix.
        #expect(
            try variants(
                "双方は、持続可能で、且つ強靱な経済の構築に向けて協力する。双方は、自由で、かつ開かれた地域を目指す。"
            ) == ["且つ"])
    }
}
