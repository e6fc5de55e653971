import ArgumentParser
import Foundation
import TaiyakuKit

/// `--glossary`, `--variants`, `--no-glossary` and `--no-lexicon`, shared by `check` (terminology rules and aligner
/// evidence) and `align` (aligner evidence), so that both commands pair a document the same way.
struct GlossaryOptions: ParsableArguments {
    @Option(help: "A glossary (.tsv, .csv or .tbx) instead of the shipped one; repeat to combine several.")
    var glossary: [String] = []

    @Option(help: "Orthographic variant groups (variants.<lang>.tsv) instead of the shipped ones; repeatable.")
    var variants: [String] = []

    @Flag(name: .customLong("no-glossary"), help: "Run without a glossary: no terminology rules, no glossary evidence.")
    var noGlossary = false

    @Flag(name: .customLong("no-lexicon"), help: "Align without the shipped word list (anchors, terms and length only).")
    var noLexicon = false

    /// The shipped lexicon, ready for matching, or `nil` with `--no-lexicon`.
    func lexicon() throws -> LexiconIndex? {
        noLexicon ? nil : try LexiconIndex(Lexicon.builtIn())
    }

    func validate() throws {
        if noGlossary, !glossary.isEmpty || !variants.isEmpty {
            throw ValidationError("--no-glossary cannot be combined with --glossary or --variants")
        }
    }

    /// The glossaries and variant groups named, or the shipped ones; `nil` with `--no-glossary`.
    func terminology() throws -> Terminology? {
        if noGlossary { return nil }
        var glossaryPaths = glossary
        var variantPaths = variants
        if glossaryPaths.isEmpty {
            let shipped = try ShippedGlossaries.directory()
            glossaryPaths = [shipped.appendingPathComponent(ShippedGlossaries.glossaryName).path]
            if variantPaths.isEmpty {
                let path = shipped.appendingPathComponent(ShippedGlossaries.variantsName).path
                if FileManager.default.fileExists(atPath: path) { variantPaths = [path] }
            }
        } else if variantPaths.isEmpty, let shipped = try? ShippedGlossaries.directory() {
            // Variant groups are language data, not part of a glossary: the shipped ones apply when found.
            let path = shipped.appendingPathComponent(ShippedGlossaries.variantsName).path
            if FileManager.default.fileExists(atPath: path) { variantPaths = [path] }
        }
        let glossaries = try glossaryPaths.map { path throws(GlossaryError) in try Glossary.load(contentsOf: path) }
        let groups = try variantPaths.map { path throws(GlossaryError) in try OrthographicVariants.load(contentsOf: path) }
        return try Terminology(glossary: try Glossary(merging: glossaries), variants: groups)
    }
}
