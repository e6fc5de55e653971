import Testing

@testable import TaiyakuKit

/// The sentence-break rules ICU lacks, one fixture each.
@Suite struct SentenceRuleTests {
    @Test(arguments: [
        "Mr. Tanaka met Mrs. Sato and Ms. Ito.",
        "Dr. Rahimov and Prof. Kato spoke.",
        "H.E. Mr. Rashid Meredov attended.",
        "The U.S. delegation and the U.K. side met the U.N. envoy.",
        "See Resolution No. 77 and Art. 5 of the Charter.",
        "Vol. 3 and pp. 12-14 of the report apply.",
        "Measures, e.g. training, and reports, i.e. studies, were listed.",
        "Energy, water, transport, etc. were discussed by both sides.",
        "The meeting began at 10 a.m. and ended at 3 p.m. on the same day.",
        "Toyota Motor Corp. and Itochu Co., Ltd. signed.",
        "Mitsubishi Co. Ltd. was represented.",
        "The talks were held on Jan. 27 in Tokyo.",
        "President John F. Kennedy visited.",
        "Growth reached 3.29 percent under plan version 2.1.3 this year.",
        "(Mr. Ishikawa chaired the meeting.)",
    ])
    func englishSentenceIsNotBroken(sentence: String) throws {
        #expect(try Fixtures.segmentTexts(sentence, language: .english) == [sentence])
    }

    @Test func englishBreaksWhereASentenceEnds() throws {
        let text = "The work ended at 5 p.m. Both sides left. Energy, water, etc. Transport was next. Ask No. We will."
        #expect(
            try Fixtures.segmentTexts(text, language: .english) == [
                "The work ended at 5 p.m.", "Both sides left.", "Energy, water, etc.", "Transport was next.",
                "Ask No.", "We will.",
            ])
    }

    /// Words ICU's own suppression list (`en@ss=standard`) would keep from ending a sentence.
    @Test func sentencesEndingInShortCapitalisedWordsAreSplit() throws {
        let text = "The bill passed under the Congressional Review Act. On January 30 it was signed. They set course in 3034 AD. Note that it was late."
        #expect(try Fixtures.segmentTexts(text, language: .english).count == 4)
    }

    @Test func abbreviationListIsData() throws {
        let rules = try LanguageRules.builtIn(for: .english)
        #expect(rules.icuLocale == "en")
        #expect(rules.abbreviations["Mr."] == .always)
        #expect(rules.abbreviations["a.m."] == .unlessCapitalized)
        #expect(rules.abbreviations["No."] == .beforeNumber)
        #expect(throws: RulesError.malformedLine(file: "x.txt", line: 2, reason: "entry outside a known section")) {
            try LanguageRules.parse("# comment\nMr.\n", file: "x.txt", language: .english)
        }
    }

    @Test(arguments: [
        "日本側は、「平和と信頼の年。」と述べた。",
        "双方は『協力。発展。』を掲げた。",
        "双方は、会議（於：東京。非公開。）を開催した。",
        "同大統領は「日本は重要な友人だ！今後も協力する？」と語った。",
    ])
    func japaneseQuotationsAndParenthesesHoldTheirStops(sentence: String) throws {
        #expect(try Fixtures.segmentTexts(sentence, language: .japanese) == [sentence])
    }

    @Test func japaneseStopsOfEitherWidthBreak() throws {
        let text = "双方は一致した。日本側は歓迎した！本当か？はい．終わり."
        #expect(
            try Fixtures.segmentTexts(text, language: .japanese) == [
                "双方は一致した。", "日本側は歓迎した！", "本当か？", "はい．", "終わり.",
            ])
    }

    @Test func quotationStartingTheNextSentenceBelongsToIt() throws {
        let text = "同社は要点を挙げた。「今回の経験はきっかけとなった」と、デムナは語った。(PERSON1)はい。"
        #expect(
            try Fixtures.segmentTexts(text, language: .japanese) == [
                "同社は要点を挙げた。", "「今回の経験はきっかけとなった」と、デムナは語った。", "(PERSON1)はい。",
            ])
    }

    @Test func unclosedBracketDoesNotSwallowTheParagraph() throws {
        let text = "双方は「協力を歓迎した。日本側は感謝した。"
        #expect(try Fixtures.segmentTexts(text, language: .japanese).count == 2)
    }

    @Test func japaneseColonLeadInFollowedByItemsOnSeparateLines() throws {
        let text = "双方は以下の文書の署名を歓迎した：\n・協力覚書。\n・交換公文。\n（１）投資協定。\n①租税条約。"
        let segmented = try Segmenter(language: .japanese).segment(Document(name: "f", text: text))
        #expect(
            segmented.segments.map(\.text) == [
                "双方は以下の文書の署名を歓迎した：", "・協力覚書。", "・交換公文。", "（１）投資協定。", "①租税条約。",
            ])
        #expect(segmented.segments.map(\.label) == [nil, "・", "・", "（１）", "①"])
    }

    @Test func fullWidthNumberedItems() throws {
        let text = "１．双方は一致した。日本側は歓迎した。\n２．双方は確認した。"
        let segmented = try Segmenter(language: .japanese).segment(Document(name: "f", text: text))
        #expect(segmented.segments.map(\.text) == ["１．双方は一致した。", "日本側は歓迎した。", "２．双方は確認した。"])
        #expect(segmented.segments.map(\.kind) == [.listItem, .sentence, .listItem])
        #expect(segmented.segments.map(\.label) == ["１．", nil, "２．"])
    }

    @Test func headingsWithoutFullStopAreNotJoinedToTheNextParagraph() throws {
        let text = "Joint Statement\n\nCooperation in Energy\n\nBoth sides agreed.\n\n経済分野\n\n双方は一致した。"
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(segmented.segments.map(\.kind) == [.heading, .heading, .sentence, .heading, .sentence])
    }

    @Test func yearAtLineStartIsNotAnItemLabel() throws {
        let text = "2025. The year of peace.\n3.29% was the rate."
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(!segmented.segments.contains { $0.kind == .listItem })
    }

    @Test func lineEndingsAreEquivalent() throws {
        let lf = "Joint Press Release\n\nThe two countries met. They agreed\n\non cooperation."
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = lf.replacingOccurrences(of: "\n", with: "\r")
        let expected = try Fixtures.segmentTexts(lf, language: .english)
        #expect(expected == ["Joint Press Release", "The two countries met.", "They agreed on cooperation."])
        #expect(try Fixtures.segmentTexts(crlf, language: .english) == expected)
        #expect(try Fixtures.segmentTexts(cr, language: .english) == expected)
    }

    /// A large paragraph with no line break is segmented in one linear pass (timed in the benchmark, not here).
    @Test func textWithoutNewlinesIsSegmented() throws {
        let sentence = "The two countries concurred on cooperation in Ashgabat on April 15, 2025. "
        let text = String(repeating: sentence, count: 20_000)
        let segments = try Fixtures.segmentTexts(text, language: .english)
        #expect(segments.count == 20_000)
        let japanese = String(repeating: "双方は「協力。」で一致した。", count: 20_000)
        #expect(try Fixtures.segmentTexts(japanese, language: .japanese).count == 20_000)
    }
}

