import ArgumentParser
import Foundation
import TaiyakuKit

struct AnchorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anchors",
        abstract: "List the dates, numbers and names of a release, normalised to values comparable across languages.",
        discussion: """
            Relative dates (this year, 本年) and dates without a year are read against the document date: --date, \
            else the first full date in the document's heading. Offsets in JSON are UTF-16 code units from the start \
            of the file's text, end exclusive.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "A UTF-8 text file.")
    var file: String

    @Option(help: "The language of the file: en, ja or auto (judged from its script).")
    var lang: LanguageOption = .auto

    @Option(help: "text: one line per anchor (LINE:COL  kind  value  «surface»); json: every anchor with offsets.")
    var format: Format = .text

    @Option(help: "The document date, YYYY-MM-DD (default: the first full date in the document's heading).")
    var date: String?

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date must be a real day in the form YYYY-MM-DD, not '\(date)'")
        }
    }

    func run() throws {
        let document = try Document.load(contentsOf: file)
        let language = try lang.resolve(for: document)
        let segmented = try Segmenter(language: language).segment(document)
        let documentDate = date.flatMap(CalendarDate.init(iso:)) ?? DocumentDate.find(in: segmented)
        let extractor = AnchorExtractor(language: language, documentDate: documentDate)
        let report = AnchorReport(segmented, anchors: try extractor.anchors(in: segmented), documentDate: documentDate)
        switch format {
        case .text:
            FileHandle.standardOutput.write(Data(report.text().utf8))
        case .json:
            FileHandle.standardOutput.write(try report.jsonData())
        }
    }
}
