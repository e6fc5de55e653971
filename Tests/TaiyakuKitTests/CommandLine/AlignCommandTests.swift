import Foundation
import FoundationXML
import Testing

@testable import TaiyakuKit

@Suite struct AlignCommandTests {
    let source = "seeds/004_c378caca38268456.txt"
    let target = "seeds/examples/004-tajikistan.ja.txt"

    @Test func tsvHasOneLinePerBeadAndAnEmptySideForSkips() throws {
        let result = try CommandRunner.run(["align", source, target])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
        #expect(rows.contains { $0.hasPrefix("Both sides emphasized that such activities") && $0.hasSuffix("\t") })
        #expect(rows.contains { $0.hasPrefix("\t一村一品運動は") })
    }

    @Test func tmxIsWellFormedWithTheRequiredHeader() throws {
        let result = try CommandRunner.run(["align", source, target, "--format", "tmx"])
        #expect(result.status == 0)
        let document = try XMLDocument(data: Data(result.standardOutput.utf8))
        let root = try #require(document.rootElement())
        #expect(root.name == "tmx" && root.attribute(forName: "version")?.stringValue == "1.4")
        let header = try #require(root.elements(forName: "header").first)
        for attribute in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] {
            #expect(header.attribute(forName: attribute) != nil, "\(attribute)")
        }
        #expect(header.attribute(forName: "segtype")?.stringValue == "sentence")
        let units = try #require(root.elements(forName: "body").first).elements(forName: "tu")
        let json = try CommandRunner.run(["align", source, target, "--format", "json"])
        let report = try JSONDecoder().decode(AlignmentReport.self, from: Data(json.standardOutput.utf8))
        #expect(units.count == report.beads.filter { !$0.source.text.isEmpty && !$0.target.text.isEmpty }.count)
        for unit in units {
            let languages = unit.elements(forName: "tuv").compactMap { $0.attribute(forName: "xml:lang")?.stringValue }
            #expect(languages == ["en", "ja"])
        }
    }

    @Test func outputFileIsWrittenAndInputsAreUntouched() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("pairs.json").path
        let before = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(target)))
        let result = try CommandRunner.run(["align", source, target, "--format", "json", "--output", output])
        #expect(result.status == 0 && result.standardOutput.isEmpty)
        let report = try JSONDecoder().decode(AlignmentReport.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(report.source.segments == 77 && report.target.segments == 77)
        #expect(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(target))) == before)
    }

    @Test func badPairsExitWithTwo() throws {
        let swapped = try CommandRunner.run(["align", target, source])
        #expect(swapped.status == 2)
        #expect(swapped.standardError.contains("expected English text, but its script is Japanese"))
        let same = try CommandRunner.run(["align", source, source])
        #expect(same.status == 2 && same.standardError.contains("given as both source and target"))
    }
}

@Suite struct CheckDateOptionTests {
    @Test func invalidDateIsAUsageError() throws {
        let result = try CommandRunner.run([
            "check", "seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt", "--date", "2025-02-30",
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--date takes a real day"))
    }

    /// `February 14 this year` in seed 004 resolves against the date given, not the document's 2025-12-20.
    @Test func dateGivenResolvesRelativeDates() throws {
        let document = try Fixtures.segmented("004")
        let pair = TranslationPair(source: document, target: try Fixtures.segmented("seeds/examples/004-tajikistan.ja.txt"))
        let given = try #require(CalendarDate(iso: "2024-06-01"))
        let sides = try pair.analysed(documentDate: given)
        let values = sides.source.anchors.flatMap { $0 }.filter { $0.kind == .date }.map(\.value)
        #expect(values.contains("2024-02-14"))
        #expect(!values.contains("2025-02-14"))
        let review = try Reviewer(checks: [], documentDate: given).context(for: pair)
        #expect(review.beads.count > 0)
    }
}

@Suite struct AlignCheckAgreementTests {
    /// `align` and `check` use the same evidence (anchors and the shipped glossary), so they pair alike.
    @Test func alignAndCheckPairTheSameBeads() throws {
        let arguments = ["seeds/examples/003-turkmenistan.en.txt", "seeds/003_8de714b2e908a213.txt"]
        let aligned = try CommandRunner.run(["align"] + arguments + ["--format", "json"])
        #expect(aligned.status == 0)
        let alignment = try JSONDecoder().decode(AlignmentReport.self, from: Data(aligned.standardOutput.utf8))
        let checked = try CommandRunner.run(["check"] + arguments + ["--format", "json", "--fail-on", "never"])
        let review = try JSONDecoder().decode(ReviewReport.self, from: Data(checked.standardOutput.utf8))
        #expect(review.summary.beads == alignment.beads.count)
        #expect(review.summary.aligned == alignment.beads.filter { !$0.source.text.isEmpty && !$0.target.text.isEmpty }.count)
    }

    @Test func alignTakesTheGlossaryOptions() throws {
        let arguments = ["align", "seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt"]
        #expect(try CommandRunner.run(arguments + ["--no-glossary"]).status == 0)
        let both = try CommandRunner.run(arguments + ["--no-glossary", "--glossary", "Glossaries/central-asia.tsv"])
        #expect(both.status == 2 && both.standardError.contains("--no-glossary cannot be combined"))
        let missing = try CommandRunner.run(arguments + ["--glossary", "no-such-glossary.tsv"])
        #expect(missing.status == 2 && missing.standardError.contains("no-such-glossary.tsv"))
    }
}
