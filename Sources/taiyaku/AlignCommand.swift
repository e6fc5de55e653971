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
        case tmx
    }

    @Argument(help: "The source release (English by default).")
    var source: String

    @Argument(help: "Its translation (Japanese by default).")
    var target: String

    @OptionGroup var languages: PairLanguageOptions

    @OptionGroup var terminologyOptions: GlossaryOptions

    @Option(help: "tsv: source<TAB>target per bead (an empty side for 1:0 and 0:1); json: beads with indices, texts, offsets, confidence and evidence; tmx: TMX 1.4b of the aligned beads.")
    var format: Format = .tsv

    @Option(help: "Write to this file (atomically; never over an input) instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("A JSON file of aligner parameters overriding the standard ones (for tuning).", visibility: .hidden))
    var parameters: String?

    func run() throws {
        var files = RunFiles()
        files.reads("the source", source)
        files.reads("the target", target)
        for (role, path) in terminologyOptions.inputPaths { files.reads(role, path) }
        files.reads("--parameters", parameters)
        files.writes("--output", output)
        try files.verify()

        let pair = try TranslationPair.load(
            source: source, target: target, sourceLanguage: languages.sourceLanguage.language,
            targetLanguage: languages.targetLanguage.language)
        var aligner = Aligner()
        if let parameters {
            aligner.parameters = try AlignmentParameters.decode(Data(try Document.load(contentsOf: parameters).text.utf8), file: parameters)
        }
        // The same evidence as `check` (anchors and glossary terms), so both commands pair the documents alike.
        let (terminology, lexicon) = try terminologyOptions.resources()
        let alignment = try Reviewer(aligner: aligner, checks: [], terminology: terminology, lexicon: lexicon)
            .alignment(for: pair)
        if let note = Limits.standard.narrowingNote(for: alignment, parameters: aligner.parameters) {
            ReportNotice.say("note: " + note.message)
        }
        let data: Data
        switch format {
        case .tsv:
            data = Data(AlignmentTSV.text(of: alignment).utf8)
        case .json:
            data = try AlignmentReport(alignment).jsonData()
        case .tmx:
            data = Data(TMXWriter(toolVersion: Taiyaku.configuration.version).document(for: alignment).utf8)
        }
        try OutputDestination(path: output).write(data)
    }
}
