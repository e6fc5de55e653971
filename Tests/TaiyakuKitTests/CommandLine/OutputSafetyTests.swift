import Foundation
import Testing

@testable import TaiyakuKit

/// Outputs never destroy inputs: every output is compared, before anything runs, with every file the run reads and
/// with the other outputs; a clash is refused with exit code 2, naming both, and the input stays byte for byte.
@Suite struct OutputSafetyTests {
    /// A folder holding `en.txt` (seed 004), `ja.txt` (our Japanese, with planted errors), the shipped glossary as
    /// `glossary.tsv`, and a manifest `pairs.tsv` listing the pair. Removed by the caller.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-outputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("seeds/004_c378caca38268456.txt"), toPath: folder.appendingPathComponent("en.txt").path)
        try FileManager.default.copyItem(
            atPath: Fixtures.path("Tests/TaiyakuKitTests/Fixtures/terminology/004-tajikistan.planted.ja.txt"),
            toPath: folder.appendingPathComponent("ja.txt").path)
        try FileManager.default.copyItem(atPath: Fixtures.path("Glossaries/central-asia.tsv"), toPath: folder.appendingPathComponent("glossary.tsv").path)
        try Data("en.txt\tja.txt\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        return folder
    }

    /// The bytes of every file in `folder` (one level), by name: what a refused run must leave exactly as it was.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: url)
            } else {
                files[name + "/"] = Data()
            }
        }
        return files
    }

    static let refusal = "Taiyaku never writes over a file it reads; choose another output"

    /// Each way a new user could name an input as an output, with the message that refuses it.
    static let clashes: [(arguments: [String], message: String)] = [
        (["check", "en.txt", "ja.txt", "--output", "ja.txt"], "--output ja.txt is the same file as the target ja.txt: \(refusal)"),
        (["check", "en.txt", "ja.txt", "--output", "./en.txt"], "--output ./en.txt is the same file as the source en.txt: \(refusal)"),
        (["check", "en.txt", "ja.txt", "--output", "sub/../ja.txt"], "--output sub/../ja.txt is the same file as the target ja.txt: \(refusal)"),
        (["check", "en.txt", "ja.txt", "--write-baseline", "ja.txt"], "--write-baseline ja.txt is the same file as the target ja.txt: \(refusal)"),
        (["align", "en.txt", "ja.txt", "--output", "ja.txt"], "--output ja.txt is the same file as the target ja.txt: \(refusal)"),
        (["align", "en.txt", "ja.txt", "--format", "tmx", "--output", "en.txt"], "--output en.txt is the same file as the source en.txt: \(refusal)"),
        (["check", "en.txt", "ja.txt", "--glossary", "glossary.tsv", "--output", "glossary.tsv"],
         "--output glossary.tsv is the same file as --glossary glossary.tsv: \(refusal)"),
        (["align", "en.txt", "ja.txt", "--glossary", "glossary.tsv", "--output", "glossary.tsv"],
         "--output glossary.tsv is the same file as --glossary glossary.tsv: \(refusal)"),
        (["check", "--pairs", "pairs.tsv", "--output", "pairs.tsv"], "--output pairs.tsv is the same file as the manifest pairs.tsv: \(refusal)"),
        (["check", "--pairs", "pairs.tsv", "--format", "json", "--output", "ja.txt"],
         "--output ja.txt is the same file as the target of pair en.txt ja.txt: \(refusal)"),
        (["check", "--pairs", "pairs.tsv", "--write-baseline", "pairs.tsv"],
         "--write-baseline pairs.tsv is the same file as the manifest pairs.tsv: \(refusal)"),
        (["check", "en.txt", "ja.txt", "--output", "out.json", "--write-baseline", "out.json"],
         "--output out.json is the same file as --write-baseline out.json: each output needs a file of its own"),
        (["glossary", "convert", "glossary.tsv", "./glossary.tsv"], "the output ./glossary.tsv is the same file as the input glossary.tsv: \(refusal)"),
    ]

    @Test(arguments: clashes.indices) func anOutputNamingAnInputIsRefused(_ index: Int) throws {
        let (arguments, message) = Self.clashes[index]
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.snapshot(folder)
        let result = try CommandRunner.run(arguments, directory: folder)
        #expect(result.status == 2)
        #expect(result.standardError == "error: \(message)\n")
        #expect(try Self.snapshot(folder) == before)
    }

    @Test func absolutePathsSymbolicAndHardLinksAreTheSameFile() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "ja.txt")
        try FileManager.default.linkItem(atPath: folder.appendingPathComponent("en.txt").path, toPath: folder.appendingPathComponent("hard.txt").path)
        let before = try Self.snapshot(folder)
        let absolute = folder.appendingPathComponent("ja.txt").path
        for (output, input) in [(absolute, "the target ja.txt"), ("link.txt", "the target ja.txt"), ("hard.txt", "the source en.txt")] {
            let result = try CommandRunner.run(["check", "en.txt", "ja.txt", "--output", output], directory: folder)
            #expect(result.status == 2)
            #expect(result.standardError == "error: --output \(output) is the same file as \(input): \(Self.refusal)\n")
        }
        // A parameters file is an input of `align` too.
        try Data("{}".utf8).write(to: folder.appendingPathComponent("parameters.json"))
        let parameters = try CommandRunner.run(
            ["align", "en.txt", "ja.txt", "--parameters", "parameters.json", "--output", "parameters.json"], directory: folder)
        #expect(parameters.status == 2)
        #expect(parameters.standardError == "error: --output parameters.json is the same file as --parameters parameters.json: \(Self.refusal)\n")
        #expect(try Data(contentsOf: folder.appendingPathComponent("parameters.json")) == Data("{}".utf8))
        var after = try Self.snapshot(folder)
        after["parameters.json"] = nil
        #expect(after == before)
    }

    @Test func anHTMLBatchWhosePagesWouldReplaceAnInputIsRefused() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = folder.appendingPathComponent("review")
        try FileManager.default.createDirectory(at: review, withIntermediateDirectories: true)
        // A listed input that the report's index would replace.
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent("ja.txt").path, toPath: review.appendingPathComponent("index.html").path)
        try Data("en.txt\treview/index.html\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let before = try Self.snapshot(review)
        let result = try CommandRunner.run(["check", "--pairs", "pairs.tsv", "--format", "html", "--output", "review"], directory: folder)
        #expect(result.status == 2)
        #expect(result.standardError == "error: the index \(review.path)/index.html is the same file as the target of pair en.txt review/index.html: \(Self.refusal)\n")
        #expect(try Self.snapshot(review) == before)
    }

    @Test func aBaselineIsReadBeforeItIsRewritten() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("accepted.json")
        try Baseline().jsonData().write(to: baseline)
        // The old baseline accepts nothing, so the planted error still fails the run…
        let result = try CommandRunner.run(
            ["check", "en.txt", "ja.txt", "--baseline", "accepted.json", "--write-baseline", "accepted.json"], directory: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("term-deprecated\n  'ドシャンベ' is a form the glossary deprecates"))
        // …and the new one, written after it was read, accepts every finding of this run.
        let written = try Baseline.load(contentsOf: baseline.path)
        #expect(written != Baseline())
        let again = try CommandRunner.run(["check", "en.txt", "ja.txt", "--baseline", "accepted.json"], directory: folder)
        #expect(again.status == 0)
    }

    @Test func writingThroughASymbolicLinkKeepsTheLinkAndTheMode() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.txt")
        try Data("an old report\n".utf8).write(to: report)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report.path)
        let link = folder.appendingPathComponent("latest.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "report.txt")
        let result = try CommandRunner.run(["align", "en.txt", "ja.txt", "--output", "latest.txt"], directory: folder)
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "report.txt")
        let attributes = try FileManager.default.attributesOfItem(atPath: report.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("Joint Statement between Japan"))
        // Nothing but the report changed: no temporary file is left.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == ["en.txt", "glossary.tsv", "ja.txt", "latest.txt", "pairs.tsv", "report.txt"])
    }

    @Test func aFailedRunLeavesNoOutputAndNoTemporaryFile() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id\tkind\ten\nbroken\n".utf8).write(to: folder.appendingPathComponent("broken.tsv"))
        let before = try Self.snapshot(folder)
        // The glossary fails to load after the outputs were checked: nothing is written.
        let single = try CommandRunner.run(
            ["check", "en.txt", "ja.txt", "--glossary", "broken.tsv", "--output", "out.json", "--write-baseline", "b.json"], directory: folder)
        #expect(single.status == 2)
        #expect(single.standardError.hasPrefix("error: broken.tsv:"))
        // An HTML batch: the folder it created for its pages is removed again.
        let batch = try CommandRunner.run(
            ["check", "--pairs", "pairs.tsv", "--glossary", "broken.tsv", "--format", "html", "--output", "pages/review"], directory: folder)
        #expect(batch.status == 2)
        #expect(try Self.snapshot(folder) == before)
    }

    @Test func foldersAndMissingPlacesGetAPlainMessage() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let before = try Self.snapshot(folder)
        let cases: [([String], String)] = [
            (["check", "en.txt", "ja.txt", "--output", "out"], "--output out is a folder, but this output is one file: give a file name"),
            (["check", "en.txt", "ja.txt", "--output", "new/"], "--output new/ names a folder, but this output is one file: give a file name"),
            (["align", "en.txt", "ja.txt", "--output", "out"], "--output out is a folder, but this output is one file: give a file name"),
            (["check", "en.txt", "ja.txt", "--output", "missing/report.json"],
             "--output missing/report.json cannot be written: the folder \(FileIdentity(path: folder.path).canonicalPath)/missing does not exist"),
            (["check", "en.txt", "ja.txt", "--write-baseline", "out"], "--write-baseline out is a folder, but this output is one file: give a file name"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments, directory: folder)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError == "error: \(message)\n")
            #expect(!result.standardError.contains("NSCocoaErrorDomain"))
        }
        #expect(try Self.snapshot(folder) == before)
    }
}
