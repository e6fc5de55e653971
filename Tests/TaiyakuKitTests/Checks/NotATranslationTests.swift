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
