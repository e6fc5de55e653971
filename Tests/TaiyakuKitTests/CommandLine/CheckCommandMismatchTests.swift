import Foundation
import Testing

/// `taiyaku check` with the anchor mismatch and consistency rules, and `--disable` for each of them.
@Suite struct CheckCommandMismatchTests {
    static let rules = [
        "number-mismatch", "date-mismatch", "name-mismatch", "date-format-inconsistent", "quote-style-inconsistent",
        "dash-inconsistent", "name-order-inconsistent",
    ]

    /// The rule of every finding of a JSON report, in order.
    static func rules(_ output: String) throws -> [String] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        return findings.compactMap { $0["rule"] as? String }
    }

    /// Seed 004 with planted errors and no glossary fires the mismatch rules; seed 000 (against an unrelated
    /// translation: only its own consistency matters here) fires the rules of one document. `--disable RULE`
    /// removes exactly that rule's findings.
    @Test func eachRuleFiresAndCanBeSwitchedOff() throws {
        let runs = [
            [
                "check", "seeds/004_c378caca38268456.txt",
                "Tests/TaiyakuKitTests/Fixtures/review/004-tajikistan.planted.ja.txt",
                "--no-glossary",
            ],
            ["check", "seeds/000_7a41b1ca847362c5.txt", "seeds/examples/004-tajikistan.ja.txt", "--no-glossary"],
        ]
        var fired: Set<String> = []
        for arguments in runs {
            let all = try Self.rules(try CommandRunner.run(arguments + ["--format", "json"]).standardOutput)
            let present = Self.rules.filter(all.contains)
            fired.formUnion(present)
            let disabled = present.flatMap { ["--disable", $0] }
            let rest = try Self.rules(
                try CommandRunner.run(arguments + ["--format", "json"] + disabled).standardOutput)
            #expect(rest == all.filter { !present.contains($0) }, "\(arguments[1])")
        }
        #expect(fired == Set(Self.rules))
    }

    @Test func aWrongNumberFailsTheCheck() throws {
        // Wide enough that no message wraps.
        let result = try CommandRunner.run([
            "check", "seeds/004_c378caca38268456.txt",
            "Tests/TaiyakuKitTests/Fixtures/review/004-tajikistan.planted.ja.txt",
        ], environment: ["COLUMNS": "400"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("  number-mismatch\n  The source says 1,000 ('1,000'), the translation 100 ('100名')"))
        #expect(
            result.standardOutput.contains(
                "  date-mismatch\n  The source says 2025-06-27 ('June 27, 2025'), the translation 2025-07-27 ('2025年7月27日')"))
    }
}
