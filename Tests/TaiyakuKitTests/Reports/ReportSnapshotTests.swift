import Foundation
import FoundationXML
import Testing

@testable import TaiyakuKit

/// Golden files for every writer, on a small pair of our own with an omitted and an added sentence.
/// Set `TAIYAKU_RECORD_SNAPSHOTS=1` to rewrite them after an intended change (the recording run fails on purpose),
/// then read the diff and run the tests again without it.
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
            // Recording never passes: the run fails until the new golden file has been read and the tests run
            // again without TAIYAKU_RECORD_SNAPSHOTS.
            Issue.record("recorded \(name): read the diff, then run the tests again without TAIYAKU_RECORD_SNAPSHOTS")
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
        let pair = ArtifactPair(review, workingDirectory: "/")
        let baseline = Baseline(accepting: review.findings, in: pair)
        #expect(review.excluding(baseline, workingDirectory: "/").findings.isEmpty)
        let partial = Baseline(accepting: Array(review.findings.dropFirst()), in: pair)
        #expect(review.excluding(partial, workingDirectory: "/").findings == [review.findings[0]])
    }
}

/// Validates reports against their JSON Schemas with Python's `jsonschema` (which `.ci/run` installs).
@Suite struct ReportSchemaTests {
    /// Validates `data` against `schema`; the schemas in `references` resolve `$ref`s to their `$id`s (the batch
    /// schema takes each pair's report from the review report schema), so nothing is fetched.
    static func validate(_ data: Data, schema: String, references: [String] = []) throws -> (status: Int32, message: String) {
        let file = try CommandRunner.temporaryFile(Array(data), name: "report.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let script = """
            import json, sys, jsonschema
            instance, schema = (json.load(open(path)) for path in sys.argv[1:3])
            others = [json.load(open(path)) for path in sys.argv[3:]]
            validator = jsonschema.validators.validator_for(schema)
            try:
                from referencing import Registry, Resource
                registry = Registry().with_resources([(other["$id"], Resource.from_contents(other)) for other in others])
                validator(schema, registry=registry).validate(instance)
            except ImportError:  # jsonschema before 4.18
                resolver = jsonschema.RefResolver.from_schema(schema, store={other["$id"]: other for other in others})
                validator(schema, resolver=resolver).validate(instance)
            print('valid')
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, schema] + references
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

    @Test func findingsAboutTheOriginalAloneSaySoInJSON() throws {
        let base = try ReportFixtures.review(sentences: 2)
        let sentence = base.source.segments[0].text
        let dash = Finding(
            ruleID: "dash-inconsistent", severity: .note, message: "an en dash here, a hyphen elsewhere",
            source: FindingLocation(segment: 0, range: 0..<5, textRange: 0..<5, segmentText: sentence), target: nil, subject: .original)
        let review = Review(
            source: base.source, target: base.target, beads: base.beads, findings: base.findings + [dash], rules: base.rules)
        let data = try ReviewReport(review, toolVersion: "test").jsonData()
        let report = try JSONDecoder().decode(ReviewReport.self, from: data)
        #expect(report.findings.compactMap(\.subject) == [.original] && report.findings.count == 3)
        #expect(String(decoding: data, as: UTF8.self).components(separatedBy: "\"subject\"").count == 2)
        let result = try Self.validate(data, schema: Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/review-report.schema.json"))
        #expect(result.status == 0, "\(result.message)")
    }

    @Test func schemaRejectsAReportMissingAField() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: try ReviewReport(try ReportSnapshotTests.review(), toolVersion: "test").jsonData()) as? [String: Any])
        object.removeValue(forKey: "summary")
        let result = try Self.validate(try JSONSerialization.data(withJSONObject: object), schema: Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/review-report.schema.json"))
        #expect(result.status != 0)
    }

    static let batchSchema = Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/batch-report.schema.json")
    static let reviewSchema = Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/review-report.schema.json")

    /// A batch of the snapshot pair, reviewed, and a pair that could not be read.
    static func batch() throws -> BatchReview {
        let review = try ReportSnapshotTests.review()
        return BatchReview(
            entries: [
                BatchReview.Entry(pair: BatchPair(name: "release", source: "release.en.txt", target: "release.ja.txt"), outcome: .reviewed(review)),
                BatchReview.Entry(pair: BatchPair(name: "broken", source: "broken.en.txt", target: "broken.ja.txt"), outcome: .failed("broken.ja.txt: invalid UTF-8 at byte 3")),
            ],
            unpaired: ["lonely.en.txt"])
    }

    @Test func batchReportMatchesItsSchema() throws {
        let data = try BatchReport(try Self.batch(), toolVersion: "test").jsonData()
        let result = try Self.validate(data, schema: Self.batchSchema, references: [Self.reviewSchema])
        #expect(result.status == 0, "\(result.message)")
    }

    @Test func batchSchemaChecksThePairReportsAndTheirErrors() throws {
        let data = try BatchReport(try Self.batch(), toolVersion: "test").jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var pairs = try #require(object["pairs"] as? [[String: Any]])
        // A pair's report is held to the review report schema: one without its summary is refused.
        var report = try #require(pairs[0]["report"] as? [String: Any])
        report.removeValue(forKey: "summary")
        pairs[0]["report"] = report
        var broken = object
        broken["pairs"] = pairs
        let missingSummary = try Self.validate(
            try JSONSerialization.data(withJSONObject: broken), schema: Self.batchSchema, references: [Self.reviewSchema])
        #expect(missingSummary.status != 0)
        // A pair with neither a report nor an error is refused.
        var neither = try #require(object["pairs"] as? [[String: Any]])
        neither[1].removeValue(forKey: "error")
        var empty = object
        empty["pairs"] = neither
        let result = try Self.validate(try JSONSerialization.data(withJSONObject: empty), schema: Self.batchSchema, references: [Self.reviewSchema])
        #expect(result.status != 0)
    }
}
