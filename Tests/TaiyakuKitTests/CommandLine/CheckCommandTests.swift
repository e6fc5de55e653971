import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct CheckCommandTests {
    static let empty = "Tests/TaiyakuKitTests/Fixtures/terminology/empty.txt"

    @Test func printsFindingsWithRuleSeverityPlaceAndSentence() throws {
        let result = try CommandRunner.run(["check", "seeds/000_7a41b1ca847362c5.txt", Self.empty])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.contains("[term-near-miss]") })
        #expect(lines[first].hasPrefix("seeds/000_7a41b1ca847362c5.txt:45:198: warning [term-near-miss] 'Kiyarly'"))
        #expect(lines[first + 1].hasPrefix("  source seeds/000_7a41b1ca847362c5.txt:45:198 | The two countries welcomed"))
        #expect(lines[first + 2] == "  suggestion: Kiyanly")
        #expect(lines.last == "3 findings (0 errors, 3 warnings, 0 notes)")
    }

    @Test func failOnDecidesTheExitCode() throws {
        let warningsOnly = try CommandRunner.run(
            ["check", "seeds/000_7a41b1ca847362c5.txt", Self.empty, "--fail-on", "warning"])
        #expect(warningsOnly.status == 1)
        let errors = try CommandRunner.run(["check", "seeds/003_8de714b2e908a213.txt", Self.empty])
        #expect(errors.status == 1)
        #expect(errors.standardOutput.contains("error [term-deprecated] '中央アジア+日本'"))
        #expect(errors.standardOutput.contains("warning [variant-inconsistent] '+'"))
        let clean = try CommandRunner.run(["check", "seeds/004_c378caca38268456.txt", Self.empty, "--fail-on", "note"])
        #expect(clean.status == 0)
        #expect(clean.standardOutput == "0 findings (0 errors, 0 warnings, 0 notes)\n")
    }

    @Test func findsTheShippedGlossaryFromAnyDirectory() throws {
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try CommandRunner.run(
            ["check", Fixtures.path("seeds/000_7a41b1ca847362c5.txt"), Fixtures.path(Self.empty)], directory: elsewhere)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("'Kiyarly'"))
        let misconfigured = try CommandRunner.run(
            ["check", "seeds/000_7a41b1ca847362c5.txt", Self.empty], environment: ["TAIYAKU_GLOSSARY_DIR": "/nonexistent"])
        #expect(misconfigured.status == 2)
        #expect(misconfigured.standardError.contains("TAIYAKU_GLOSSARY_DIR=/nonexistent holds no central-asia.tsv"))
    }

    @Test func glossaryOptionReplacesTheShippedGlossary() throws {
        let header = GlossaryTable.columns.joined(separator: "\t")
        let file = try CommandRunner.temporaryFile(
            Array("\(header)\nplace.kiyarly\tplace\tKiyarly\t\t\tキヤルリ\t\t\t\t-\n".utf8), name: "mine.tsv")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(
            ["check", "seeds/000_7a41b1ca847362c5.txt", Self.empty, "--glossary", file.path, "--fail-on", "note"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "0 findings (0 errors, 0 warnings, 0 notes)\n")
        let two = try CommandRunner.run(
            ["check", "seeds/000_7a41b1ca847362c5.txt", Self.empty, "--glossary", "Glossaries/central-asia.tsv",
             "--glossary", file.path])
        #expect(two.status == 0)
        #expect(two.standardOutput.contains("[term-inconsistent]"))
        #expect(!two.standardOutput.contains("'Kiyarly'"))
    }

    @Test func badInputExitsWithTwo() throws {
        let missingGlossary = try CommandRunner.run(
            ["check", "seeds/000_7a41b1ca847362c5.txt", Self.empty, "--glossary", "nope.tsv"])
        #expect(missingGlossary.status == 2)
        #expect(missingGlossary.standardError == "error: nope.tsv: no such file\n")
        let missingSource = try CommandRunner.run(["check", "nope.txt", Self.empty])
        #expect(missingSource.status == 2)
        let badSeverity = try CommandRunner.run(["check", "seeds/000_7a41b1ca847362c5.txt", Self.empty, "--fail-on", "fatal"])
        #expect(badSeverity.status == 2)
    }
}
