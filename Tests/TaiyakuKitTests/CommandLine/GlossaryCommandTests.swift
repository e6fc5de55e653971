import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct GlossaryCommandTests {
    static let header = GlossaryTable.columns.joined(separator: "\t")

    static func glossaryFile(_ rows: [String], name: String = "glossary.tsv") throws -> URL {
        try CommandRunner.temporaryFile(Array(([header] + rows).joined(separator: "\n").utf8) + [0x0A], name: name)
    }

    @Test func lintOfTheShippedFilesIsClean() throws {
        for file in ["Glossaries/central-asia.tsv", "Glossaries/variants.ja.tsv"] {
            let result = try CommandRunner.run(["glossary", "lint", file])
            #expect(result.status == 0, "\(result.standardOutput)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test func lintReportsEachProblemWithFileAndLine() throws {
        let file = try Self.glossaryFile([
            "place.tokyo\tplace\tTokyo\tTokio\tTokyo\t東京\t\t\t\t-",
            "place.tokyo\tplace\tTokyo-to\t\t\t東京都\t\t\t\t-",
            "place.edo\tplace\tEdo\tＴＯＫＩＯ\t\t江戸\t\t\t\t-",
            "place.osaka\tcity\tOsaka\t | Ohsaka\t\t\t\t\t\t-",
        ])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["glossary", "lint", file.path])
        #expect(result.status == 1)
        let path = file.path
        #expect(result.standardOutput.split(separator: "\n").map(String.init) == [
            "\(path):2: deprecated en form 'Tokyo' is also its preferred form",
            "\(path):3: duplicate concept id 'place.tokyo' (first at line 2)",
            "\(path):4: en term 'ＴＯＫＩＯ' also belongs to concept 'place.tokyo' (line 2, as 'Tokio')",
            "\(path):5: unknown kind 'city' (expected one of person, title, country, place, organization, programme, event, agreement, document, phrase, term)",
            "\(path):5: empty term in the list in column 'en_variants'",
            "\(path):5: empty term in column 'ja'",
        ])
    }

    @Test func lintOfUnreadableInputExitsWithTwo() throws {
        let wrongColumns = try Self.glossaryFile(["place.tokyo\tplace\tTokyo\t\t東京"])
        let badUTF8 = try CommandRunner.temporaryFile(
            Array((Self.header + "\nplace.tokyo\tplace\tTok").utf8) + [0xFF] + Array("yo\t\t\t東京\t\t\t\t-\n".utf8),
            name: "bad.tsv")
        let doctype = try CommandRunner.temporaryFile(
            Array("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n<tbx/>\n".utf8),
            name: "evil.tbx")
        let unclosed = try CommandRunner.temporaryFile(
            Array("id,kind,en,en_variants,en_deprecated,ja,ja_variants,ja_deprecated,note,seen_in\nx,term,\"open,,,,,,,,\n".utf8),
            name: "g.csv")
        defer {
            for file in [wrongColumns, badUTF8, doctype, unclosed] {
                try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
            }
        }
        let expectations = [
            (wrongColumns, "\(wrongColumns.path):2: 5 columns, expected 10"),
            (badUTF8, "\(badUTF8.path):2: invalid UTF-8 at byte"),
            (doctype, "\(doctype.path):2: a DOCTYPE declaration is not allowed"),
            (unclosed, "\(unclosed.path):2: unclosed quote"),
        ]
        for (file, message) in expectations {
            for command in [["glossary", "lint", file.path], ["glossary", "convert", file.path, file.path + ".out.tsv"]] {
                let result = try CommandRunner.run(command)
                #expect(result.status == 2, "\(command)")
                #expect(result.standardError.hasPrefix("error: \(message)"), "\(result.standardError)")
                #expect(!FileManager.default.fileExists(atPath: file.path + ".out.tsv"))
            }
        }
        let missing = try CommandRunner.run(["glossary", "lint", "no-such-glossary.tsv"])
        #expect(missing.status == 2)
        #expect(missing.standardError == "error: no-such-glossary.tsv: no such file (check the path)\n")
    }

    @Test func convertRoundTripsThroughTBXAndLeavesTheInputAlone() throws {
        let shipped = Fixtures.path("Glossaries/central-asia.tsv")
        let before = try Data(contentsOf: URL(fileURLWithPath: shipped))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tbx = directory.appendingPathComponent("central-asia.tbx").path
        let tsv = directory.appendingPathComponent("back.tsv").path
        #expect(try CommandRunner.run(["glossary", "convert", shipped, tbx]).status == 0)
        #expect(try CommandRunner.run(["glossary", "convert", tbx, tsv]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: tsv)) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: shipped)) == before)
        #expect(try CommandRunner.run(["glossary", "lint", tbx]).status == 0)
        // No temporary files are left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["back.tsv", "central-asia.tbx"])
    }

    @Test func convertRefusesToOverwriteItsInputOrWriteCSV() throws {
        let file = try Self.glossaryFile(["place.tokyo\tplace\tTokyo\t\t\t東京\t\t\t\t-"])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let before = try Data(contentsOf: file)
        let same = try CommandRunner.run(["glossary", "convert", file.path, file.path])
        #expect(same.status == 2)
        #expect(same.standardError == "error: the output \(file.path) is the same file as the input \(file.path): Taiyaku never writes over a file it reads; choose another output\n")
        let csv = try CommandRunner.run(["glossary", "convert", file.path, file.path + ".csv"])
        #expect(csv.status == 2)
        #expect(try Data(contentsOf: file) == before)
    }
}
