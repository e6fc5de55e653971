import Foundation
import FoundationXML
import Testing

@testable import TaiyakuKit

/// Golden files for every writer, on a small pair of our own with an omitted and an added sentence.
/// Set `TAIYAKU_RECORD_SNAPSHOTS=1` to rewrite them after an intended change, then read the diff.
@Suite struct ReportSnapshotTests {
    static let directory = "Tests/TaiyakuKitTests/Fixtures/reports"

    static func review() throws -> Review {
        func load(_ name: String, _ language: Language) throws -> SegmentedDocument {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("\(directory)/\(name)")))
            return try Segmenter(language: language).segment(Document(name: name, bytes: bytes))
        }
        let pair = TranslationPair(source: try load("release.en.txt", .english), target: try load("release.ja.txt", .japanese))
        return try Reviewer(checks: CheckRegistry.all).review(pair)
    }

    func compare(_ output: String, with name: String) throws {
        let path = Fixtures.path("\(Self.directory)/\(name)")
        if ProcessInfo.processInfo.environment["TAIYAKU_RECORD_SNAPSHOTS"] == "1" {
            try Data(output.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(output == expected, "\(name) differs from its golden file; record again if the change is intended")
    }

    @Test func text() throws {
        try compare(TextReportWriter(colour: false).text(for: try Self.review()), with: "expected.txt")
    }

    @Test func colourIsOnlyAddedWhenAsked() throws {
        let review = try Self.review()
        #expect(!TextReportWriter(colour: false).text(for: review).contains("\u{1B}["))
        #expect(TextReportWriter(colour: true).text(for: review).contains("\u{1B}["))
    }

    @Test func json() throws {
        let data = try ReviewReport(Self.review(), toolVersion: "test").jsonData()
        try compare(String(decoding: data, as: UTF8.self), with: "expected.json")
    }

    @Test func sarif() throws {
        let data = try SARIFLog(Self.review(), toolVersion: "test", workingDirectory: "/").jsonData()
        try compare(String(decoding: data, as: UTF8.self), with: "expected.sarif")
    }

    @Test func junit() throws {
        let output = JUnitWriter(failingSeverity: .error).document(for: try Self.review())
        try compare(output, with: "expected.junit.xml")
        let document = try XMLDocument(data: Data(output.utf8))
        let cases = try #require(document.rootElement()).elements(forName: "testsuite").first?.elements(forName: "testcase") ?? []
        #expect(cases.count == CheckRegistry.all.count)
    }

    @Test func html() throws {
        try compare(HTMLReportWriter(toolVersion: "test").document(for: try Self.review()), with: "expected.html")
    }

    @Test func sarifCarriesWhatCodeScanningNeeds() throws {
        let log = SARIFLog(try Self.review(), toolVersion: "test", workingDirectory: "/")
        let run = try #require(log.runs.first)
        #expect(log.version == "2.1.0" && run.columnKind == "utf16CodeUnits")
        #expect(run.tool.driver.rules.map(\.id) == CheckRegistry.all.map(\.id).sorted())
        for result in run.results {
            #expect(run.tool.driver.rules[result.ruleIndex].id == result.ruleId)
            #expect(result.partialFingerprints[SARIFLog.fingerprintKey]?.count == 16)
            let location = try #require(result.locations.first?.physicalLocation)
            #expect(!location.artifactLocation.uri.hasPrefix("/"))
            #expect(location.region.startLine >= 1 && location.region.startColumn >= 1)
        }
    }

    @Test func fingerprintsIgnorePositions() throws {
        let review = try Self.review()
        let finding = try #require(review.findings.first)
        let moved = Finding(
            ruleID: finding.ruleID, severity: finding.severity, message: finding.message,
            source: finding.source.map { FindingLocation(segment: $0.segment + 3, range: ($0.range.lowerBound + 40)..<($0.range.upperBound + 40), textRange: $0.textRange, segmentText: $0.segmentText) },
            target: finding.target)
        #expect(moved.fingerprint == finding.fingerprint)
        #expect(Set(review.findings.map(\.fingerprint)).count == review.findings.count)
    }

    @Test func baselineKeepsOnlyNewFindings() throws {
        let review = try Self.review()
        #expect(!review.findings.isEmpty)
        let baseline = Baseline(accepting: review.findings)
        #expect(review.excluding(baseline).findings.isEmpty)
        let partial = Baseline(accepting: Array(review.findings.dropFirst()))
        #expect(review.excluding(partial).findings == [review.findings[0]])
    }
}

/// Validates reports against their JSON Schemas with Python's `jsonschema` (which `.ci/run` installs).
@Suite struct ReportSchemaTests {
    static func validate(_ data: Data, schema: String) throws -> (status: Int32, message: String) {
        let file = try CommandRunner.temporaryFile(Array(data), name: "report.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('valid')",
            file.path, schema,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func jsonReportMatchesItsSchema() throws {
        let data = try ReviewReport(try ReportSnapshotTests.review(), toolVersion: "test").jsonData()
        let result = try Self.validate(data, schema: Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/review-report.schema.json"))
        #expect(result.status == 0, "\(result.message)")
    }

    @Test func schemaRejectsAReportMissingAField() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: try ReviewReport(try ReportSnapshotTests.review(), toolVersion: "test").jsonData()) as? [String: Any])
        object.removeValue(forKey: "summary")
        let result = try Self.validate(try JSONSerialization.data(withJSONObject: object), schema: Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/review-report.schema.json"))
        #expect(result.status != 0)
    }
}
