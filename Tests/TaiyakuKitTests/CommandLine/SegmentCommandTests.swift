import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct SegmentCommandTests {
    @Test func linesFormatPrintsOneSegmentPerLine() throws {
        let result = try CommandRunner.run(["segment", "seeds/004_c378caca38268456.txt"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 77)
        #expect(lines.last == "President Emomali RAHMON")
    }

    @Test func jsonFormatCarriesKindsLabelsAndOffsets() throws {
        let result = try CommandRunner.run(["segment", "seeds/004_c378caca38268456.txt", "--format", "json"])
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(SegmentationReport.self, from: Data(result.standardOutput.utf8))
        #expect(report.language == .english)
        #expect(report.offsetUnit == "utf-16")
        let item = try #require(report.segments.first { $0.label == "1." })
        #expect(item.kind == .listItem)
        #expect(item.line == 24 && item.column == 1)
        let document = try Fixtures.seed("004")
        #expect(document.text(in: item.start..<item.end).hasPrefix("1. Both sides welcomed"))
    }

    @Test func languageIsDetectedOrForced() throws {
        let auto = try CommandRunner.run(["segment", "seeds/003_8de714b2e908a213.txt", "--format", "json"])
        #expect(auto.standardOutput.contains("\"language\" : \"ja\""))
        let forced = try CommandRunner.run(["segment", "seeds/003_8de714b2e908a213.txt", "--lang", "ja"])
        #expect(forced.standardOutput == (try CommandRunner.run(["segment", "seeds/003_8de714b2e908a213.txt"])).standardOutput)
    }

    @Test func invalidUTF8ExitsWithTwoAndNamesTheByte() throws {
        let file = try CommandRunner.temporaryFile(Array("abc".utf8) + [0xFE] + Array("def".utf8))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["segment", file.path])
        #expect(result.status == 2)
        #expect(result.standardError == "error: \(file.path): invalid UTF-8 at byte 3; save the file as UTF-8 text\n")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func nulByteExitsWithTwo() throws {
        let file = try CommandRunner.temporaryFile(Array("abc\n".utf8) + [0] + Array("def".utf8))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["segment", file.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("NUL byte at byte 4 (line 2, column 1)"))
    }

    @Test func missingFileAndDirectoryExitWithTwo() throws {
        let missing = try CommandRunner.run(["segment", "no-such-release.txt"])
        #expect(missing.status == 2)
        #expect(missing.standardError == "error: no-such-release.txt: no such file (check the path)\n")
        let directory = try CommandRunner.run(["segment", "seeds"])
        #expect(directory.status == 2)
        #expect(directory.standardError.contains("seeds: is a directory"))
    }

    @Test func emptyFileGivesNoSegmentsAndExitZero() throws {
        let file = try CommandRunner.temporaryFile([])
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["segment", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func badOptionIsAUsageErrorWithExitTwo() throws {
        let result = try CommandRunner.run(["segment", "seeds/000_7a41b1ca847362c5.txt", "--lang", "fr"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--lang"))
    }

    @Test func inputIsNeverModified() throws {
        let path = Fixtures.path("seeds/003_8de714b2e908a213.txt")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        _ = try CommandRunner.run(["segment", path, "--format", "json"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
