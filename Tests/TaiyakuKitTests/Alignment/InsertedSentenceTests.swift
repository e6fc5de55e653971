import Foundation
import Testing

@testable import TaiyakuKit

/// A sentence from another text inserted beside a translated one is an addition, not half of a 1:2 bead: its words
/// occur nowhere in the original (`unsupportedMemberCost`).
@Suite struct InsertedSentenceTests {
    /// A long English sentence with a compact translation, so that the inserted sentence fits a 1:2 bead by length.
    static let source = """
        The Government of Japan decided to extend Emergency Grant Aid of 3 million US dollars to the Republic of the \
        Philippines in response to the damage caused by the typhoon. The aid, which will be provided through the World \
        Food Programme (WFP) in close coordination with the Government of the Philippines and other humanitarian \
        partners on the ground, will be used for food, drinking water and emergency shelter for the displaced \
        families. Japan will continue to support the recovery of the affected areas.
        """
    static let translation = """
        日本政府は、台風による被害を受け、フィリピン共和国に対し300万米ドルの緊急無償資金協力を実施することを決定した。\
        この支援は世界食糧計画（WFP）を通じ、避難世帯の食料、飲料水及び緊急避難所に充てられる。\
        新しいショールを編み始めました。日本は、引き続き被災地の復興を支援していく。
        """

    /// Without `unsupportedMemberCost` the aligner puts the inserted sentence in a 1:2 bead with the one before.
    @Test func anInsertedSentenceIsAnAddition() throws {
        let findings = try SeverityContractTests.review(Self.source, Self.translation, checks: [AdditionCheck()])
        #expect(
            findings.contains { $0.severity == .warning && $0.ruleID == "addition" },
            "\(findings.map { "\($0.severity.rawValue): \($0.message)" })")
    }

    @Test func theCorrectTranslationHasNoAddition() throws {
        let correct = Self.translation.replacingOccurrences(of: "新しいショールを編み始めました。", with: "")
        let findings = try SeverityContractTests.review(Self.source, correct, checks: [AdditionCheck(), OmissionCheck()])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}
