import Foundation
import Testing

@testable import TaiyakuKit

/// `taiyaku check` with the terminology rules: the shipped glossary by default, `--glossary`, `--variants`,
/// `--no-glossary`.
@Suite struct CheckCommandTerminologyTests {
    static let source = "seeds/004_c378caca38268456.txt"
    static let planted = "Tests/TaiyakuKitTests/Fixtures/terminology/004-tajikistan.planted.ja.txt"
    static let terminologyRules = ["term-missing", "term-deprecated", "term-inconsistent", "term-near-miss", "variant-inconsistent"]

    /// The terminology part of a JSON report: rule and the marked text of each finding.
    static func terminologyFindings(_ output: String) throws -> [String] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        return findings.compactMap { finding -> String? in
            guard let rule = finding["rule"] as? String, terminologyRules.contains(rule) else { return nil }
            return rule
        }.sorted()
    }

    @Test func plantedErrorsAreReportedInText() throws {
        // Wide enough that no message wraps.
        let result = try CommandRunner.run(["check", Self.source, Self.planted], environment: ["COLUMNS": "400"])
        #expect(result.status == 1)  // the planted deprecated form is an error
        let output = result.standardOutput
        // Errors come first.
        let deprecated = try #require(output.range(of: "'ドシャンベ' is a form the glossary deprecates")?.lowerBound)
        #expect(output.hasPrefix("error") && deprecated < (output.range(of: "\nwarning")?.lowerBound ?? output.endIndex))
        #expect(output.contains("\n  'ドシャンベ' is a form the glossary deprecates; write 'ドゥシャンベ'"))
        #expect(output.contains("\n  'ラフマン' is not in the glossary but is one letter away from the person 'ラフモン'; a misspelling?"))
        #expect(output.contains("\n  One glossary term is written '災害リスク軽減' here but '防災' 6 times"))
        #expect(output.contains("\n  'Tokyo' is not translated in the aligned translation sentence; the glossary gives '東京'"))
        #expect(output.contains("warning  \(Self.planted):"))
        #expect(output.contains("⟦ドシャンベ⟧"))
    }

    @Test func jsonReportHoldsExactlyThePlantedTerminologyFindings() throws {
        let result = try CommandRunner.run(["check", Self.source, Self.planted, "--format", "json"])
        #expect(try Self.terminologyFindings(result.standardOutput) == [
            "term-deprecated", "term-inconsistent", "term-missing", "term-near-miss",
        ])
    }

    @Test func noGlossaryTurnsTheTerminologyRulesOff() throws {
        let result = try CommandRunner.run(["check", Self.source, Self.planted, "--format", "json", "--no-glossary"])
        #expect(try Self.terminologyFindings(result.standardOutput).isEmpty)
        let both = try CommandRunner.run(["check", Self.source, Self.planted, "--no-glossary", "--glossary", "x.tsv"])
        #expect(both.status == 2)
    }

    @Test func theShippedGlossaryTravelsInsideTheBinary() throws {
        let result = try CommandRunner.run(
            ["check", Fixtures.path(Self.source), Fixtures.path(Self.planted), "--format", "json"],
            directory: FileManager.default.temporaryDirectory)
        #expect(try Self.terminologyFindings(result.standardOutput).count == 4)
        // The variable that once pointed to a glossary folder is no longer read: the shipped glossary is compiled in.
        let ignored = try CommandRunner.run(
            ["check", Self.source, Self.planted, "--format", "json"], environment: ["TAIYAKU_GLOSSARY_DIR": "/nonexistent"])
        #expect(try Self.terminologyFindings(ignored.standardOutput).count == 4)
    }

    @Test func glossaryOptionReplacesTheShippedGlossary() throws {
        let header = GlossaryTable.columns.joined(separator: "\t")
        let mine = try CommandRunner.temporaryFile(
            Array("\(header)\nplace.dushanbe\tplace\tDushanbe\t\t\tドシャンベ\t\t\t\t-\n".utf8), name: "mine.tsv")
        defer { try? FileManager.default.removeItem(at: mine.deletingLastPathComponent()) }
        // With only this glossary, ドシャンベ is the house form, and the fixture's other spelling ドゥシャンベ looks
        // like a misspelling of it.
        let alone = try CommandRunner.run(["check", Self.source, Self.planted, "--glossary", mine.path], environment: ["COLUMNS": "400"])
        #expect(!alone.standardOutput.contains("  term-deprecated\n"))
        #expect(alone.standardOutput.contains("\n  'ドゥシャンベ' is not in the glossary but is one letter away from the place 'ドシャンベ'"))
        let json = try CommandRunner.run(["check", Self.source, Self.planted, "--format", "json", "--glossary", mine.path])
        #expect(Set(try Self.terminologyFindings(json.standardOutput)) == ["term-near-miss"])
        // Two glossaries defining one concept are refused with both places named.
        let clash = try CommandRunner.run(
            ["check", Self.source, Self.planted, "--glossary", "Glossaries/central-asia.tsv", "--glossary", mine.path])
        #expect(clash.status == 2)
        #expect(clash.standardError.contains("concept id 'place.dushanbe' is already defined at Glossaries/central-asia.tsv:"))
    }

    @Test func unreadableGlossaryExitsWithTwo() throws {
        let missing = try CommandRunner.run(["check", Self.source, Self.planted, "--glossary", "nope.tsv"])
        #expect(missing.status == 2)
        #expect(missing.standardError == "error: nope.tsv: no such file (check the path)\n")
        let evil = try CommandRunner.temporaryFile(
            Array("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n<tbx/>\n".utf8),
            name: "evil.tbx")
        defer { try? FileManager.default.removeItem(at: evil.deletingLastPathComponent()) }
        let rejected = try CommandRunner.run(["check", Self.source, Self.planted, "--glossary", evil.path])
        #expect(rejected.status == 2)
        #expect(rejected.standardError.hasPrefix("error: \(evil.path):2: a DOCTYPE declaration is not allowed"))
    }
}
