import Foundation

/// The data Taiyaku ships, compiled into the library: the house glossary and its Japanese variant groups, the
/// everyday-word lexicon the aligner uses as evidence, the segmentation rules and the report schemas.
///
/// Nothing here reads the disk, so a program linking TaiyakuKit (and the `taiyaku` binary copied alone to another
/// machine) has the same defaults as `taiyaku check` run from the repository. The glossary files are the
/// repository's `Glossaries/central-asia.tsv` and `Glossaries/variants.ja.tsv` as they were at build time; their
/// names in messages are those paths.
public enum ShippedResources {
    /// The name the shipped glossary goes by in messages: its path in the repository.
    public static var glossaryName: String { EmbeddedFile.glossary.name }
    /// The name the shipped Japanese variant groups go by in messages.
    public static var variantsName: String { EmbeddedFile.japaneseVariants.name }

    /// The shipped glossary (`Glossaries/central-asia.tsv`).
    /// - Throws: `GlossaryError` if the shipped file is malformed (a broken build; the tests load it).
    public static func glossary() throws(GlossaryError) -> Glossary {
        try Glossary(name: EmbeddedFile.glossary.name, bytes: EmbeddedFile.glossary.bytes, format: .tsv)
    }

    /// The shipped orthographic variant groups (`Glossaries/variants.ja.tsv`: 改訂/改定, 取組/取り組み, …).
    /// - Throws: `GlossaryError` if the shipped file is malformed.
    public static func variants() throws(GlossaryError) -> [OrthographicVariants] {
        let file = EmbeddedFile.japaneseVariants
        return [try OrthographicVariants(name: file.name, bytes: file.bytes, language: .japanese)]
    }

    /// The shipped glossary with the shipped variant groups, prepared for matching: what `taiyaku check` uses
    /// when no `--glossary` is given.
    /// - Throws: `GlossaryError` if a shipped file is malformed, `ICUError` if ICU cannot normalise a term.
    public static func terminology() throws -> Terminology {
        try Terminology(glossary: glossary(), variants: variants())
    }

    /// The shipped glossary `glossaries` replace, with the shipped variant groups unless `variants` are given:
    /// variant groups are language data, not part of a glossary, so they apply to any glossary.
    /// - Throws: `GlossaryError` if a glossary or variant file cannot be read or two glossaries define one concept,
    ///   `ICUError` if ICU cannot normalise a term.
    public static func terminology(glossaries: [Glossary], variants: [OrthographicVariants]) throws -> Terminology {
        let glossary = glossaries.isEmpty ? try self.glossary() : try Glossary(merging: glossaries)
        return try Terminology(glossary: glossary, variants: variants.isEmpty ? try self.variants() : variants)
    }

    /// The shipped English–Japanese lexicon of everyday words (aligner evidence only).
    /// - Throws: `LexiconError` if the shipped file is malformed.
    public static func lexicon() throws(LexiconError) -> Lexicon {
        try Lexicon.builtIn()
    }

    /// The shipped segmentation rules of `language`.
    /// - Throws: `RulesError` if the shipped file is malformed.
    package static func rules(for language: Language) throws(RulesError) -> LanguageRules {
        try LanguageRules.builtIn(for: language)
    }

    /// The JSON Schema of `taiyaku check --format json` for one pair.
    public static var reviewReportSchema: Data { Data(EmbeddedFile.reviewReportSchema.bytes) }

    /// The JSON Schema of `taiyaku check --format json` for a batch.
    public static var batchReportSchema: Data { Data(EmbeddedFile.batchReportSchema.bytes) }
}
