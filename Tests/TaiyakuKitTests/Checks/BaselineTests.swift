import Foundation
import Testing

@testable import TaiyakuKit

/// Fingerprints within a run (`Finding.fingerprint(in:)`, SARIF's `taiyakuFinding/v2`) and per-pair baselines.
@Suite struct BaselineTests {
    /// The snapshot pair, as `ReportSnapshotTests` reviews it, with `prefix` put before each side's text.
    static func review(sourcePrefix: String = "", targetPrefix: String = "") throws -> Review {
        func load(_ name: String, _ language: Language, _ prefix: String) throws -> SegmentedDocument {
            let text = try String(contentsOfFile: Fixtures.path("\(ReportSnapshotTests.directory)/\(name)"), encoding: .utf8)
            return try Segmenter(language: language).segment(Document(name: name, text: prefix + text))
        }
        let pair = TranslationPair(
            source: try load("release.en.txt", .english, sourcePrefix), target: try load("release.ja.txt", .japanese, targetPrefix))
        return try Reviewer(checks: CheckRegistry.all).review(pair)
    }

    static func fingerprints(_ log: SARIFLog) -> [String] {
        log.runs.flatMap(\.results).compactMap { $0.partialFingerprints[SARIFLog.fingerprintKey] }
    }

    @Test func thePairsPathsAreInTheFingerprint() throws {
        let finding = try #require(try Self.review().findings.first)
        let pair = ArtifactPair(source: "a/release.en.txt", target: "a/release.ja.txt")
        #expect(finding.fingerprint(in: pair) == finding.fingerprint(in: ArtifactPair(source: "a/release.en.txt", target: "a/release.ja.txt")))
        #expect(finding.fingerprint(in: pair) != finding.fingerprint(in: ArtifactPair(source: "b/release.en.txt", target: "a/release.ja.txt")))
        #expect(finding.fingerprint(in: pair) != finding.fingerprint(in: ArtifactPair(source: "a/release.en.txt", target: "b/release.ja.txt")))
        // The paths are hashed apart, so moving a character from one to the other changes the fingerprint.
        #expect(finding.fingerprint(in: ArtifactPair(source: "ab", target: "c")) != finding.fingerprint(in: ArtifactPair(source: "a", target: "bc")))
        #expect(finding.fingerprint(in: pair).count == 16 && finding.fingerprint(in: pair) != finding.fingerprint)
    }

    @Test func pathsAreRelativeToTheWorkingDirectory() throws {
        #expect(ArtifactPair.path("/work/releases/x.en.txt", relativeTo: "/work") == "releases/x.en.txt")
        #expect(ArtifactPair.path("./releases/../releases/x.en.txt", relativeTo: "/work/") == "releases/x.en.txt")
        #expect(ArtifactPair.path("/elsewhere/x.en.txt", relativeTo: "/work") == "/elsewhere/x.en.txt")
        #expect(SARIFLog.relativeURI("/elsewhere/x y.en.txt", to: "/work") == "file:///elsewhere/x%20y.en.txt")
        #expect(SARIFLog.relativeURI("releases/x y.en.txt", to: "/work") == "releases/x%20y.en.txt")
    }

    @Test func identicalFindingsInTwoPairsOfABatchAreTwoResults() throws {
        // The snapshot pair reviewed twice, once as `copy/…`: the same findings, texts and all.
        let batch = try BatchReportTests.batch()
        let reviews = batch.reviews
        #expect(reviews[0].findings.map(\.fingerprint) == reviews[1].findings.map(\.fingerprint))
        let fingerprints = Self.fingerprints(SARIFLog(batch, toolVersion: "test", workingDirectory: "/"))
        #expect(fingerprints.count == reviews[0].findings.count + reviews[1].findings.count)
        #expect(Set(fingerprints).count == fingerprints.count)
    }

    @Test func fingerprintsSurviveEditsElsewhereInTheDocuments() throws {
        let review = try Self.review()
        // A paragraph added at the top of both documents moves every finding two lines down.
        let edited = try Self.review(sourcePrefix: "Ministry of Foreign Affairs\n\n", targetPrefix: "外務省\n\n")
        let before = SARIFLog(review, toolVersion: "test", workingDirectory: "/")
        let after = SARIFLog(edited, toolVersion: "test", workingDirectory: "/")
        #expect(edited.findings.map(\.ruleID) == review.findings.map(\.ruleID))
        #expect(Self.fingerprints(after) == Self.fingerprints(before))
        let lines = { (log: SARIFLog) in log.runs.flatMap(\.results).compactMap { $0.locations.first?.physicalLocation.region.startLine } }
        #expect(lines(after) == lines(before).map { $0 + 2 })
        // A baseline of the review accepts the findings of the edited documents.
        let baseline = Baseline(accepting: review.findings, in: ArtifactPair(review, workingDirectory: "/"))
        #expect(edited.excluding(baseline, workingDirectory: "/").findings.isEmpty)
    }

    @Test func eachEntryAcceptsOneFindingOfItsOwnPair() throws {
        let review = try Self.review()
        let pair = ArtifactPair(review, workingDirectory: "/")
        let other = ArtifactPair(source: "copy/release.en.txt", target: "copy/release.ja.txt")
        let baseline = Baseline(accepting: review.findings, in: pair)
        var matcher = baseline.matcher()
        #expect(matcher.newFindings(in: review.findings, of: other) == review.findings)
        #expect(matcher.newFindings(in: review.findings, of: pair).isEmpty)
        // Used up: the same pair again (a manifest listing it twice) keeps its findings.
        #expect(matcher.newFindings(in: review.findings, of: pair) == review.findings)
        // A baseline built pair by pair is the one built at once, whatever the order.
        var built = Baseline()
        built.accept(Array(review.findings.dropFirst()), in: pair)
        built.accept(Array(review.findings.prefix(1)), in: pair)
        #expect(built == baseline)
        #expect(try built.jsonData() == baseline.jsonData())
    }

    @Test func aVersion1BaselineIsRefusedWithAClearMessage() throws {
        let old = """
            {
              "findings" : [
                { "fingerprint" : "d961b1bdb5e3e5a3", "message" : "This source sentence has no counterpart in the translation.", "rule" : "omission" }
              ],
              "version" : 1
            }

            """
        let file = try CommandRunner.temporaryFile(Array(old.utf8), name: "accepted.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(throws: BaselineError.pairIndependent(file: file.path)) { try Baseline.load(contentsOf: file.path) }
        let message = BaselineError.pairIndependent(file: "accepted.json").description
        #expect(message.hasPrefix("accepted.json: baseline version 1 accepts findings in any pair"))
        #expect(message.contains("write it again with --write-baseline"))

        let future = try CommandRunner.temporaryFile(Array(#"{"version": 3, "findings": []}"#.utf8), name: "future.json")
        defer { try? FileManager.default.removeItem(at: future.deletingLastPathComponent()) }
        #expect(throws: BaselineError.unsupportedVersion(file: future.path, version: 3)) { try Baseline.load(contentsOf: future.path) }
    }
}
