import Foundation
import Testing

@testable import TaiyakuKit

/// What `check` says besides the report: the summary line on standard error, baseline counts and warnings, the
/// width of the text report; and that terminal output never carries the input's control characters.
@Suite struct CheckCommandReportingTests {
    static let source = "Tests/TaiyakuKitTests/Fixtures/reports/release.en.txt"
    static let target = "Tests/TaiyakuKitTests/Fixtures/reports/release.ja.txt"

    static func temporaryDirectory() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-reporting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func outputToAFileStillSaysWhatWasWritten() throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("review.sarif").path
        let result = try CommandRunner.run(["check", Self.source, Self.target, "--no-glossary", "--format", "sarif", "--output", report])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "wrote \(report): 1 error\n")
    }

    @Test func baselineRunsSayHowManyFindingsTheyAcceptedAndWarnWhenNoEntryIsForThePair() throws {
        let folder = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("accepted.json").path
        // Writing a baseline still fails the run when findings reach --fail-on.
        let write = try CommandRunner.run(["check", Self.source, Self.target, "--no-glossary", "--write-baseline", baseline, "--format", "json"])
        #expect(write.status == 1)
        #expect(write.standardError == "wrote baseline \(baseline): 1 finding\n")
        let use = try CommandRunner.run(["check", Self.source, Self.target, "--no-glossary", "--baseline", baseline, "--format", "json"])
        #expect(use.status == 0)
        #expect(use.standardError == "1 finding accepted by the baseline \(baseline)\n")
        // The same files named from another directory are another pair for the baseline: it says so.
        let elsewhere = try CommandRunner.run(
            ["check", Fixtures.path(Self.source), Fixtures.path(Self.target), "--no-glossary", "--baseline", baseline, "--format", "json"],
            directory: folder)
        #expect(elsewhere.status == 1)
        #expect(elsewhere.standardError.hasPrefix("0 findings accepted by the baseline \(baseline)\nwarning: no entry of the baseline"))
        #expect(elsewhere.standardError.contains("its entries name pairs such as \(Self.source) ↔ \(Self.target)"))
    }

    @Test func textWrapsToColumnsAndShowsDetailsOnlyWhenVerbose() throws {
        let result = try CommandRunner.run(["check", "seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt"], environment: ["COLUMNS": "72"])
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count > 20)
        #expect(lines.allSatisfy { TerminalText.width($0) <= 72 }, "\(lines.filter { TerminalText.width($0) > 72 })")
        #expect(lines.first?.hasPrefix("error") == true)
        #expect(!result.standardOutput.contains("fingerprint"))
        let verbose = try CommandRunner.run(["check", "seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt", "--verbose"])
        #expect(verbose.standardOutput.contains("fingerprint") && verbose.standardOutput.contains("beads aligned"))
    }

    @Test func segmentLinesShowControlCharactersEscaped() throws {
        let text = "Japan will provide grant aid.\u{1B}]0;owned\u{07} The project starts in 2026.\u{1B}[2J\n"
        let file = try CommandRunner.temporaryFile(Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["segment", file.path])
        #expect(result.status == 0)
        #expect(!result.standardOutput.split(separator: "\n").joined().unicodeScalars.contains { TerminalText.needsEscape($0) })
        #expect(result.standardOutput.contains(#"\u001B]0;owned\u0007"#))
        // JSON keeps the text exactly (escaped by JSON's own rules).
        let json = try CommandRunner.run(["segment", file.path, "--format", "json"])
        let report = try JSONDecoder().decode(SegmentationReport.self, from: Data(json.standardOutput.utf8))
        #expect(report.segments.map(\.text).joined().contains("\u{1B}]0;owned\u{07}"))
    }

    @Test func errorMessagesShowControlCharactersOfFileNamesEscaped() throws {
        let result = try CommandRunner.run(["segment", "release\u{1B}[2J.txt"])
        #expect(result.status == 2)
        #expect(result.standardError == #"error: release\u001B[2J.txt: no such file (check the path)"# + "\n")
    }
}
