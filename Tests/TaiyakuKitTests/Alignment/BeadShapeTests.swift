import Testing

@testable import TaiyakuKit

/// One long sentence translated as four (and four as one): the 1:4 and 4:1 beads, taken when every one of the four
/// carries evidence of the one, and not when the fourth has nothing to do with it.
@Suite struct BeadShapeTests {
    static let englishBefore = """
        Joint Press Release

        On 2 March 2025, the Minister for Foreign Affairs of Japan met the Minister of Energy and Water Resources of the Republic of Tajikistan in Tokyo.

        """
    static let longSentence = """
        The two ministers signed an agreement on a grant of 1.2 billion yen for water supply in Khatlon, opened a \
        training centre for 350 engineers in Dushanbe, launched a survey of 48 glaciers in the Pamir mountains, and \
        agreed to hold the next meeting in Osaka in October 2026.
        """
    static let englishAfter = """


        Both ministers welcomed the 30th anniversary of diplomatic relations in 2022.

        The Japanese side expressed its gratitude for the hospitality of the 12 members of the delegation.
        """
    static let japaneseBefore = """
        共同プレスリリース

        2025年3月2日、日本国外務大臣は、東京においてタジキスタン共和国エネルギー・水資源大臣と会談した。

        """
    static let fourSentences = """
        両大臣は、ハトロン州の給水のための12億円の無償資金協力に関する協定に署名した。\
        両大臣は、ドゥシャンベにおいて技術者350名のための研修センターを開所した。\
        両大臣は、パミール山地の氷河48か所の調査を開始した。\
        両大臣は、2026年10月に大阪で次回会合を開催することで一致した。
        """
    static let japaneseAfter = """


        両大臣は、2022年の外交関係樹立30周年を歓迎した。

        日本側は、代表団12名へのもてなしに謝意を表明した。
        """

    private func alignment(source: String, target: String, sourceLanguage: Language, targetLanguage: Language) throws
        -> (Alignment, TranslationPair)
    {
        let pair = TranslationPair(
            source: try Segmenter(language: sourceLanguage).segment(Document(name: "source", text: source)),
            target: try Segmenter(language: targetLanguage).segment(Document(name: "target", text: target)))
        let sides = try pair.analysed()
        return (Aligner().align(sides.source, with: sides.target), pair)
    }

    @Test func oneSentenceTranslatedAsFourIsOneBead() throws {
        let (alignment, pair) = try alignment(
            source: Self.englishBefore + Self.longSentence + Self.englishAfter,
            target: Self.japaneseBefore + Self.fourSentences + Self.japaneseAfter,
            sourceLanguage: .english, targetLanguage: .japanese)
        let long = try #require(pair.source.segments.first { $0.text.hasPrefix("The two ministers signed") })
        let bead = try #require(alignment.beads.first { $0.source.contains(long.index) })
        #expect(bead.target.count == 4)
        #expect(!alignment.beads.contains { $0.source.isEmpty || $0.target.isEmpty })
    }

    @Test func fourSentencesTranslatedAsOneIsOneBead() throws {
        let (alignment, pair) = try alignment(
            source: Self.japaneseBefore + Self.fourSentences + Self.japaneseAfter,
            target: Self.englishBefore + Self.longSentence + Self.englishAfter,
            sourceLanguage: .japanese, targetLanguage: .english)
        let long = try #require(pair.target.segments.first { $0.text.hasPrefix("The two ministers signed") })
        let bead = try #require(alignment.beads.first { $0.target.contains(long.index) })
        #expect(bead.source.count == 4)
    }

    /// A fourth sentence the English does not say (an addition) stays unaligned rather than joining a 1:4 bead.
    @Test func anAddedSentenceIsNotFoldedIntoALongBead() throws {
        let three = """
            The two ministers signed an agreement on a grant of 1.2 billion yen for water supply in Khatlon, opened a \
            training centre for 350 engineers in Dushanbe, and launched a survey of 48 glaciers in the Pamir mountains.
            """
        let added = """
            両大臣は、ハトロン州の給水のための12億円の無償資金協力に関する協定に署名した。\
            両大臣は、ドゥシャンベにおいて技術者350名のための研修センターを開所した。\
            両大臣は、パミール山地の氷河48か所の調査を開始した。\
            なお、同国の人口は約1,000万人であり、その9割以上が山岳地帯に暮らしている。
            """
        let (alignment, pair) = try alignment(
            source: Self.englishBefore + three + Self.englishAfter, target: Self.japaneseBefore + added + Self.japaneseAfter,
            sourceLanguage: .english, targetLanguage: .japanese)
        let addition = try #require(pair.target.segments.first { $0.text.hasPrefix("なお、") })
        let bead = try #require(alignment.beads.first { $0.target.contains(addition.index) })
        #expect(bead.source.isEmpty)
    }

    @Test func shapesCountTheirSegments() {
        #expect(BeadShape.oneToFour.sourceCount == 1 && BeadShape.oneToFour.targetCount == 4)
        #expect(BeadShape.fourToOne.sourceCount == 4 && BeadShape.fourToOne.targetCount == 1)
        #expect(BeadShape.allCases.allSatisfy { max($0.sourceCount, $0.targetCount) <= EvidenceTable.longestSpan })
    }
}
