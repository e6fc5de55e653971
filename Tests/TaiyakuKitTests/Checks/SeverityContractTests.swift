import Foundation
import Testing

@testable import TaiyakuKit

/// The severity contract: `error` only on unambiguous evidence, a warning or note (saying why) otherwise, and one
/// finding for a repeated complaint. Sentences are realistic release sentences, one bead each.
@Suite struct SeverityContractTests {
    static func review(_ source: String, _ target: String, checks: [any Check] = CheckRegistry.all) throws -> [Finding] {
        let pair = TranslationPair(
            source: try TerminologyFixtures.segmented(source, name: "source"),
            target: try TerminologyFixtures.segmented(target, name: "target"))
        let reviewer = Reviewer(checks: checks, terminology: try TerminologyFixtures.terminology())
        return try reviewer.review(pair).findings
    }

    static func numbers(_ source: String, _ target: String) throws -> [Finding] {
        try review(source, target, checks: [NumberMismatchCheck()])
    }

    // MARK: number-mismatch: what is not a difference

    @Test(arguments: [
        // An article number against the ordinal of 第12条.
        ("Both sides confirmed that Article 12 of the Agreement applies.", "双方は、協定第12条が適用されることを確認した。"),
        // The day of the month as an ordinal.
        ("The working group met on the 21st and adopted its report.", "作業部会は21日に会合し、報告書を採択した。"),
        // A multiplier shared by the two ends of a range.
        ("Exports rose from 4 to 54 million tons over the decade.", "輸出量は、この10年間で400～5,400万トンに増加した。"),
        // An abbreviated year at the end of a range.
        ("The survey ran from May 2021 to November 2022.", "調査は２０２１年５月から２２年１１月まで実施された。"),
        // A code written with and without a space.
        ("The equipment meets NFPA 1981 in full.", "同装備はNFPA1981に完全に適合している。"),
        // Kanji multipliers followed by the last digits.
        ("Some 62,985 residents were registered in the district.", "同地区には約６万２千９８５人の住民が登録されていた。"),
    ])
    func notADifference(source: String, target: String) throws {
        let findings = try Self.numbers(source, target)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// An ordinal word rendered as 初めて is at most a note that says why.
    @Test func anOrdinalWordRenderedFreelyIsANote() throws {
        let findings = try Self.numbers(
            "The delegation visited Ashgabat for the first time.", "代表団は初めてアシガバットを訪問した。")
        #expect(findings.allSatisfy { $0.severity == .note }, "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.message.contains("written in words") })
    }

    // MARK: number-mismatch: what is caught

    @Test func aChangedFigureIsAnError() throws {
        let findings = try Self.numbers(
            "Japan will provide support of 1,000 tons of rice.", "日本は1,200トンのコメの支援を行う。")
        #expect(findings.count == 1 && findings[0].severity == .error, "\(findings.map(\.message))")
    }

    @Test func aNumberAfterANameIsCompared() throws {
        let findings = try Self.numbers(
            "The court heard Docket 147 on Monday.", "裁判所は月曜日に事件番号174を審理した。")
        #expect(findings.contains { $0.message.contains("147") && $0.message.contains("174") }, "\(findings.map(\.message))")
    }

    @Test func aLookalikeOfTheOrdinalPrefixIsAnError() throws {
        let findings = try Self.numbers(
            "Article 23 of the Agreement sets out the procedure.", "協定弟23条は手続を定めている。")
        let typo = findings.first { $0.message.contains("弟23条") }
        #expect(typo?.severity == .error && typo?.suggestion == "第23条", "\(findings.map(\.message))")
        #expect(try Self.numbers("Article 23 of the Agreement sets out the procedure.", "協定第23条は手続を定めている。").isEmpty)
    }

    /// A rounded figure is a warning that says so, not an error.
    @Test func aRoundedFigureIsAWarning() throws {
        let findings = try Self.numbers(
            "Some 62,985 residents were registered in the district.", "同地区には約６万３千人の住民が登録されていた。")
        #expect(findings.count == 1 && findings[0].severity == .warning, "\(findings.map(\.message))")
        #expect(findings.first?.message.contains("rounded") == true)
    }

    // MARK: number-mismatch: one finding per complaint, bounded (issue 13)

    /// The number findings of one source sentence aligned with one target sentence (a gold 1:1 bead), as the
    /// aligner may or may not pair such odd sentences.
    static func numbersOfOneBead(_ source: String, _ target: String) throws -> [Finding] {
        let context = try TerminologyFixtures.context(
            source: try TerminologyFixtures.segmented(source, name: "source"),
            target: try TerminologyFixtures.segmented(target, name: "target"),
            beads: [Bead(source: 0..<1, target: 0..<1, confidence: 1)], terminology: try TerminologyFixtures.terminology())
        return NumberMismatchCheck().findings(in: context)
    }

    /// One sentence with an ordinal n times against a short translation: one finding, whose message does not grow
    /// with n. Counts the findings and the message size at n and 2n (never a time).
    @Test func repeatedOrdinalsInOneSentenceAreOneBoundedFinding() throws {
        func findings(_ n: Int) throws -> [Finding] {
            let source = "The " + Array(repeating: "3rd", count: n).joined(separator: " and ") + " sessions opened."
            return try Self.numbersOfOneBead(source, "会合が開幕した。")
        }
        let small = try findings(40)
        let large = try findings(80)
        #expect(small.count == 1 && large.count == 1, "\(small.map(\.message)) \(large.map(\.message))")
        let smallSize = small.map(\.message.utf8.count).reduce(0, +)
        let largeSize = large.map(\.message.utf8.count).reduce(0, +)
        #expect(largeSize <= smallSize + 8, "\(smallSize) → \(largeSize)")
        #expect(large.first?.message.contains("80 times") == true, "\(large.map(\.message))")
    }

    /// Identical differences in one bead are one finding that says how often.
    @Test func identicalDifferencesInOneBeadAreGrouped() throws {
        let source = Array(repeating: "15 documents", count: 30).joined(separator: ", ") + " were signed."
        let target = Array(repeating: "16件", count: 30).joined(separator: "、") + "の文書が署名された。"
        let findings = try Self.numbersOfOneBead(source, target)
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.message.contains("30 times") == true, "\(findings.map(\.message))")
    }

