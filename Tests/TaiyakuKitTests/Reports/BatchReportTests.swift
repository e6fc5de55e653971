import Foundation
import FoundationXML
import Testing

@testable import TaiyakuKit

/// The batch forms of the writers, on the snapshot pair reviewed twice (once under a Japanese name) and a pair
/// that could not be read.
@Suite struct BatchReportTests {
    /// The snapshot pair with its files named `folder/release.en.txt` and `folder/release.ja.txt`.
    static func review(in folder: String) throws -> Review {
        func load(_ name: String, _ language: Language) throws -> SegmentedDocument {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("\(ReportSnapshotTests.directory)/\(name)")))
            return try Segmenter(language: language).segment(Document(name: "\(folder)/\(name)", bytes: bytes))
        }
        let pair = TranslationPair(source: try load("release.en.txt", .english), target: try load("release.ja.txt", .japanese))
        return try Reviewer(checks: CheckRegistry.all).review(pair)
    }

    static func batch() throws -> BatchReview {
        BatchReview(
            entries: [
                BatchReview.Entry(
                    pair: BatchPair(name: "release", source: "release.en.txt", target: "release.ja.txt"),
                    outcome: .reviewed(try ReportSnapshotTests.review())),
                BatchReview.Entry(
                    pair: BatchPair(name: "リリース", source: "copy/release.en.txt", target: "copy/release.ja.txt"),
                    outcome: .reviewed(try review(in: "copy"))),
                BatchReview.Entry(pair: BatchPair(name: "broken", source: "broken.en.txt", target: "broken.ja.txt"), outcome: .failed("broken.ja.txt: invalid UTF-8 at byte 3")),
            ],
            unpaired: ["lonely.en.txt"])
    }

    @Test func summaryTableHasOneRowPerPairAndTotals() throws {
        // Columns line up in a terminal: the Japanese name is two columns per character.
        let expected = """
            pair      errors  warnings  notes  aligned beads  status
            release        1         1      0            5/7  ok
            リリース       1         1      0            5/7  ok
            broken         -         -      -              -  failed: broken.ja.txt: invalid UTF-8 at byte 3
            total          2         2      0          10/14  2 reviewed, 1 failed

            unpaired (no partner found):
              lonely.en.txt

            """
        #expect(TextReportWriter(colour: false).summaryTable(for: try Self.batch()) == expected)
    }

    @Test func textHasEachPairsReportThenTheTable() throws {
        let batch = try Self.batch()
        let writer = TextReportWriter(colour: false)
        let text = writer.text(for: batch)
        #expect(text == "== release: release.en.txt ↔ release.ja.txt ==\n\n" + writer.text(for: try ReportSnapshotTests.review()) + "\n"
            + "== リリース: copy/release.en.txt ↔ copy/release.ja.txt ==\n\n" + writer.text(for: try Self.review(in: "copy")) + "\n"
            + writer.summaryTable(for: batch))
        #expect(text.contains("error    copy/release.en.txt:7:93  omission\n"))
    }

    @Test func jsonKeepsPairOrderWithReportsOrErrors() throws {
        let report = BatchReport(try Self.batch(), toolVersion: "test")
        #expect(report.pairs.map(\.name) == ["release", "リリース", "broken"])
        #expect(report.pairs[0].report == ReviewReport(try ReportSnapshotTests.review(), toolVersion: "test"))
        #expect(report.pairs[2].report == nil && report.pairs[2].error == "broken.ja.txt: invalid UTF-8 at byte 3")
        #expect(report.totals == BatchReview.Totals(
            pairs: 3, reviewed: 2, failed: 1, unpaired: 1, errors: 2, warnings: 2, notes: 0, beads: 14, aligned: 10))
        let decoded = try JSONDecoder().decode(BatchReport.self, from: try report.jsonData())
        #expect(decoded == report)
    }

    @Test func sarifIsOneRunWithEveryPairsResults() throws {
        let batch = try Self.batch()
        let single = try #require(SARIFLog(try ReportSnapshotTests.review(), toolVersion: "test", workingDirectory: "/").runs.first)
        let log = SARIFLog(batch, toolVersion: "test", workingDirectory: "/")
        let run = try #require(log.runs.first)
        #expect(log.runs.count == 1)
        #expect(run.results.count == 2 * single.results.count)
        #expect(run.tool.driver.rules == single.tool.driver.rules)
        // The artifact URIs tell the pairs apart.
        let uris = run.results.map { $0.locations.first?.physicalLocation.artifactLocation.uri ?? "" }
        #expect(Set(uris) == ["release.ja.txt", "release.en.txt", "copy/release.ja.txt", "copy/release.en.txt"])
        #expect(Array(run.results.prefix(single.results.count)) == single.results)
        // So do the fingerprints: the same finding in the copy is another result.
        let fingerprints = run.results.map { $0.partialFingerprints[SARIFLog.fingerprintKey] ?? "" }
        #expect(Set(fingerprints).count == fingerprints.count)
        let invocation = try #require(run.invocations?.first)
        #expect(!invocation.executionSuccessful)
        #expect(invocation.toolExecutionNotifications.map(\.message.text) == ["broken: broken.ja.txt: invalid UTF-8 at byte 3"])
        // A batch where every pair was checked has no invocation, like a single log.
        let clean = BatchReview(entries: Array(batch.entries.prefix(1)))
        #expect(SARIFLog(clean, toolVersion: "test", workingDirectory: "/") == SARIFLog(try ReportSnapshotTests.review(), toolVersion: "test", workingDirectory: "/"))
    }

    @Test func junitHasOneSuitePerPair() throws {
        let output = JUnitWriter(failingSeverity: .error).document(for: try Self.batch())
        let root = try #require(try XMLDocument(data: Data(output.utf8)).rootElement())
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue ?? "" } == [
            "release.en.txt ↔ release.ja.txt", "copy/release.en.txt ↔ copy/release.ja.txt", "broken.en.txt ↔ broken.ja.txt",
        ])
        #expect(suites[0].elements(forName: "testcase").count == CheckRegistry.all.count)
        #expect(suites[0].attribute(forName: "failures")?.stringValue == "1")  // the omission is an error
        let load = try #require(suites[2].elements(forName: "testcase").first?.elements(forName: "error").first)
        #expect(load.attribute(forName: "message")?.stringValue == "broken.ja.txt: invalid UTF-8 at byte 3")
        #expect(root.attribute(forName: "tests")?.stringValue == "\(2 * CheckRegistry.all.count + 1)")
        #expect(root.attribute(forName: "failures")?.stringValue == "2")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
    }

    @Test func htmlIsOnePagePerPairAndAnIndex() throws {
        let pages = HTMLReportWriter(toolVersion: "test").pages(for: try Self.batch())
        #expect(pages.map(\.fileName) == ["1-release.html", "2-____.html", "index.html"])
        let single = HTMLReportWriter(toolVersion: "test").document(for: try ReportSnapshotTests.review())
        // A pair's page is the single page with a link back to the index.
        let back = "      <p class=\"meta\"><a href=\"index.html\">← all pairs</a></p>\n"
        #expect(pages[0].html.replacingOccurrences(of: back, with: "") == single)
        let index = try #require(pages.last?.html)
        #expect(index.contains("<a href=\"1-release.html\">release</a>"))
        #expect(index.contains("<a href=\"2-____.html\">リリース</a>"))
        #expect(index.contains("failed: broken.ja.txt: invalid UTF-8 at byte 3"))
        #expect(index.contains("<li class=\"path\">lonely.en.txt</li>"))
        #expect(index.contains("2 errors, 2 warnings, 0 notes"))
    }
}
