import Foundation
import Testing

@testable import TaiyakuKit

/// Every command that writes the input's text to a terminal or a text stream shows its control characters and
/// bidirectional formatting characters escaped (`\u001B`), never raw; the formats made for programs (JSON) keep the
/// text exactly. Each command runs on seed 004 and our Japanese translation with an escape sequence (a window title
/// and a screen clear) and a right-to-left override planted in the first sentence, and a date changed on the
/// Japanese side so that a finding quotes that sentence.
@Suite struct TerminalOutputTests {
    /// Sets the terminal's title, then clears the screen; the override reverses what follows it.
    static let title = "\u{1B}]0;owned\u{07}"
    static let clear = "\u{1B}[2J"
    static let override = "\u{202E}"

    /// A folder with `release.en.txt` and `release.ja.txt` (the planted copies) and `glossary.tsv` (a term under two
    /// concepts, its spelling holding an escape). Removed by the caller.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-terminal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let english = try String(contentsOfFile: Fixtures.path("seeds/004_c378caca38268456.txt"), encoding: .utf8)
        let japanese = try String(contentsOfFile: Fixtures.path("seeds/examples/004-tajikistan.ja.txt"), encoding: .utf8)
        let plantedEnglish = try planted(
            english, "held a meeting during", with: "held a meeting\(title) during",
            "President of the Republic of Tajikistan Emomali RAHMON", with: "President of the Republic of Tajikistan Emomali\(override)RAHMON\(clear)")
        let plantedJapanese = try planted(
            japanese, "2025年12月20日、", with: "2025年12月21日、\(title)",
            "会談を行った。", with: "会談\(override)を行った\(clear)。")
        try Data(plantedEnglish.utf8).write(to: folder.appendingPathComponent("release.en.txt"))
        try Data(plantedJapanese.utf8).write(to: folder.appendingPathComponent("release.ja.txt"))
        let header = GlossaryTable.columns.joined(separator: "\t")
        let glossary = """
            \(header)
            place.dushanbe\tplace\tDushanbe\t\t\tドゥシャンベ\t\t\t\t-
            place.dushanbe-city\tplace\tDushanbe\(clear)\t\t\tドゥシャンベ市\(title)\t\t\t\t-
            place.dushanbe-again\tplace\tDushanbe\(clear)\t\t\tドゥシャンベ市\(title)\t\t\t\t-

            """
        try Data(glossary.utf8).write(to: folder.appendingPathComponent("glossary.tsv"))
        return folder
    }

    /// `text` with each `(original, replacement)` made; fails when an original is not in the text (the seed changed).
    static func planted(_ text: String, _ first: String, with firstReplacement: String, _ second: String, with secondReplacement: String) throws -> String {
        try #require(text.contains(first) && text.contains(second), "the seed no longer holds the sentence to plant in")
        return text.replacingOccurrences(of: first, with: firstReplacement).replacingOccurrences(of: second, with: secondReplacement)
    }

    /// The control and bidirectional formatting characters in `output`, other than the tab and the line feed that
    /// separate its fields and lines.
    static func rawControls(in output: String) -> [String] {
        output.unicodeScalars.filter { $0 != "\n" && TerminalText.needsEscape($0) }.map { TerminalText.escape($0) }
    }

    @Test func checkTextQuotesThePlantedSentenceEscaped() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["check", "release.en.txt", "release.ja.txt", "--no-glossary"], directory: folder)
        #expect(result.status == 1)
        #expect(Self.rawControls(in: result.standardOutput + result.standardError) == [])
        // The date finding quotes the first sentence of both sides: the planted characters are there, shown.
        #expect(result.standardOutput.contains("date-mismatch"))
        #expect(result.standardOutput.contains(#"\u001B]0;owned\u0007"#))
        #expect(result.standardOutput.contains(#"\u202E"#))
    }

    @Test func checkBatchSummaryAndProgressShowPairNamesEscaped() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pairs = folder.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        let name = "release\(Self.clear)\(Self.override)"
        try FileManager.default.copyItem(at: folder.appendingPathComponent("release.en.txt"), to: pairs.appendingPathComponent("\(name).en.txt"))
        try FileManager.default.copyItem(at: folder.appendingPathComponent("release.ja.txt"), to: pairs.appendingPathComponent("\(name).ja.txt"))
        let result = try CommandRunner.run(["check", "pairs", "pairs", "--no-glossary"], directory: folder)
        #expect(result.status == 1)
        #expect(Self.rawControls(in: result.standardOutput + result.standardError) == [])
        #expect(result.standardOutput.contains(#"release\u001B[2J\u202E"#))
        #expect(result.standardOutput.contains(#"\u001B]0;owned\u0007"#))
    }

    @Test func alignTSVShowsControlsEscapedAndJSONKeepsThemExactly() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = try CommandRunner.run(["align", "release.en.txt", "release.ja.txt", "--no-glossary"], directory: folder)
        #expect(tsv.status == 0)
        #expect(Self.rawControls(in: tsv.standardOutput.replacingOccurrences(of: "\t", with: " ")) == [])
        let lines = tsv.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // Still two fields a line: nothing planted adds a tab or a line.
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
        let first = try #require(lines.first { $0.contains("TAKAICHI") })
        #expect(first.contains(#"held a meeting\u001B]0;owned\u0007 during"#))
        #expect(first.contains(#"Emomali\u202ERAHMON\u001B[2J"#))
        #expect(first.contains(#"2025年12月21日、\u001B]0;owned\u0007"#))
        #expect(first.contains(#"会談\u202Eを行った\u001B[2J。"#))

        let json = try CommandRunner.run(["align", "release.en.txt", "release.ja.txt", "--no-glossary", "--format", "json"], directory: folder)
        #expect(json.status == 0)
        let report = try JSONDecoder().decode(AlignmentReport.self, from: Data(json.standardOutput.utf8))
        let texts = report.beads.map { $0.source.text + "\t" + $0.target.text }.joined(separator: "\n")
        #expect(texts.contains("held a meeting\(Self.title) during"))
        #expect(texts.contains("会談\(Self.override)を行った\(Self.clear)。"))
    }

    @Test(arguments: [("release.en.txt", "en", "2025-12-20"), ("release.ja.txt", "ja", "2025-12-21")])
    func anchorsTextCarriesNoControlCharacter(_ file: String, _ language: String, _ date: String) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try CommandRunner.run(["anchors", file, "--lang", language], directory: folder)
        #expect(text.status == 0)
        #expect(Self.rawControls(in: text.standardOutput) == [])
        // The sentence with the planted characters still gives its anchors (the extractors stop at a control
        // character, so no surface holds one; the next test shows what the text does when one does).
        #expect(text.standardOutput.contains("  date  \(date)  «"))
    }

    @Test func anchorsTextEscapesASurfaceHoldingControlCharacters() throws {
        // A report as `anchors --format json` writes it, with a surface no extractor gives today.
        let json = #"""
            {"version": 1, "file": "release.en.txt", "language": "en", "documentDate": "2025-12-20", "offsetUnit": "utf-16",
             "anchors": [{"segment": 1, "kind": "name", "value": "emomali\u001b[2jrahmon", "surface": "Emomali\u202eRAHMON\u001b[2J",
                          "start": 10, "end": 30, "line": 3, "column": 4, "weight": 1}]}
            """#
        let report = try JSONDecoder().decode(AnchorReport.self, from: Data(json.utf8))
        #expect(report.anchors.first?.surface == "Emomali\(Self.override)RAHMON\(Self.clear)")
        let text = report.text()
        #expect(text == #"3:4  name  emomali\u001B[2jrahmon  «Emomali\u202ERAHMON\u001B[2J»"# + "\n")
        #expect(Self.rawControls(in: text) == [])
    }

    @Test(arguments: ["release.en.txt", "release.ja.txt"])
    func segmentLinesShowControlsEscapedOneSegmentALine(_ file: String) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try CommandRunner.run(["segment", file], directory: folder)
        #expect(lines.status == 0)
        #expect(Self.rawControls(in: lines.standardOutput) == [])
        #expect(lines.standardOutput.contains(#"\u001B[2J"#) && lines.standardOutput.contains(#"\u202E"#))
        let json = try CommandRunner.run(["segment", file, "--format", "json"], directory: folder)
        let report = try JSONDecoder().decode(SegmentationReport.self, from: Data(json.standardOutput.utf8))
        #expect(lines.standardOutput.split(separator: "\n").count == report.segments.count)
        #expect(report.segments.contains { $0.text.contains(Self.clear) })
    }

    @Test func glossaryLintShowsTheTermsEscaped() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["glossary", "lint", "glossary.tsv"], directory: folder)
        #expect(result.status == 1)
        #expect(Self.rawControls(in: result.standardOutput) == [])
        #expect(result.standardOutput.contains(#"Dushanbe\u001B[2J"#))
        #expect(result.standardOutput.contains(#"ドゥシャンベ市\u001B]0;owned\u0007"#))
    }

    @Test func anErrorQuotingTheInputShowsItEscaped() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = GlossaryTable.columns.joined(separator: "\t")
        try Data("\(header)\nplace.dushanbe\tci\(Self.clear)ty\tDushanbe\t\t\tドゥシャンベ\t\t\t\t-\n".utf8)
            .write(to: folder.appendingPathComponent("broken.tsv"))
        let result = try CommandRunner.run(["check", "release.en.txt", "release.ja.txt", "--glossary", "broken.tsv"], directory: folder)
        #expect(result.status == 2)
        #expect(Self.rawControls(in: result.standardError) == [])
        #expect(result.standardError.contains(#"ci\u001B[2Jty"#))
    }
}
