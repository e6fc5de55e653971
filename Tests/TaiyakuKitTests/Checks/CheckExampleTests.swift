import Testing

@testable import TaiyakuKit

/// Every check's own examples: each triggering example produces a finding of that check, each other one none.
@Suite struct CheckExampleTests {
    static let cases: [(String, Int)] = CheckRegistry.all.flatMap { check in
        check.examples.indices.map { (check.id, $0) }
    }

    @Test(arguments: cases)
    func example(checkID: String, index: Int) throws {
        let check = try #require(CheckRegistry.all.first { $0.id == checkID })
        let example = check.examples[index]
        let source = try Segmenter(language: .english).segment(Document(name: "source", text: example.source))
        let target = try Segmenter(language: .japanese).segment(Document(name: "target", text: example.target))
        let review = try Reviewer(checks: [check]).review(TranslationPair(source: source, target: target))
        let fired = review.findings.contains { $0.ruleID == check.id }
        #expect(fired == example.triggers, "\(check.id) example \(index): \(review.findings.map(\.message))")
    }
}
