import Foundation

extension TextReportWriter {
    /// A batch's text built pair by pair: each reviewed pair's section as it comes, then the summary table.
    public struct BatchBuilder: BatchReportBuilder {
        public let writer: TextReportWriter
        private var sections: [String] = []

        public init(writer: TextReportWriter) {
            self.writer = writer
        }

        public mutating func add(_ entry: BatchReview.Entry) {
            sections.append(writer.section(for: entry))
        }

        /// The sections in pair order, then the summary table.
        public func text(summary: BatchSummary) -> String {
            sections.joined() + writer.summaryTable(for: summary)
        }

        /// The text as UTF-8, made without first joining it into one string (a batch's text runs to megabytes).
        public func report(summary: BatchSummary) -> Data {
            let table = writer.summaryTable(for: summary)
            var data = Data(capacity: sections.reduce(table.utf8.count) { $0 + $1.utf8.count })
            for section in sections {
                data.append(contentsOf: section.utf8)
            }
            data.append(contentsOf: table.utf8)
            return data
        }
    }

    /// A batch for people: each reviewed pair's report under a heading naming the pair, then the summary table.
    public func text(for batch: BatchReview) -> String {
        var builder = BatchBuilder(writer: self)
        for entry in batch.entries {
            builder.add(entry)
        }
        return builder.text(summary: BatchSummary(batch))
    }

    /// One pair's part of a batch's text: a heading naming the pair, its report and a blank line; nothing for a pair
    /// that failed (the summary table gives its error).
    public func section(for entry: BatchReview.Entry) -> String {
        guard let review = entry.review else { return "" }
        let title = "== \(entry.pair.name): \(entry.pair.source) ↔ \(entry.pair.target) =="
        return heading(TerminalText.escaped(title)) + "\n\n" + text(for: review) + "\n"
    }

    /// The summary table of a batch reviewed in full.
    public func summaryTable(for batch: BatchReview) -> String {
        summaryTable(for: BatchSummary(batch))
    }

    /// One row per pair, names and messages with their control characters escaped (findings by severity, aligned beads of all beads, `ok` or `failed: message`), a totals
    /// row, then the files without a partner.
    ///
    /// ```
    /// pair    errors  warnings  notes  aligned beads  status
    /// 004          0        28      1          75/77  ok
    /// broken       -         -      -              -  failed: broken.ja.txt: invalid UTF-8 at byte 3
    /// total        0        28      1          75/77  1 reviewed, 1 failed
    /// ```
    public func summaryTable(for summary: BatchSummary) -> String {
        var rows: [[String]] = [["pair", "errors", "warnings", "notes", "aligned beads", "status"]]
        for row in summary.rows {
            switch row.outcome {
            case .reviewed(let counts):
                rows.append([
                    TerminalText.escaped(row.pair.name), "\(counts.errors)", "\(counts.warnings)", "\(counts.notes)", "\(counts.aligned)/\(counts.beads)", "ok",
                ])
            case .failed(let message):
                rows.append([TerminalText.escaped(row.pair.name), "-", "-", "-", "-", "failed: " + TerminalText.escaped(message)])
            }
        }
        let totals = summary.totals
        rows.append([
            "total", "\(totals.errors)", "\(totals.warnings)", "\(totals.notes)", "\(totals.aligned)/\(totals.beads)",
            "\(totals.reviewed) reviewed, \(totals.failed) failed",
        ])
        let widths = (0..<5).map { column in rows.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        var output = ""
        for (number, row) in rows.enumerated() {
            var line = ""
            for column in 0..<5 {
                let padding = String(repeating: " ", count: widths[column] - Self.displayWidth(row[column]))
                // The pair name is left-aligned, the numbers right-aligned.
                line += column == 0 ? row[column] + padding : padding + row[column]
                line += "  "
            }
            line += row[5]
            output += (number == 0 || number == rows.count - 1 ? heading(line) : line) + "\n"
        }
        if !summary.unpaired.isEmpty {
            output += "\nunpaired (no partner found):\n"
            for path in summary.unpaired {
                output += "  " + TerminalText.escaped(path) + "\n"
            }
        }
        return output
    }

    private func heading(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// Columns `text` takes in a terminal: two for wide East Asian characters, one for the others.
    static func displayWidth(_ text: String) -> Int {
        TerminalText.width(text)
    }
}
