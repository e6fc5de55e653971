import ArgumentParser
import Foundation
import TaiyakuKit

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut a release into headings, sentences and list items.",
        discussion: """
            Offsets in JSON are UTF-16 code units from the start of the file's text (a byte order mark is not \
            counted), end exclusive.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case lines
        case json
    }

    @Argument(help: "A UTF-8 text file.")
    var file: String

    @Option(help: "The language of the file: en, ja or auto (judged from its script).")
    var lang: LanguageOption = .auto

    @Option(help: "lines: one segment per line (control characters shown as \\u001B); json: every segment with its kind, paragraph and offsets.")
    var format: Format = .lines

    func run() throws {
        let document = try Document.load(contentsOf: file)
        let language = try lang.resolve(for: document)
        let segmented = try Segmenter(language: language).segment(document)
        switch format {
        case .lines:
            var output = ""
            for segment in segmented.segments {
                // A terminal never receives the document's control characters (one segment stays one line).
                output += TerminalText.escaped(segment.text)
                output += "\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        case .json:
            let report = SegmentationReport(segmented)
            FileHandle.standardOutput.write(try report.jsonData())
        }
    }
}
