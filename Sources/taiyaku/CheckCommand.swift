import ArgumentParser
import Foundation
import TaiyakuKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Review a translation: terminology and orthography findings for a source and a target release.",
        discussion: """
            Without --glossary the shipped Glossaries/central-asia.tsv is used (found from $TAIYAKU_GLOSSARY_DIR, \
            else upwards from the executable); without --variants the shipped variants.ja.tsv next to it, if any. \
            Rules: \(CheckRegistry.all.map(\.id).joined(separator: ", ")). term-missing needs an alignment and \
            runs once the aligner provides beads.
            Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 bad input.
            """
    )

    @Argument(help: "The source release (UTF-8 text).")
    var source: String

    @Argument(help: "The target release, its translation (UTF-8 text).")
    var target: String

    @Option(name: .long, help: "A glossary file (.tsv, .csv or .tbx); repeat to combine several.")
    var glossary: [String] = []

    @Option(name: .long, help: "Orthographic variant groups (variants.<lang>.tsv); repeat to combine several.")
    var variants: [String] = []

    @Option(help: "The language of the source: en, ja or auto.")
    var sourceLang: LanguageOption = .auto

    @Option(help: "The language of the target: en, ja or auto.")
    var targetLang: LanguageOption = .auto

    @Option(help: "The lowest severity that makes the run fail with exit code 1: note, warning or error.")
    var failOn: Finding.Severity = .error

    func run() throws {
        let sourceDocument = try Document.load(contentsOf: source)
        let targetDocument = try Document.load(contentsOf: target)
        let sourceSegments = try Segmenter(language: sourceLang.resolve(for: sourceDocument)).segment(sourceDocument)
        let targetSegments = try Segmenter(language: targetLang.resolve(for: targetDocument)).segment(targetDocument)
        let terminology = try loadTerminology()
        let beads = try align(sourceSegments, targetSegments)
        let context = try CheckContext(
            source: sourceSegments, target: targetSegments, beads: beads, terminology: terminology)
        let findings = CheckRunner.findings(in: context)
        let report = TextReport(findings: findings, source: sourceSegments, target: targetSegments)
        FileHandle.standardOutput.write(Data(report.text.utf8))
        if findings.contains(where: { $0.severity >= failOn }) {
            throw ExitCode(1)
        }
    }

    /// The alignment of the pair. The aligner plugs in here; until then there are no beads, so the checks of
    /// one document run on each side and `term-missing` finds nothing.
    private func align(_ source: SegmentedDocument, _ target: SegmentedDocument) throws -> [Bead] {
        []
    }

    private func loadTerminology() throws -> Terminology {
        var glossaryPaths = glossary
        var variantPaths = variants
        if glossaryPaths.isEmpty || variantPaths.isEmpty {
            let shipped = glossaryPaths.isEmpty ? try ShippedGlossaries.directory() : try? ShippedGlossaries.directory()
            if glossaryPaths.isEmpty, let shipped {
                glossaryPaths = [shipped.appendingPathComponent(ShippedGlossaries.glossaryName).path]
            }
            if variantPaths.isEmpty, let shipped {
                let path = shipped.appendingPathComponent(ShippedGlossaries.variantsName).path
                if FileManager.default.fileExists(atPath: path) { variantPaths = [path] }
            }
        }
        let glossaries = try glossaryPaths.map { path throws(GlossaryError) in try Glossary.load(contentsOf: path) }
        let variantGroups = try variantPaths.map { path throws(GlossaryError) in
            try OrthographicVariants.load(contentsOf: path)
        }
        return try Terminology(glossary: try Glossary(merging: glossaries), variants: variantGroups)
    }
}

extension Finding.Severity: ExpressibleByArgument {}
