import Testing

@testable import TaiyakuKit

/// Every check's examples are its tests: the check must fire on each triggering example and stay silent on
/// the others. Each example pair is aligned by the aligner; the terminology rules read the shipped glossary.
@Suite struct CheckExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let check: any Check
        let example: CheckExample
        var testDescription: String {
            "\(check.id) \(example.triggers ? "fires on" : "is silent on") \(example.source.prefix(30))"
        }
    }

    static let cases: [Case] = CheckRegistry.all.flatMap { check in check.examples.map { Case(check: check, example: $0) } }

    @Test(arguments: cases)
    func example(_ testCase: Case) throws {
        let context = try TerminologyFixtures.context(testCase.example, terminology: try TerminologyFixtures.terminology())
        let findings = testCase.check.findings(in: context)
        #expect(findings.isEmpty != testCase.example.triggers, "\(findings.map(\.message))")
        #expect(findings.allSatisfy { $0.ruleID == testCase.check.id })
        // Where the finding lands: some finding marks exactly what the example says, on each side it names.
        let example = testCase.example
        if example.sourceMark != nil || example.targetMark != nil {
            #expect(
                findings.contains { finding in
                    (example.sourceMark.map { finding.source?.excerpt == $0 } ?? true)
                        && (example.targetMark.map { finding.target?.excerpt == $0 } ?? true)
                },
                "marks \(findings.map { ($0.source?.excerpt ?? "-") + " / " + ($0.target?.excerpt ?? "-") })")
        }
    }

    @Test func everyCheckHasTriggeringAndSilentExamples() {
        for check in CheckRegistry.all {
            #expect(check.examples.contains { $0.triggers }, "\(check.id)")
            #expect(check.examples.contains { !$0.triggers }, "\(check.id)")
            // Every triggering example says where its finding lands.
            #expect(
                check.examples.filter(\.triggers).allSatisfy { $0.sourceMark != nil || $0.targetMark != nil },
                "\(check.id)")
        }
        #expect(Set(CheckRegistry.all.map(\.id)).count == CheckRegistry.all.count)
    }
}
