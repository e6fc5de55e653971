/// A data file compiled into TaiyakuKit by SwiftPM's `.embedInCode` rule (see `Package.swift`): the bytes travel
/// inside every binary that links the library, so nothing is looked up on disk at run time.
///
/// `Resources/Glossaries` links to the repository's `Glossaries/` folder, the one copy users read and edit;
/// a build embeds whatever that folder holds when it runs.
enum EmbeddedFile: CaseIterable, Sendable {
    case englishRules, japaneseRules, lexicon, glossary, japaneseVariants, reviewReportSchema, batchReportSchema

    /// The file's path in the repository, used in messages (`Glossaries/central-asia.tsv:12: …`).
    var name: String {
        switch self {
        case .englishRules: return "Sources/TaiyakuKit/Resources/Rules/en.txt"
        case .japaneseRules: return "Sources/TaiyakuKit/Resources/Rules/ja.txt"
        case .lexicon: return "Sources/TaiyakuKit/Resources/Lexicon/en-ja.tsv"
        case .glossary: return "Glossaries/central-asia.tsv"
        case .japaneseVariants: return "Glossaries/variants.ja.tsv"
        case .reviewReportSchema: return "Sources/TaiyakuKit/Resources/Schemas/review-report.schema.json"
        case .batchReportSchema: return "Sources/TaiyakuKit/Resources/Schemas/batch-report.schema.json"
        }
    }

    /// The file's contents as they were when the library was built.
    var bytes: [UInt8] {
        switch self {
        case .englishRules: return PackageResources.en_txt
        case .japaneseRules: return PackageResources.ja_txt
        case .lexicon: return PackageResources.en_ja_tsv
        case .glossary: return PackageResources.central_asia_tsv
        case .japaneseVariants: return PackageResources.variants_ja_tsv
        case .reviewReportSchema: return PackageResources.review_report_schema_json
        case .batchReportSchema: return PackageResources.batch_report_schema_json
        }
    }

    /// The segmentation rules of `language`.
    static func rules(for language: Language) -> EmbeddedFile {
        switch language {
        case .english: return .englishRules
        case .japanese: return .japaneseRules
        }
    }
}
