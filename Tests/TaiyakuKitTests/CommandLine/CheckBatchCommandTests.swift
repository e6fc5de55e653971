import Foundation
import FoundationXML
import Testing

@testable import TaiyakuKit

/// `taiyaku check DIR_A DIR_B` and `taiyaku check --pairs MANIFEST` on the example pairs of the seeds.
@Suite struct CheckBatchCommandTests {
    static let tajikistan = ("seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt")
    static let turkmenistan = ("seeds/examples/003-turkmenistan.en.txt", "seeds/003_8de714b2e908a213.txt")
    static let planted = ("seeds/004_c378caca38268456.txt", "Tests/TaiyakuKitTests/Fixtures/terminology/004-tajikistan.planted.ja.txt")

    /// A temporary folder with `name.en.txt` ↔ `name.ja.txt` copies of the given pairs, plus `broken` (a target
    /// that is not UTF-8) and `lonely.en.txt` (no partner) when asked. Removed by the caller.
    static func folder(_ pairs: [String: (String, String)], broken: Bool = false) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, (source, target)) in pairs {
            try FileManager.default.copyItem(atPath: Fixtures.path(source), toPath: folder.appendingPathComponent("\(name).en.txt").path)
            try FileManager.default.copyItem(atPath: Fixtures.path(target), toPath: folder.appendingPathComponent("\(name).ja.txt").path)
        }
        if broken {
            try FileManager.default.copyItem(atPath: Fixtures.path(tajikistan.0), toPath: folder.appendingPathComponent("broken.en.txt").path)
            try Data("２０２５年".utf8 + [0xFF]).write(to: folder.appendingPathComponent("broken.ja.txt"))
            try Data("Tokyo, December 20, 2025\n".utf8).write(to: folder.appendingPathComponent("lonely.en.txt"))
        }
        return folder
    }

    /// The row of `pair` in a summary table.
    static func row(_ pair: String, in output: String) -> String? {
        output.split(separator: "\n").last { $0.hasPrefix(pair + " ") }.map(String.init)
    }

    @Test func aFolderBatchReviewsEveryPairAndReportsTheBrokenOne() throws {
        let folder = try Self.folder(["004": Self.tajikistan, "003": Self.turkmenistan], broken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["check", ".", "."], directory: folder)
        #expect(result.status == 2)
        // Not a terminal: no progress line, only the error.
        #expect(result.standardError == "error: 1 of 3 pairs could not be checked (see the summary)\n")
        // Each pair's report is what checking it alone prints, in name order.
        let output = result.standardOutput
        var previous = output.startIndex
        for name in ["003", "004"] {
            let alone = try CommandRunner.run(["check", "\(name).en.txt", "\(name).ja.txt"], directory: folder)
            let heading = try #require(output.range(of: "== \(name): \(name).en.txt ↔ \(name).ja.txt ==\n\n" + alone.standardOutput))
            #expect(heading.lowerBound >= previous)
            previous = heading.upperBound
        }
        let table = try #require(output.range(of: "\npair  ")).lowerBound
        #expect(table >= previous)
        #expect(Self.row("broken", in: output)?.hasSuffix("  -  failed: broken.ja.txt: invalid UTF-8 at byte 15; save the file as UTF-8 text") == true)
        #expect(Self.row("004", in: output)?.hasSuffix("  ok") == true)
        #expect(Self.row("total", in: output)?.hasSuffix("  2 reviewed, 1 failed") == true)
        #expect(output.hasSuffix("unpaired (no partner found):\n  lonely.en.txt\n"))
    }

    @Test func exitCodesFollowFailOnWhenEveryPairLoads() throws {
        // Two folders; the planted pair has a deprecated form, an error.
        let sources = try Self.folder(["planted": Self.planted, "003": Self.turkmenistan])
        defer { try? FileManager.default.removeItem(at: sources) }
        let failing = try CommandRunner.run(["check", sources.path, sources.path, "--format", "json"])
        #expect(failing.status == 1 && failing.standardError.isEmpty)
        let report = try JSONDecoder().decode(BatchReport.self, from: Data(failing.standardOutput.utf8))
        #expect(report.pairs.map(\.name) == ["003", "planted"])
        #expect(report.totals.errors > 0 && report.totals.failed == 0)
        let never = try CommandRunner.run(["check", sources.path, sources.path, "--fail-on", "never", "--format", "junit"])
        #expect(never.status == 0)
        let root = try #require(try XMLDocument(data: Data(never.standardOutput.utf8)).rootElement())
        #expect(root.elements(forName: "testsuite").count == 2)
        // Auto-detected languages cannot name files.
        let auto = try CommandRunner.run(["check", sources.path, sources.path, "--source-lang", "auto"])
        #expect(auto.status == 2 && auto.standardError.contains("needs --source-lang and --target-lang to be en or ja"))
        // One folder and one file is the single-pair check, which refuses the folder as before.
        let mixed = try CommandRunner.run(["check", sources.path, Fixtures.path(Self.planted.1)])
        #expect(mixed.status == 2 && mixed.standardError == "error: \(sources.path): is a directory, not a text file\n")
    }

    @Test func aManifestKeepsItsOrderAndItsJSONMatchesTheSchema() throws {
        let folder = try Self.folder([:], broken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = """
            # releases to review, in this order
            \(Fixtures.path(Self.tajikistan.0))\t\(Fixtures.path(Self.tajikistan.1))

            broken.en.txt\tbroken.ja.txt
            \(Fixtures.path(Self.turkmenistan.0))\t\(Fixtures.path(Self.turkmenistan.1))

            """
        let list = folder.appendingPathComponent("pairs.tsv")
        try Data(manifest.utf8).write(to: list)
        // The manifest names seeds outside its folder: refused unless allowed, accepted with the option.
        let confined = try CommandRunner.run(["check", "--pairs", list.path, "--format", "json"])
        #expect(confined.status == 2 && confined.standardOutput.isEmpty)
        #expect(confined.standardError.hasPrefix("error: \(list.path):2: \(Fixtures.path(Self.tajikistan.0)) lies outside the manifest's folder"))
        let result = try CommandRunner.run(["check", "--pairs", list.path, "--allow-outside-paths", "--format", "json"])
        #expect(result.status == 2)
        let data = Data(result.standardOutput.utf8)
        let validation = try ReportSchemaTests.validate(data, schema: ReportSchemaTests.batchSchema, references: [ReportSchemaTests.reviewSchema])
        #expect(validation.status == 0, "\(validation.message)")
        let report = try JSONDecoder().decode(BatchReport.self, from: data)
        #expect(report.pairs.map(\.source) == [Fixtures.path(Self.tajikistan.0), folder.path + "/broken.en.txt", Fixtures.path(Self.turkmenistan.0)])
        #expect(report.pairs.map { $0.report != nil } == [true, false, true])
        #expect(report.pairs[1].error == "\(folder.path)/broken.ja.txt: invalid UTF-8 at byte 15; save the file as UTF-8 text")
        #expect(report.pairs[0].report?.source.segments == 77 && report.pairs[0].report?.target.segments == 77)

        try Data("\(manifest)003.en.txt 003.ja.txt\n".utf8).write(to: list)
        let malformed = try CommandRunner.run(["check", "--pairs", list.path])
        #expect(malformed.status == 2)
        #expect(malformed.standardError == "error: \(list.path):6: expected SOURCE<TAB>TARGET, found no tab\n")
        #expect(malformed.standardOutput.isEmpty)
        let both = try CommandRunner.run(["check", "--pairs", list.path, "a.txt", "b.txt"])
        #expect(both.status == 2)
    }

    @Test func htmlWritesAPagePerPairAndAnIndexIntoAFolder() throws {
        let folder = try Self.folder(["004": Self.tajikistan, "003": Self.turkmenistan], broken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("review")
        let result = try CommandRunner.run(["check", ".", ".", "--format", "html", "--output", "review"], directory: folder)
        #expect(result.status == 2)
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files == ["1-003.html", "2-004.html", "index.html"])
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"1-003.html\">003</a>") && index.contains("<a href=\"2-004.html\">004</a>"))
        #expect(index.contains("failed: broken.ja.txt: invalid UTF-8 at byte 15"))
        let page = try String(contentsOf: output.appendingPathComponent("2-004.html"), encoding: .utf8)
        #expect(page.contains("<title>Taiyaku review: 004.en.txt ↔ 004.ja.txt</title>") && page.contains("href=\"index.html\""))

        let toStandardOutput = try CommandRunner.run(["check", ".", ".", "--format", "html"], directory: folder)
        #expect(toStandardOutput.status == 2 && toStandardOutput.standardOutput.isEmpty)
        #expect(toStandardOutput.standardError == "error: --format html in a batch writes one page per pair: give --output FOLDER\n")
        let toFile = try CommandRunner.run(["check", ".", ".", "--format", "html", "--output", "004.en.txt"], directory: folder)
        #expect(toFile.status == 2 && toFile.standardError.contains("004.en.txt: --format html in a batch writes one page per pair into a folder"))
    }

    @Test func sarifIsOneRunOverAllPairs() throws {
        let folder = try Self.folder(["004": Self.tajikistan, "003": Self.turkmenistan])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["check", ".", ".", "--format", "sarif"], directory: folder)
        let log = try JSONDecoder().decode(SARIFLog.self, from: Data(result.standardOutput.utf8))
        let run = try #require(log.runs.first)
        #expect(log.runs.count == 1 && run.invocations == nil)
        let uris = Set(run.results.compactMap { $0.locations.first?.physicalLocation.artifactLocation.uri })
        #expect(uris.isSuperset(of: ["003.ja.txt", "004.ja.txt"]))
    }

    @Test func sarifFingerprintsTellIdenticalPairsApartAndRepeat() throws {
        // Two pairs with the same contents under different names, and one that cannot be read.
        let folder = try Self.folder(["a": Self.tajikistan, "b": Self.tajikistan], broken: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["check", ".", ".", "--format", "sarif"], directory: folder)
        #expect(result.status == 2)
        let run = try #require(try JSONDecoder().decode(SARIFLog.self, from: Data(result.standardOutput.utf8)).runs.first)
        func fingerprints(_ uri: String) -> [String] {
            run.results.filter { $0.locations.first?.physicalLocation.artifactLocation.uri.hasPrefix(uri) == true }
                .compactMap { $0.partialFingerprints[SARIFLog.fingerprintKey] }
        }
        #expect(!fingerprints("a.").isEmpty && fingerprints("a.").count == fingerprints("b.").count)
        #expect(Set(fingerprints("a.")).isDisjoint(with: fingerprints("b.")))
        #expect(run.invocations?.first?.toolExecutionNotifications.map(\.message.text) == ["broken: broken.ja.txt: invalid UTF-8 at byte 15; save the file as UTF-8 text"])
        // The same run again writes the same log, byte for byte.
        let again = try CommandRunner.run(["check", ".", ".", "--format", "sarif"], directory: folder)
        #expect(again.status == 2 && again.standardOutput == result.standardOutput)
    }

    @Test func baselinesArePerPair() throws {
        let folder = try Self.folder(["planted": Self.planted, "003": Self.turkmenistan])
        defer { try? FileManager.default.removeItem(at: folder) }
        let write = try CommandRunner.run(["check", ".", ".", "--write-baseline", "accepted.json", "--output", "first.txt"], directory: folder)
        #expect(write.status == 1)
        let baseline = try String(contentsOf: folder.appendingPathComponent("accepted.json"), encoding: .utf8)
        #expect(baseline.contains("\"source\" : \"planted.en.txt\"") && baseline.contains("\"version\" : 2"))
        // The batch's baseline serves a single-pair run of the same files from the same folder …
        let single = try CommandRunner.run(["check", "planted.en.txt", "planted.ja.txt", "--baseline", "accepted.json"], directory: folder)
        #expect(single.status == 0)
        // … but not the same findings in another pair.
        for suffix in ["en", "ja"] {
            try FileManager.default.copyItem(
                at: folder.appendingPathComponent("planted.\(suffix).txt"), to: folder.appendingPathComponent("other.\(suffix).txt"))
        }
        let other = try CommandRunner.run(["check", ".", ".", "--baseline", "accepted.json", "--format", "json"], directory: folder)
        #expect(other.status == 1)
        let report = try JSONDecoder().decode(BatchReport.self, from: Data(other.standardOutput.utf8))
        #expect(report.pairs.map(\.name) == ["003", "other", "planted"])
        #expect(report.pairs.map { $0.report?.findings.isEmpty } == [true, false, true])

        // A baseline of the old, pair-independent format stops the run before anything is checked.
        try Data(#"{"findings": [], "version": 1}"#.utf8).write(to: folder.appendingPathComponent("old.json"))
        let old = try CommandRunner.run(["check", ".", ".", "--baseline", "old.json"], directory: folder)
        #expect(old.status == 2 && old.standardOutput.isEmpty)
        #expect(old.standardError.hasPrefix("error: old.json: baseline version 1 accepts findings in any pair"))
    }

    @Test func oneBaselineServesTheWholeBatch() throws {
        let folder = try Self.folder(["planted": Self.planted, "003": Self.turkmenistan])
        defer { try? FileManager.default.removeItem(at: folder) }
        let write = try CommandRunner.run(["check", ".", ".", "--write-baseline", "accepted.json", "--output", "first.txt"], directory: folder)
        #expect(write.status == 1)
        let accepted = try CommandRunner.run(["check", ".", ".", "--baseline", "accepted.json", "--format", "json"], directory: folder)
        #expect(accepted.status == 0)
        let report = try JSONDecoder().decode(BatchReport.self, from: Data(accepted.standardOutput.utf8))
        #expect(report.totals.reviewed == 2 && report.totals.errors + report.totals.warnings + report.totals.notes == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressShowsOnATerminalOnly() throws {
        let folder = try Self.folder(["004": Self.tajikistan, "003": Self.turkmenistan])
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "'\(try CommandRunner.executable.path)' check . . --fail-on never --output report.txt"
        // `script` runs the command on a pseudo-terminal and copies what it shows to standard output.
        let terminal = try CommandRunner.runTool("/usr/bin/script", ["-qec", command, "/dev/null"], directory: folder, environment: ["CI": ""])
        #expect(terminal.contains("\r\u{1B}[2K[1/2] ") && terminal.contains("\r\u{1B}[2K[2/2] "))
        // The progress line is cleared before the one-line summary of what was written.
        #expect(terminal.contains("\r\u{1B}[2Kwrote report.txt: "))
        let ci = try CommandRunner.runTool("/usr/bin/script", ["-qec", command, "/dev/null"], directory: folder, environment: ["CI": "true"])
        #expect(!ci.contains("[1/2]"))
        #expect(try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8).contains("2 reviewed, 0 failed"))
    }
}
