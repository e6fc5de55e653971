extension TextReportWriter {
    /// A batch for people: each reviewed pair's report under a heading naming the pair, then the summary table.
    public func text(for batch: BatchReview) -> String {
        var output = ""
        for entry in batch.entries {
            guard let review = entry.review else { continue }
            output += heading("== \(entry.pair.name): \(entry.pair.source) ↔ \(entry.pair.target) ==") + "\n\n"
            output += text(for: review) + "\n"
        }
        return output + summaryTable(for: batch)
    }

    /// One row per pair (findings by severity, aligned beads of all beads, `ok` or `failed: message`), a totals
    /// row, then the files without a partner.
    ///
    /// ```
    /// pair    errors  warnings  notes  aligned beads  status
    /// 004          0        28      1          75/77  ok
    /// broken       -         -      -              -  failed: broken.ja.txt: invalid UTF-8 at byte 3
    /// total        0        28      1          75/77  1 reviewed, 1 failed
    /// ```
    public func summaryTable(for batch: BatchReview) -> String {
        var rows: [[String]] = [["pair", "errors", "warnings", "notes", "aligned beads", "status"]]
        for entry in batch.entries {
            if let review = entry.review {
                let counts = review.counts
                rows.append([
                    entry.pair.name, "\(counts[.error] ?? 0)", "\(counts[.warning] ?? 0)", "\(counts[.note] ?? 0)",
                    "\(review.beads.filter(\.isAligned).count)/\(review.beads.count)", "ok",
                ])
            } else {
                rows.append([entry.pair.name, "-", "-", "-", "-", "failed: \(entry.failure ?? "")"])
            }
        }
        let totals = batch.totals
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
        if !batch.unpaired.isEmpty {
            output += "\nunpaired (no partner found):\n"
            for path in batch.unpaired {
                output += "  \(path)\n"
            }
        }
        return output
    }

    private func heading(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// Columns `text` takes in a terminal: two for wide East Asian characters, one for the others.
    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            let wide = scalar.value <= 0xFFFF
                ? CharacterClass.isWide(UInt16(scalar.value)) : (0x20000...0x3FFFF).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }
}
