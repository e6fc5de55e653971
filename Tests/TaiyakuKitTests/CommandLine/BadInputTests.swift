import Foundation
import Testing

@testable import TaiyakuKit

/// Every kind of bad input, through the command line as a user meets it: exit 2 and one message in the user's
/// words that names the file, never a Swift or Foundation internal.
@Suite struct BadInputTests {
    /// One bad input: the files to lay out in a fresh folder, the command (with `{dir}` for that folder), and the
    /// file the message must name.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let files: [String: [UInt8]]
        let arguments: [String]
        let names: String
        /// Text the message must also hold (what went wrong, in the user's words).
        let says: String

        var testDescription: String { name }
    }

    static let english = Array("The Minister for Foreign Affairs met the President of Tajikistan on 3 May 2024.\n".utf8)
    static let japanese = Array("外務大臣は、2024年5月3日、タジキスタン大統領と会談した。\n".utf8)
    static let glossaryHeader = GlossaryTable.columns.joined(separator: "\t")
    static let goodRow = "place.tokyo\tplace\tTokyo\t\t\t東京\t\t\t\t-"

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    static func utf16(_ string: String, bigEndian: Bool = false) -> [UInt8] {
        let units = Array(string.utf16)
        return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
            + units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func tbx(_ body: String) -> [UInt8] {
        text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body)
    }

    static let validTBXBody = """
        <tbx type="TBX-Basic" xml:lang="en"><text><body><conceptEntry id="place.tokyo"><descrip type="subjectField">place</descrip>\
        <langSec xml:lang="en"><termSec><term>Tokyo</term></termSec></langSec>\
        <langSec xml:lang="ja"><termSec><term>東京</term></termSec></langSec></conceptEntry></body></text></tbx>
        """

    /// `check` of the good pair with one more option.
    static func check(_ options: [String]) -> [String] {
        ["check", "{dir}/a.en.txt", "{dir}/a.ja.txt", "--format", "json"] + options
    }

    static let pair: [String: [UInt8]] = ["a.en.txt": english, "a.ja.txt": japanese]

    static func document(_ name: String, _ bytes: [UInt8], says: String) -> Case {
        Case(
            name: "document: \(name)", files: ["a.en.txt": bytes, "a.ja.txt": japanese],
            arguments: ["check", "{dir}/a.en.txt", "{dir}/a.ja.txt"], names: "a.en.txt", says: says)
    }

    static func glossary(_ name: String, file: String, _ bytes: [UInt8], says: String) -> Case {
        Case(
            name: "glossary \(file): \(name)", files: pair.merging([file: bytes]) { $1 },
            arguments: check(["--glossary", "{dir}/\(plain(file))"]), names: plain(file), says: says)
    }

    static func variants(_ name: String, file: String = "variants.ja.tsv", _ bytes: [UInt8], says: String) -> Case {
        Case(
            name: "variants: \(name)", files: pair.merging([file: bytes]) { $1 },
            arguments: check(["--variants", "{dir}/\(plain(file))"]), names: plain(file), says: says)
    }

    static func baseline(_ name: String, _ bytes: [UInt8], says: String) -> Case {
        Case(
            name: "baseline: \(name)", files: pair.merging(["base.json": bytes]) { $1 },
            arguments: check(["--baseline", "{dir}/base.json"]), names: "base.json", says: says)
    }

    static func manifest(_ name: String, _ bytes: [UInt8], says: String) -> Case {
        Case(
            name: "manifest: \(name)", files: pair.merging(["pairs.tsv": bytes]) { $1 },
            arguments: ["check", "--pairs", "{dir}/pairs.tsv", "--format", "json"], names: "pairs.tsv", says: says)
    }

    static func parameters(_ name: String, _ bytes: [UInt8], says: String) -> Case {
        Case(
            name: "parameters: \(name)", files: pair.merging(["p.json": bytes]) { $1 },
            arguments: ["align", "{dir}/a.en.txt", "{dir}/a.ja.txt", "--parameters", "{dir}/p.json"], names: "p.json",
            says: says)
    }

    /// `file` without its `fifo:` or `dir:` prefix (see `folder(for:)`): the name on the command line.
    static func plain(_ file: String) -> String {
        file.replacingOccurrences(of: "fifo:", with: "").replacingOccurrences(of: "dir:", with: "")
    }

    /// `align` of the good pair with a parameters file that is not a regular file.
    static func parametersFile(_ name: String, _ file: String, says: String) -> Case {
        Case(
            name: "parameters: \(name)", files: pair.merging([file: []]) { $1 },
            arguments: ["align", "{dir}/a.en.txt", "{dir}/a.ja.txt", "--parameters", "{dir}/\(plain(file))"], names: plain(file),
            says: says)
    }

    /// A line of `count` bytes of `character`, for the huge-line cases (3 MB: below the file cap, far above any
    /// real line).
    static func hugeLine(_ character: Character = "x", count: Int = 3_000_000) -> String {
        String(repeating: character, count: count)
    }

    static let csvHeader = GlossaryTable.columns.joined(separator: ",")

    static let cases: [Case] = [
        // Encodings, empty and binary documents.
        document("UTF-16 little-endian", utf16("The Minister met the President.\n"), says: "this file is UTF-16 (it starts with a byte-order mark); save it as UTF-8"),
        document("UTF-16 big-endian", utf16("The Minister met the President.\n", bigEndian: true), says: "this file is UTF-16"),
        document("UTF-32", [0xFF, 0xFE, 0x00, 0x00, 0x54, 0x00, 0x00, 0x00], says: "this file is UTF-32"),
        document("Latin-1", text("The Minister met the President of ") + [0xE9] + text("cole.\n"), says: "invalid UTF-8 at byte 35; save the file as UTF-8"),
        document("a truncated UTF-8 sequence", text("東京") + [0xE6, 0x9D], says: "invalid UTF-8 at byte 8"),
        document("binary (a PNG header)", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], says: "binary file"),
        document("empty", [], says: "has no text"),
        document("only white space", text(" \n\n\t\n"), says: "has no text"),
        Case(
            name: "document: missing", files: pair, arguments: ["check", "{dir}/missing.en.txt", "{dir}/a.ja.txt"],
            names: "missing.en.txt", says: "no such file"),
        Case(
            name: "document: a directory", files: pair.merging(["folder/x.txt": english]) { $1 },
            arguments: ["check", "{dir}/folder", "{dir}/a.ja.txt"], names: "folder", says: "directory"),
        Case(
            name: "document: a character device", files: pair, arguments: ["check", "/dev/zero", "{dir}/a.ja.txt"],
            names: "/dev/zero", says: "is a character device, not a regular file"),
        Case(
            name: "document: a FIFO", files: pair.merging(["fifo": []]) { $1 },
            arguments: ["check", "{dir}/fifo.en.txt", "{dir}/a.ja.txt"], names: "fifo.en.txt",
            says: "is a named pipe (FIFO), not a regular file"),
        Case(
            name: "document: a symbolic link to itself", files: pair.merging(["loop": []]) { $1 },
            arguments: ["check", "{dir}/loop.en.txt", "{dir}/a.ja.txt"], names: "loop.en.txt", says: "symbolic links"),
        Case(
            name: "document: above the size cap", files: pair.merging(["huge": []]) { $1 },
            arguments: ["check", "{dir}/huge.en.txt", "{dir}/a.ja.txt"], names: "huge.en.txt",
            says: "above the 32 MB Taiyaku reads"),
        document("a 6 MB line ending in a NUL byte", text(String(repeating: "The Minister met the President. ", count: 200_000)) + [0, 0x0A], says: "NUL byte at byte 6400000 (line 1, column 6400001)"),
        Case(
            name: "document: a path too long", files: pair, arguments: ["check", "{dir}/" + String(repeating: "a", count: 5_000) + ".en.txt", "{dir}/a.ja.txt"],
            names: "aaaa", says: "the path is too long"),
        Case(
            name: "segment: a document in UTF-16", files: ["s.txt": utf16("東京。\n")], arguments: ["segment", "{dir}/s.txt"],
            names: "s.txt", says: "UTF-16"),

        // Glossaries in each format.
        glossary("wrong number of columns", file: "g.tsv", text("\(glossaryHeader)\nplace.tokyo\tplace\tTokyo\n"), says: "columns"),
        glossary("bad header", file: "g.tsv", text("id\tterm\n\(goodRow)\n"), says: "g.tsv:1"),
        glossary("invalid UTF-8", file: "g.tsv", text("\(glossaryHeader)\n") + [0xC3, 0x28], says: "invalid UTF-8"),
        glossary("UTF-16", file: "g.tsv", utf16("\(glossaryHeader)\n\(goodRow)\n"), says: "UTF-16"),
        glossary("empty", file: "g.tsv", [], says: "g.tsv"),
        glossary("binary", file: "g.tsv", [0x00, 0x01, 0x02, 0xFF], says: "g.tsv"),
        glossary("unknown kind", file: "g.tsv", text("\(glossaryHeader)\nplace.tokyo\tcity\tTokyo\t\t\t東京\t\t\t\t-\n"), says: "unknown kind 'city'"),
        glossary("unclosed quote", file: "g.csv", text(GlossaryTable.columns.joined(separator: ",") + "\nplace.tokyo,place,\"Tokyo,,,東京,,,,-\n"), says: "g.csv"),
        glossary("wrong number of columns", file: "g.csv", text(GlossaryTable.columns.joined(separator: ",") + "\na,b\n"), says: "g.csv:2"),
        glossary("unknown extension", file: "g.xlsx", text("x"), says: "unknown glossary format"),
        glossary("DOCTYPE hidden after a processing instruction", file: "g.tbx", tbx("<?x <!-- ?><!DOCTYPE tbx [<!ENTITY a \"aaaa\">]>\n" + validTBXBody), says: "DOCTYPE declaration is not allowed"),
        glossary("DOCTYPE after a byte order mark", file: "g.tbx", [0xEF, 0xBB, 0xBF] + text("<!DOCTYPE tbx SYSTEM \"file:///etc/passwd\">\n" + validTBXBody), says: "DOCTYPE declaration is not allowed"),
        glossary("parameter entity and notation", file: "g.tbx", tbx("<!DOCTYPE tbx [<!ENTITY % p \"x\"> <!NOTATION n SYSTEM \"q\">]><tbx/>"), says: "not allowed"),
        glossary("undeclared entity", file: "g.tbx", tbx(validTBXBody.replacingOccurrences(of: "Tokyo", with: "&tokyo;")), says: "entity"),
        glossary("nested 100,000 deep", file: "g.tbx", tbx("<tbx>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</tbx>"), says: "nested more than 64 deep"),
        glossary("not well-formed", file: "g.tbx", tbx("<tbx><text><body>\n</text></tbx>"), says: "g.tbx:3: not a readable TBX glossary: an end tag does not match"),
        glossary("wrong root", file: "g.tbx", tbx("<html/>"), says: "the root element is <html>"),
        glossary("declared UTF-16", file: "g.tbx", text("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + validTBXBody), says: "only UTF-8 is read"),
        glossary("empty", file: "g.tbx", [], says: "g.tbx"),
        glossary("a 3 MB line without a tab", file: "g.tsv", text("\(glossaryHeader)\n\(hugeLine())\n"), says: "g.tsv:2: 1 column, expected 10"),
        glossary("a directory", file: "dir:g.tsv", [], says: "is a directory"),
        glossary("a FIFO", file: "fifo:g.tsv", [], says: "is a named pipe (FIFO), not a regular file"),
        glossary("empty", file: "g.csv", [], says: "g.csv:1: no header"),
        glossary("invalid UTF-8", file: "g.csv", text("\(csvHeader)\n") + [0xC3, 0x28], says: "g.csv:2: invalid UTF-8"),
        glossary("UTF-16", file: "g.csv", utf16("\(csvHeader)\n"), says: "UTF-16"),
        glossary("an unknown column", file: "g.csv", text("id,term\nplace.tokyo,Tokyo\n"), says: "g.csv:1: unknown column 'term'"),
        glossary("a 3 MB quoted field never closed", file: "g.csv", text("\(csvHeader)\n\"\(hugeLine())\n"), says: "g.csv:2: unclosed quote"),
        glossary("truncated", file: "g.tbx", tbx("<tbx type=\"TBX-Basic\"><text><body><conceptEntry id=\"a\">"), says: "g.tbx:2: not a readable TBX glossary"),
        glossary("binary", file: "g.tbx", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], says: "binary file"),
        glossary("a processing instruction without content", file: "g.tbx", tbx("<?pi?>\n" + validTBXBody), says: "g.tbx:2: a processing instruction without content (<?pi?>) cannot be read safely"),
        glossary("a control character", file: "g.tbx", tbx(validTBXBody.replacingOccurrences(of: "Tokyo", with: "To\u{1B}kyo")), says: "a character XML does not allow"),

        // Variants.
        variants("bad header", text("id\tpreferred\n"), says: "the header must be"),
        variants("wrong number of columns", text("id\tpreferred\tvariants\tnote\nx\tテロ\n"), says: "columns"),
        variants("no language in the name", file: "variants.tsv", text("id\tpreferred\tvariants\tnote\n"), says: "cannot tell the language"),
        variants("UTF-16", utf16("id\tpreferred\tvariants\tnote\n"), says: "UTF-16"),
        variants("empty", [], says: "variants.ja.tsv:1: the header must be"),
        variants("invalid UTF-8", text("id\tpreferred\tvariants\tnote\n") + [0xFF, 0xFE, 0x0A], says: "variants.ja.tsv:2: invalid UTF-8"),
        variants("a directory", file: "dir:variants.ja.tsv", [], says: "is a directory"),

        // Baselines.
        baseline("not JSON", text("findings: none\n"), says: "base.json:1:1: not valid JSON"),
        baseline("a syntax error on line 3", text("{\n  \"version\": 2,\n  \"findings\": [1,,]\n}\n"), says: "base.json:3:"),
        baseline("empty", [], says: "the file is empty"),
        baseline("the version missing", text("{\"findings\": []}"), says: "the field 'version' is missing"),
        baseline("a finding of the wrong type", text("{\"version\": 2, \"findings\": [{\"source\": 1}]}"), says: "'findings[0].source' should be text"),
        baseline("version 1", text("{\"version\": 1, \"fingerprints\": []}"), says: "baseline version 1"),
        baseline("version 9", text("{\"version\": 9, \"findings\": []}"), says: "baseline version 9 is not supported"),
        baseline("nested 600 deep", text(String(repeating: "[", count: 600) + String(repeating: "]", count: 600)), says: "nested more than 64 deep"),
        baseline("UTF-16", utf16("{\"version\": 2, \"findings\": []}"), says: "UTF-16"),
        baseline("a list, not an object", text("[]"), says: "the file should be an object"),
        baseline("a number too large for any reader", text("{\"version\": 2e308, \"findings\": []}"), says: "base.json:1:13: not valid JSON: the number 2e308 is too large to read"),
        Case(
            name: "baseline: a FIFO", files: pair.merging(["fifo:base.json": []]) { $1 },
            arguments: check(["--baseline", "{dir}/base.json"]), names: "base.json", says: "is a named pipe (FIFO)"),
        Case(
            name: "baseline: a directory", files: pair.merging(["dir:base.json": []]) { $1 },
            arguments: check(["--baseline", "{dir}/base.json"]), names: "base.json", says: "is a directory"),

        // Manifests.
        manifest("no tab", text("a.en.txt a.ja.txt\n"), says: "pairs.tsv:1: expected SOURCE<TAB>TARGET"),
        manifest("no pair", text("# nothing\n"), says: "lists no pair"),
        manifest("a path outside its folder", text("a.en.txt\t/etc/passwd\n"), says: "pairs.tsv:1: /etc/passwd lies outside the manifest's folder"),
        manifest("a path climbing out", text("a.en.txt\t../../etc/passwd\n"), says: "lies outside the manifest's folder"),
        manifest("UTF-16", utf16("a.en.txt\ta.ja.txt\n"), says: "UTF-16"),
        manifest("three columns", text("a.en.txt\ta.ja.txt\textra\n"), says: "pairs.tsv:1: expected SOURCE<TAB>TARGET, found 2 tabs"),
        manifest("binary", [0x00, 0x01, 0x02, 0xFF, 0x0A], says: "NUL byte at byte 0"),
        manifest("a 3 MB line without a tab", text(hugeLine() + "\n"), says: "pairs.tsv:1: expected SOURCE<TAB>TARGET"),
        Case(
            name: "manifest: a FIFO", files: pair.merging(["fifo:pairs.tsv": []]) { $1 },
            arguments: ["check", "--pairs", "{dir}/pairs.tsv", "--format", "json"], names: "pairs.tsv", says: "is a named pipe (FIFO)"),
        Case(
            name: "manifest: a directory", files: pair.merging(["dir:pairs.tsv": []]) { $1 },
            arguments: ["check", "--pairs", "{dir}/pairs.tsv", "--format", "json"], names: "pairs.tsv", says: "is a directory"),

        // Alignment parameters.
        parameters("not JSON", text("{lengthVariance: 3}"), says: "not valid JSON at line 1, column 2: expected a field name in quotes"),
        parameters("a field of the wrong type", text("{\"lengthVariance\": \"wide\"}"), says: "alignment parameter 'lengthVariance' must be a number"),
        parameters("nested 600 deep", text("{\"a\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"), says: "nested more than 64 deep"),
        parameters("empty", [], says: "the file is empty"),
        parameters("a list, not an object", text("[]"), says: "expected a JSON object of parameters"),
        parameters("a number too large for any reader", text("{\"initialBandWidth\": 1e400}"), says: "line 1, column 22: the number 1e400 is too large to read"),
        parameters("a value outside its range", text("{\"lengthVariance\": -3}"), says: "'lengthVariance' is -3, outside its range"),
        parameters("an unknown parameter", text("{\"bandWidth\": 3}"), says: "unknown alignment parameter 'bandWidth'; known: "),
        parametersFile("a FIFO", "fifo:p.json", says: "is a named pipe (FIFO)"),
        parametersFile("a directory", "dir:p.json", says: "is a directory"),
        Case(
            name: "parameters: a character device", files: pair, arguments: ["align", "{dir}/a.en.txt", "{dir}/a.ja.txt", "--parameters", "/dev/null"],
            names: "/dev/null", says: "is a character device, not a regular file"),
    ]

    /// Lays out `files` in a fresh folder; names ending in `fifo`, `loop` and `huge` become a FIFO, a link to itself
    /// and a sparse file above the size cap (named `*.en.txt`); `fifo:NAME` and `dir:NAME` a FIFO and a folder.
    static func folder(for files: [String: [UInt8]]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, bytes) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if name.hasPrefix("fifo:") {
                #expect(mkfifo(directory.appendingPathComponent(String(name.dropFirst(5))).path, 0o600) == 0)
                continue
            }
            if name.hasPrefix("dir:") {
                try FileManager.default.createDirectory(at: directory.appendingPathComponent(String(name.dropFirst(4))), withIntermediateDirectories: true)
                continue
            }
            switch name {
            case "fifo":
                #expect(mkfifo(directory.appendingPathComponent("fifo.en.txt").path, 0o600) == 0)
            case "loop":
                try FileManager.default.createSymbolicLink(
                    atPath: directory.appendingPathComponent("loop.en.txt").path, withDestinationPath: "loop.en.txt")
            case "huge":
                let huge = directory.appendingPathComponent("huge.en.txt")
                try Data().write(to: huge)
                let handle = try FileHandle(forWritingTo: huge)
                try handle.truncate(atOffset: UInt64(Limits.standard.maximumFileBytes) + 1)
                try handle.close()
            default:
                try Data(bytes).write(to: url)
            }
        }
        return directory
    }

    @Test func theTableHoldsAtLeastFortyBadInputs() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func aBadInputExitsWithTwoAndAMessageInTheUsersWords(_ bad: Case) throws {
        let folder = try Self.folder(for: bad.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = bad.arguments.map { $0.replacingOccurrences(of: "{dir}", with: folder.path) }
        let result = try CommandRunner.run(arguments)
        let message = result.standardError
        #expect(result.status == 2, "\(bad.name): exit \(result.status), \(message)")
        #expect(message.hasPrefix("error: "), "\(bad.name): \(message)")
        #expect(message.contains(bad.names), "\(bad.name) does not name the file: \(message)")
        #expect(message.contains(bad.says), "\(bad.name): \(message)")
        for leak in ["DecodingError", "NSCocoaErrorDomain", "CodingKeys", "Backtrac", "Fatal error", "Swift.", "Foundation."] {
            #expect(!message.contains(leak), "\(bad.name) leaks \(leak): \(message)")
        }
        #expect(message.range(of: #"error \d+"#, options: .regularExpression) == nil, "\(bad.name): a bare error number: \(message)")
        #expect(message.split(separator: "\n").count <= 2, "\(bad.name): \(message)")
    }
}
