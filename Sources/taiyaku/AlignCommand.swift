import ArgumentParser
import Foundation
import TaiyakuKit

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Pair the sentences of a release with those of its translation."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv
        case json
    }

    @Argument(help: "The source release (English by default).")
    var source: String

    @Argument(help: "Its translation (Japanese by default).")
    var target: String

    @Option(name: .customLong("source-lang"), help: "The source's language: en, ja or auto.")
    var sourceLanguage: LanguageOption = .en

    @Option(name: .customLong("target-lang"), help: "The target's language: en, ja or auto.")
    var targetLanguage: LanguageOption = .ja

    @Option(help: "tsv: source<TAB>target per bead (an empty side for 1:0 and 0:1); json: beads with indices, texts, offsets, confidence and evidence.")
    var format: Format = .tsv

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let pair = try TranslationPair.load(
            source: source, target: target, sourceLanguage: sourceLanguage.language,
            targetLanguage: targetLanguage.language)
        let alignment = Aligner().align(AlignmentSide(document: pair.source), with: AlignmentSide(document: pair.target))
        let data: Data
        switch format {
        case .tsv:
            data = Data(AlignmentTSV.text(of: alignment).utf8)
        case .json:
            data = try AlignmentReport(alignment).jsonData()
        }
        try OutputDestination(path: output).write(data)
    }
}
