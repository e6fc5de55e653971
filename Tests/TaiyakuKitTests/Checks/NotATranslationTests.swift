import Testing

@testable import TaiyakuKit

@Suite struct NotATranslationTests {
    func review(_ source: String, _ target: String) throws -> Review {
        let reviewer = Reviewer(
            checks: CheckRegistry.all, terminology: try TerminologyFixtures.terminology(),
            lexicon: try LexiconIndex(Lexicon.builtIn()))
        return try reviewer.review(TranslationPair(source: try Fixtures.segmented(source), target: try Fixtures.segmented(target)))
    }

    /// The April English release against the December Japanese one: one clear finding, not a flood of omissions.
    @Test func anotherReleaseIsOneFindingInsteadOfAnOmissionPerSentence() throws {
        let findings = try review("000", "003").findings
        #expect(findings.filter { $0.ruleID == "not-a-translation" }.count == 1)
        #expect(!findings.contains { $0.ruleID == "omission" || $0.ruleID == "addition" })
    }

    @Test func ourTranslationIsATranslation() throws {
        let findings = try review("004", "seeds/examples/004-tajikistan.ja.txt").findings
        #expect(!findings.contains { $0.ruleID == "not-a-translation" })
        // The planted drop and addition are still reported.
        #expect(findings.contains { $0.ruleID == "omission" } && findings.contains { $0.ruleID == "addition" })
    }
}

@Suite struct UnalignedFindingTests {
    /// One of two alike sentences is dropped: the omission is reported, and its message says the aligner cannot
    /// tell which sentence it was. A dropped sentence the alignment is sure of says nothing of the kind.
    @Test func anUnsureOmissionSaysSo() throws {
        let source = "The two leaders held a summit meeting in Tokyo on December 20, 2025. He agreed. She agreed. "
            + "The leaders signed 15 documents. Japan will provide 1,000 tons of rice. The next meeting will be held "
            + "in 2027. Both sides welcomed the 30th anniversary of diplomatic relations."
        let target = "2025年12月20日、両首脳は東京において首脳会談を行った。同意した。両首脳は15件の文書に署名した。"
            + "日本は1,000トンのコメを供与する。次回会合は2027年に開催される。双方は外交関係樹立30周年を歓迎した。"
        let pair = TranslationPair(
            source: try Segmenter(language: .english).segment(Document(name: "s", text: source)),
            target: try Segmenter(language: .japanese).segment(Document(name: "t", text: target)))
        let omissions = try Reviewer(checks: [OmissionCheck()]).review(pair).findings
        #expect(!omissions.isEmpty)
        #expect(omissions.allSatisfy { $0.message.contains("The aligner is unsure") }, "\(omissions.map(\.message))")

        let sure = try Reviewer(checks: [OmissionCheck()], terminology: try TerminologyFixtures.terminology())
            .review(TranslationPair(source: try Fixtures.segmented("004"), target: try Fixtures.segmented("seeds/examples/004-tajikistan.ja.txt")))
            .findings
        #expect(sure.count == 1 && !sure[0].message.contains("unsure"), "\(sure.map(\.message))")
    }
}
