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
        noLexicon ? nil : try LexiconIndex(ShippedResources.lexicon())
    }

    func validate() throws {
        if noGlossary, !glossary.isEmpty || !variants.isEmpty {
            throw ValidationError("--no-glossary cannot be combined with --glossary or --variants")
        }
    }

    /// The glossaries and variant groups named, or the shipped ones (compiled into Taiyaku); `nil` with
    /// `--no-glossary`. The shipped variant groups apply to a glossary of the user's unless `--variants` names others.
    func terminology() throws -> Terminology? {
        if noGlossary { return nil }
        let glossaries = try glossary.map { path throws(GlossaryError) in try Glossary.load(contentsOf: path) }
        let groups = try variants.map { path throws(GlossaryError) in try OrthographicVariants.load(contentsOf: path) }
        return try ShippedResources.terminology(glossaries: glossaries, variants: groups)
    }

    /// `terminology()` and `lexicon()`, built at once: each takes a few milliseconds of a single check.
    func resources() throws -> (terminology: Terminology?, lexicon: LexiconIndex?) {
        try ParallelWork.both({ try terminology() }, { try lexicon() })
    }

    /// The files these options make a run read (the shipped data is compiled in and reads none).
    var inputPaths: [(role: String, path: String)] {
        glossary.map { ("--glossary", $0) } + variants.map { ("--variants", $0) }
    }
}