    // MARK: omission and addition: both directions

    @Test func omissionReadsRightForAJapaneseOriginal() throws {
        let source = "両首脳は、2025年12月20日に東京で会談した。双方は、15件の文書の署名を歓迎した。"
            + "次回会合は2027年にドゥシャンベで開催される。日本は1,000トンのコメを供与する。"
        let target = "The two leaders met in Tokyo on December 20, 2025. Both sides welcomed the signing of 15 documents. "
            + "Japan will provide 1,000 tons of rice."
        let findings = try Self.review(source, target, checks: [OmissionCheck()])
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.message.hasPrefix("This sentence of the original (Japanese) has no counterpart in the translation (English)") == true)
    }

    @Test func aBracketedRemarkAddedIsANote() {
        #expect(AdditionCheck.isRemark(Array("（続く）".utf16)))
        #expect(AdditionCheck.isRemark(Array("</parallel_talk>".utf16)))
        #expect(!AdditionCheck.isRemark(Array("（文）と（図）を参照。".utf16)))
        #expect(!AdditionCheck.isRemark(Array("日本はコメを供与する。".utf16)))
    }

    // MARK: near misses

    @Test func everydayWordsAreNotNearMisses() throws {
        let findings = try Self.review(
            "The cost of the test was listed.", "テストのコストはリストに記載された。", checks: [TermNearMissCheck()])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// `レバー` (a lever) is one letter from the glossary's `レバプ` (Lebap): MeCab knows it as an everyday word, so
    /// it is no near-miss; `レバブ`, which no dictionary knows, is.
    @Test func dictionaryWordsOneLetterFromANameAreNotNearMisses() throws {
        let everyday = try Self.review(
            "The operator pulled the lever twice.", "作業員はレバーを二度引いた。", checks: [TermNearMissCheck()])
        #expect(everyday.isEmpty, "\(everyday.map(\.message))")
        let misspelt = try Self.review(
            "The delegation visited Lebap velayat.", "代表団はレバブ州を訪問した。", checks: [TermNearMissCheck()])
        #expect(misspelt.contains { $0.message.contains("'レバブ'") && $0.message.contains("レバプ") }, "\(misspelt.map(\.message))")
    }

    @Test func aRepeatedNearMissIsOneFindingWithItsCount() throws {
        let source = "Kiyarly hosts the plant. The road to Kiyarly was built. Kiyarly has a port."
        let findings = try Self.review(source, "", checks: [TermNearMissCheck()])
        #expect(findings.count == 1, "\(findings.map(\.message))")
        #expect(findings.first?.message.contains("3 times") == true)
        #expect(findings.first?.message.contains("person.") == false && findings.first?.message.contains("place.") == false)
    }

    // MARK: term-missing

    @Test func aTermTranslatedDifferentlyIsLocatedOnTheOtherSide() throws {
        let findings = try Self.review(
            // Two named concepts besides it (Tokyo, Japan, Tajikistan): the glossary's domain.
            "In Tokyo, Japan and Tajikistan welcomed the launch of the Central Asia plus Japan Dialogue.",
            "東京において、日本とタジキスタンは、中央アジア日本対話の立ち上げを歓迎した。", checks: [TermMissingCheck()])
        let different = findings.first { $0.message.contains("translated differently") }
        #expect(different != nil, "\(findings.map(\.message))")
        #expect(different?.target?.excerpt.contains("中央アジア") == true)
    }

    // MARK: wrong pair and findings about the original

    @Test func aWrongPairKeepsOnlyDocumentLevelFindings() throws {
        let reviewer = Reviewer(checks: CheckRegistry.all, terminology: try TerminologyFixtures.terminology())
        let findings = try reviewer.review(
            TranslationPair(source: try Fixtures.segmented("000"), target: try Fixtures.segmented("003"))
        ).findings
        let perSentence: Set<String> = ["number-mismatch", "date-mismatch", "term-missing", "low-confidence", "omission", "addition"]
        #expect(findings.contains { $0.ruleID == "not-a-translation" })
        #expect(!findings.contains { perSentence.contains($0.ruleID) && $0.source != nil && $0.target != nil },
            "\(findings.filter { perSentence.contains($0.ruleID) }.map(\.message))")
    }

    @Test func quoteStyleOfTheOriginalIsAboutTheOriginalAndListedLast() throws {
        let source = "He said \"yes\" at the meeting. She said “no” at the meeting. Japan's and Japan’s views differ."
        let target = "彼は会合で「はい」と述べた。彼女は会合で「いいえ」と述べた。日本の見解は異なる。"
        let pair = TranslationPair(
            source: try TerminologyFixtures.segmented(source, name: "source"),
            target: try TerminologyFixtures.segmented(target, name: "target"))
        let review = try Reviewer(checks: CheckRegistry.all).review(pair)
        let quotes = review.findings.filter { $0.ruleID == "quote-style-inconsistent" }
        #expect(!quotes.isEmpty && quotes.allSatisfy { $0.subject == .original })
        if let firstOriginal = review.findings.firstIndex(where: { $0.subject == .original }) {
            #expect(review.findings[firstOriginal...].allSatisfy { $0.subject == .original })
        }
    }

    /// A Japanese original that mixes widths (`ＥU`, `１` beside `14`): about the original, so a note, while the same
    /// mix in a Japanese translation stays a warning the translator must look at.
    @Test func widthMixInTheOriginalIsANoteAboutTheOriginal() throws {
        let japanese = "大臣は１月１４日にＥU代表と会談した。双方は14件の合意を確認した。会談は2時間行われた。"
        let english = "The Minister met the EU representative on 14 January. Both sides confirmed 14 agreements. "
            + "The talks lasted 2 hours."
        let original = try Self.review(japanese, english).filter { $0.ruleID == "variant-inconsistent" }
        #expect(!original.isEmpty)
        #expect(original.allSatisfy { $0.subject == .original && $0.severity == .note }, "\(original.map(\.message))")
        let translation = try Self.review(english, japanese).filter { $0.ruleID == "variant-inconsistent" }
        #expect(translation.contains { $0.subject == .translation && $0.severity == .warning }, "\(translation.map(\.message))")
    }

    /// A bracketed remark of the original left out is a warning, a markup tag a note; a sentence left out stays an
    /// error.
    @Test func remarksAndMarkupLeftOutAreNotErrors() throws {
        let japanese = "大臣は記者会見を開き、新たな支援策を発表した。\n（詳細は後日発表）\n<applause/>\n"
            + "対象は全国の中小企業約3万社である。\n支援策は来年4月から実施される。"
        let english = "The Minister held a press conference and announced new support measures.\n"
            + "The measures will take effect in April next year."
        let omissions = try Self.review(japanese, english).filter { $0.ruleID == "omission" }
        let severity = { (text: String) in omissions.first { $0.source?.segmentText == text }?.severity }
        #expect(severity("（詳細は後日発表）") == .warning, "\(omissions.map(\.message))")
        #expect(severity("<applause/>") == .note)
        #expect(severity("対象は全国の中小企業約3万社である。") == .error)
    }
}