@Suite struct LayoutRepairTests {
    @Test func japaneseTitleEndingInAQuotationIsNotJoinedToTheNextParagraph() throws {
        let text = "同氏の寄稿。バレンシアガ幹部、キャンペーンを「愚かなまちがい」\n\n高級ブランドは動揺している。"
        #expect(
            try Fixtures.segmentTexts(text, language: .japanese) == [
                "同氏の寄稿。", "バレンシアガ幹部、キャンペーンを「愚かなまちがい」", "高級ブランドは動揺している。",
            ])
    }

    @Test func japaneseParagraphEndingInAParticleIsNotJoined() throws {
        let text = "オーディオ形式が間違っていて、だから何かが変に\n\nつまり、何かが間違っている。\n\n双方は、活動を推進す\n\nることで一致した。"
        #expect(
            try Fixtures.segmentTexts(text, language: .japanese) == [
                "オーディオ形式が間違っていて、だから何かが変に", "つまり、何かが間違っている。", "双方は、活動を推進することで一致した。",
            ])
    }

    /// A news headline holds a comma but no topic particle; a sentence cut inside a word holds both.
    @Test func japaneseHeadlineWithACommaIsNotJoinedButACutWordIs() throws {
        let text = """
            外務省、中央アジア諸国との対話に向け専門家会合を開催

            外務省は、本日、専門家会合を開催した。

            双方は、各国の防災能力の強化に向けたキャパシ

            ティ・ビルディングを推進することで一致した。

            双方は、地域の連結性を高める輸送回廊の整備が重要であるとの認識を共有し、協力の原

            則を確認した。
            """
        #expect(
            try Fixtures.segmentTexts(text, language: .japanese) == [
                "外務省、中央アジア諸国との対話に向け専門家会合を開催", "外務省は、本日、専門家会合を開催した。",
                "双方は、各国の防災能力の強化に向けたキャパシティ・ビルディングを推進することで一致した。",
                "双方は、地域の連結性を高める輸送回廊の整備が重要であるとの認識を共有し、協力の原則を確認した。",
            ])
    }

    /// A stop inside closing quotes ends a sentence too, so the paragraph is running text, not a heading.
    @Test func paragraphWhoseSentencesEndInsideQuotesIsNotAHeading() throws {
        let text = "The ministry said the plan \"stands withdrawn.\" Its statement called it \"a misunderstanding.\" More on Tajikistan"
        #expect(
            try Fixtures.segmentTexts(text, language: .english) == [
                "The ministry said the plan \"stands withdrawn.\"", "Its statement called it \"a misunderstanding.\"",
                "More on Tajikistan",
            ])
    }

    @Test func englishParagraphWhoseLastSentenceLostItsStopIsStillSplit() throws {
        let text = "All kale is transplanted. Plans to set in salad. Crew trained on irrigation which is 90% of the skill items"
        let segmented = try Segmenter(language: .english).segment(Document(name: "f", text: text))
        #expect(segmented.segments.count == 3)
        #expect(segmented.segments.allSatisfy { $0.kind == .sentence })
    }
}
