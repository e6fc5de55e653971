import Foundation
import Testing

@testable import TaiyakuKit

/// The binary works copied alone to another `bin/`: rules, lexicon, schemas and shipped glossaries are compiled in.
@Suite struct InstalledBinaryTests {
    @Test func aCopiedBinaryChecksTheShippedExampleFromAnotherFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let bin = root.appendingPathComponent("bin")
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("taiyaku")
        try FileManager.default.copyItem(at: try CommandRunner.executable, to: installed)
        // The documents alone, away from the repository.
        try FileManager.default.copyItem(atPath: Fixtures.path("seeds/004_c378caca38268456.txt"), toPath: work.appendingPathComponent("en.txt").path)
        try FileManager.default.copyItem(
            atPath: Fixtures.path("Tests/TaiyakuKitTests/Fixtures/terminology/004-tajikistan.planted.ja.txt"),
            toPath: work.appendingPathComponent("ja.txt").path)

        let process = Process()
        process.executableURL = installed
        process.arguments = ["check", "en.txt", "ja.txt", "--format", "json"]
        process.currentDirectoryURL = work
        // No variable may point back to the repository.
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": root.path]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let report = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(!message.contains("resource bundle") && !message.contains("Fatal error") && !message.contains("error:"), "\(message)")
        #expect(process.terminationStatus == 1)  // the planted deprecated form is an error
        let json = try #require(try JSONSerialization.jsonObject(with: report) as? [String: Any])
        let rules = try #require(json["findings"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        // The shipped glossary (term rules), the variant groups and the lexicon-backed alignment all ran.
        #expect(Set(rules).isSuperset(of: ["term-deprecated", "term-near-miss", "term-missing", "term-inconsistent"]))
    }

    @Test func theBinaryLooksUpNoResourceBundle() throws {
        // SwiftPM's `Bundle.module` searches for `<package>_<target>.resources` and stops the process when it is
        // missing; with every resource embedded the accessor, and that name, do not exist.
        let binary = try Data(contentsOf: try CommandRunner.executable)
        #expect(binary.range(of: Data("Taiyaku_TaiyakuKit.resources".utf8)) == nil)
    }

    @Test func shippedResourcesAreTheRepositoryFiles() throws {
        let glossary = try ShippedResources.glossary()
        #expect(glossary.entries == (try Glossary.load(contentsOf: Fixtures.path("Glossaries/central-asia.tsv"))).entries)
        #expect(glossary.name == "Glossaries/central-asia.tsv")
        let variants = try ShippedResources.variants()
        #expect(variants.map(\.groups) == [try OrthographicVariants.load(contentsOf: Fixtures.path("Glossaries/variants.ja.tsv")).groups])
        #expect(try ShippedResources.lexicon().count > 2_000)
        #expect(try ShippedResources.rules(for: .english).abbreviations["Mr."] == .always)
        #expect(ShippedResources.reviewReportSchema == (try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/review-report.schema.json")))))
        #expect(ShippedResources.batchReportSchema == (try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("Sources/TaiyakuKit/Resources/Schemas/batch-report.schema.json")))))
        let terminology = try ShippedResources.terminology()
        #expect(try terminology.matches(in: "Talks were held in Ashgabat.", language: .english).map(\.conceptID) == ["place.ashgabat"])
    }
}
