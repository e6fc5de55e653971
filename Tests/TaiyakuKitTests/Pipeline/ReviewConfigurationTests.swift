import Foundation
import Testing

@testable import TaiyakuKit

/// The library's entry point gives what `taiyaku check` gives.
@Suite struct ReviewConfigurationTests {
    static let source = "seeds/004_c378caca38268456.txt"
    static let target = "seeds/examples/004-tajikistan.ja.txt"

    @Test func theStandardConfigurationReviewsAsTheCommandDoesByDefault() throws {
        let review = try Reviewer(configuration: .standard())
            .review(source: Fixtures.path(Self.source), target: Fixtures.path(Self.target))
        let result = try CommandRunner.run(
            ["check", Self.source, Self.target, "--format", "json", "--fail-on", "never"])
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(ReviewReport.self, from: Data(result.standardOutput.utf8))
        #expect(report.findings.map(\.rule) == review.findings.map(\.ruleID))
        #expect(report.findings.map(\.message) == review.findings.map(\.message))
        // The shipped glossary and the lexicon are on: terminology findings exist and nearly every bead aligns.
        #expect(review.findings.contains { $0.ruleID.hasPrefix("term-") })
        #expect(review.beads.filter(\.isAligned).count >= 70)
    }

    @Test func disablingDropsOnlyTheNamedRules() throws {
        let standard = try ReviewConfiguration.standard()
        let fewer = standard.disabling(["quote-style-inconsistent", "dash-inconsistent"])
        #expect(fewer.checks.count == standard.checks.count - 2)
        #expect(!fewer.checks.contains { $0.id == "dash-inconsistent" })
    }

    @Test func aJapaneseOriginalIsReviewedInItsOwnDirection() throws {
        var configuration = try ReviewConfiguration.standard()
        configuration.sourceLanguage = .japanese
        configuration.targetLanguage = .english
        let review = try Reviewer(configuration: configuration).review(
            source: Fixtures.path("seeds/003_8de714b2e908a213.txt"),
            target: Fixtures.path("seeds/examples/003-turkmenistan.en.txt"))
        #expect(review.source.language == .japanese && review.target.language == .english)
        #expect(throws: PairError.self) {
            try Reviewer(configuration: .standard()).review(
                source: Fixtures.path("seeds/003_8de714b2e908a213.txt"),
                target: Fixtures.path("seeds/examples/003-turkmenistan.en.txt"))
        }
    }
}
