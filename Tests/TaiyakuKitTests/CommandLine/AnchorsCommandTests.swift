import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct AnchorsCommandTests {
    @Test func textFormatPrintsOneLinePerAnchor() throws {
        let result = try CommandRunner.run(["anchors", "seeds/000_7a41b1ca847362c5.txt"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains("5:1  date  2025-04-15  «April 15, 2025»"))
        #expect(lines.contains("15:339  date  2025-12  «December of this year»"))
        #expect(lines.contains("69:111  identifier  LLDC3  «LLDC 3»"))
    }

    @Test func jsonFormatCarriesTheDocumentDateAndFileOffsets() throws {
        let result = try CommandRunner.run(["anchors", "seeds/003_8de714b2e908a213.txt", "--format", "json"])
        #expect(result.status == 0)
        let report = try JSONDecoder().decode(AnchorReport.self, from: Data(result.standardOutput.utf8))
        #expect(report.language == .japanese)
        #expect(report.documentDate?.description == "2025-12-20")
        #expect(report.file == "seeds/003_8de714b2e908a213.txt")
        let range = try #require(report.anchors.first { $0.value == "2025-08-05/2025-08-08" })
        #expect(range.line == 59 && range.column == 5)
        let document = try Fixtures.seed("003")
        #expect(document.text(in: range.start..<range.end) == "本年８月５日から８日")
        #expect(range.surface == "本年８月５日から８日")
        // Keys are sorted, so output is stable.
        let keys = ["\"anchors\"", "\"documentDate\"", "\"file\"", "\"language\"", "\"offsetUnit\"", "\"version\""]
        let positions = keys.compactMap { result.standardOutput.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func dateOptionOverridesTheHeading() throws {
        let result = try CommandRunner.run(["anchors", "seeds/000_7a41b1ca847362c5.txt", "--date", "2030-06-01"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("15:339  date  2030-12  «December of this year»"))
    }

    @Test func withoutADatedHeadingTheDocumentDateIsNull() throws {
        let result = try CommandRunner.run(["anchors", "seeds/001_fa72e2bf2ac86908.txt", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\"documentDate\" : null"))
        #expect(result.standardOutput.contains("\"value\" : \"--01-27\""))
    }

    @Test(arguments: ["2025-13-01", "2025-02-30", "tomorrow", "2025/04/15"])
    func badDateIsAUsageError(date: String) throws {
        let result = try CommandRunner.run(["anchors", "seeds/000_7a41b1ca847362c5.txt", "--date", date])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--date"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func missingFileExitsWithTwo() throws {
        let result = try CommandRunner.run(["anchors", "no-such-release.txt"])
        #expect(result.status == 2)
        #expect(result.standardError == "error: no-such-release.txt: no such file (check the path)\n")
    }
}
