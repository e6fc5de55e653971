extension HTMLReportWriter {
    /// One file of a batch's HTML report.
    public struct Page: Sendable, Equatable {
        /// A plain file name (no folder): `index.html`, or `01-name.html` for a pair.
        public let fileName: String
        public let html: String
    }

    /// The name of the batch's index page.
    public static let indexFileName = "index.html"

    /// A batch as a folder of pages: one page per reviewed pair, linking back to the index, then `index.html`
    /// listing every pair in order with its counts and a link to its page (or the error that stopped it), the
    /// totals and the files without a partner. The caller writes the pages into one folder.
    public func pages(for batch: BatchReview) -> [Page] {
        let digits = String(batch.entries.count).count
        var pages: [Page] = []
        var rows: [XMLElement.Child] = [
            .element(XMLElement("tr", children: ["pair", "source", "target", "errors", "warnings", "notes", "aligned beads", "status"]
                .map { .element(XMLElement("th", text: $0)) }))
        ]
        for (index, entry) in batch.entries.enumerated() {
            let number = String(index + 1)
            let fileName = String(repeating: "0", count: digits - number.count) + number + "-" + Self.fileNameStem(entry.pair.name) + ".html"
            var cells: [XMLElement.Child] = []
            if let review = entry.review {
                pages.append(Page(fileName: fileName, html: document(for: review, indexLink: Self.indexFileName)))
                let counts = review.counts
                cells.append(.element(XMLElement("td", children: [
                    .element(XMLElement("a", attributes: [("href", fileName)], text: entry.pair.name))
                ])))
                cells += [entry.pair.source, entry.pair.target].map { .element(XMLElement("td", attributes: [("class", "path")], text: $0)) }
                for severity in Finding.Severity.allCases.reversed() {
                    let count = counts[severity] ?? 0
                    cells.append(.element(XMLElement(
                        "td", attributes: [("class", count > 0 ? "count \(severity.rawValue)" : "count")], text: "\(count)")))
                }
                cells.append(.element(XMLElement(
                    "td", attributes: [("class", "count")], text: "\(review.beads.filter(\.isAligned).count)/\(review.beads.count)")))
                cells.append(.element(XMLElement("td", attributes: [("class", "status ok")], text: "ok")))
            } else {
                cells.append(.element(XMLElement("td", text: entry.pair.name)))
                cells += [entry.pair.source, entry.pair.target].map { .element(XMLElement("td", attributes: [("class", "path")], text: $0)) }
                cells += (0..<4).map { _ in .element(XMLElement("td", attributes: [("class", "count")], text: "-")) }
                cells.append(.element(XMLElement("td", attributes: [("class", "status failed")], text: "failed: \(entry.failure ?? "")")))
            }
            rows.append(.element(XMLElement("tr", attributes: [("class", entry.review == nil ? "pair failed" : "pair")], children: cells)))
        }
        let totals = batch.totals
        rows.append(.element(XMLElement("tr", attributes: [("class", "totals")], children: [
            .element(XMLElement("td", attributes: [("colspan", "3")], text: "total")),
            .element(XMLElement("td", attributes: [("class", "count")], text: "\(totals.errors)")),
            .element(XMLElement("td", attributes: [("class", "count")], text: "\(totals.warnings)")),
            .element(XMLElement("td", attributes: [("class", "count")], text: "\(totals.notes)")),
            .element(XMLElement("td", attributes: [("class", "count")], text: "\(totals.aligned)/\(totals.beads)")),
            .element(XMLElement("td", text: "\(totals.reviewed) reviewed, \(totals.failed) failed")),
        ])))
        let title = "Taiyaku batch review: \(totals.pairs) pair\(totals.pairs == 1 ? "" : "s")"
        var main: [XMLElement.Child] = [
            .element(XMLElement("header", children: [
                .element(XMLElement("h1", text: title)),
                .element(XMLElement("p", attributes: [("class", "meta")], text:
                    "\(Self.count(totals.errors, "error")), \(Self.count(totals.warnings, "warning")), "
                    + "\(Self.count(totals.notes, "note")) · taiyaku \(toolVersion)")),
            ])),
            .element(XMLElement("table", attributes: [("class", "pairs")], children: rows)),
        ]
        if !batch.unpaired.isEmpty {
            main.append(.element(XMLElement("section", attributes: [("class", "findings")], children: [
                .element(XMLElement("h2", text: "Unpaired files (no partner found)")),
                .element(XMLElement("ul", children: batch.unpaired.map { .element(XMLElement("li", attributes: [("class", "path")], text: $0)) })),
            ])))
        }
        let head = XMLElement("head", children: [
            .element(XMLElement("meta", attributes: [("charset", "utf-8")])),
            .element(XMLElement("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])),
            .element(XMLElement("title", text: title)),
            .element(XMLElement("style", children: [.raw(Self.styleSheet + "\n" + Self.indexStyleSheet)])),
        ])
        let index = XMLElement("html", attributes: [("lang", "en")], children: [
            .element(head), .element(XMLElement("body", children: main)),
        ])
        return pages + [Page(fileName: Self.indexFileName, html: index.htmlDocument())]
    }

    /// `1 error`, `2 errors`.
    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    /// `name` as a portable file name part: ASCII letters, digits, `.`, `-` and `_` kept, anything else `_`.
    static func fileNameStem(_ name: String) -> String {
        let stem = String(name.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        })
        return stem.isEmpty ? "pair" : stem
    }

    static let indexStyleSheet = """
        table.pairs { border-collapse: collapse; margin: 16px 24px 48px; width: calc(100% - 48px); background: #fff; border: 1px solid var(--line); }
        table.pairs th { background: #eef1f4; text-align: left; font-size: 13px; padding: 6px 10px; border-bottom: 1px solid var(--line); }
        table.pairs td.path { color: var(--muted); font-size: 13px; word-break: break-all; }
        table.pairs td.count { text-align: right; font-variant-numeric: tabular-nums; }
        table.pairs td.count.error { color: var(--error); font-weight: 600; }
        table.pairs td.count.warning { color: var(--warning); font-weight: 600; }
        table.pairs td.count.note { color: var(--note); }
        table.pairs td.status.failed { color: var(--error); }
        table.pairs tr.totals td { font-weight: 600; background: #f6f8fa; }
        li.path { font-family: ui-monospace, monospace; font-size: 13px; }
        """
}
