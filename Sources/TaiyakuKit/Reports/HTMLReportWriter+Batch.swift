import Foundation

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
        let pages = batch.entries.enumerated().compactMap { number, entry in
            page(for: entry, number: number + 1, of: batch.entries.count)
        }
        return pages + [index(for: BatchSummary(batch))]
    }

    /// A batch's HTML pages made pair by pair: each reviewed pair's page is handed to `writePage` as the pair comes
    /// and then dropped, so only the index's rows are kept (in the `BatchSummary`); `report(summary:)` is the index.
    public struct BatchBuilder: BatchReportBuilder {
        public let writer: HTMLReportWriter
        /// How many pairs the batch has: page names are zero-padded to its digits.
        public let pairCount: Int
        private let writePage: (Page) throws -> Void
        private var added = 0

        /// - Parameter writePage: called with each reviewed pair's page, in pair order.
        public init(writer: HTMLReportWriter, pairCount: Int, writePage: @escaping (Page) throws -> Void) {
            self.writer = writer
            self.pairCount = pairCount
            self.writePage = writePage
        }

        /// Makes and hands over the pair's page, when it was reviewed.
        /// - Throws: what `writePage` throws.
        public mutating func add(_ entry: BatchReview.Entry) throws {
            added += 1
            if let page = writer.page(for: entry, number: added, of: pairCount) {
                try writePage(page)
            }
        }

        /// The index page (`index.html`) as UTF-8.
        public func report(summary: BatchSummary) -> Data {
            Data(writer.index(for: summary).html.utf8)
        }
    }

    /// The page of a reviewed pair, named by its place in the batch; nil for a pair that failed.
    /// - Parameters:
    ///   - number: the pair's place in the batch, from 1.
    ///   - count: how many pairs the batch has (page names are zero-padded to its digits).
    public func page(for entry: BatchReview.Entry, number: Int, of count: Int) -> Page? {
        guard let review = entry.review else { return nil }
        return Page(fileName: Self.fileName(for: entry.pair, number: number, of: count), html: document(for: review, indexLink: Self.indexFileName))
    }

    /// `index.html`: every pair in order with its counts and a link to its page (or the error that stopped it), the
    /// totals and the files without a partner.
    public func index(for summary: BatchSummary) -> Page {
        var rows: [MarkupElement.Child] = [
            .element(MarkupElement("tr", children: ["pair", "source", "target", "errors", "warnings", "notes", "aligned beads", "status"]
                .map { .element(MarkupElement("th", text: $0)) }))
        ]
        for (index, row) in summary.rows.enumerated() {
            var cells: [MarkupElement.Child] = []
            switch row.outcome {
            case .reviewed(let counts):
                let fileName = Self.fileName(for: row.pair, number: index + 1, of: summary.rows.count)
                cells.append(.element(MarkupElement("td", children: [
                    .element(MarkupElement("a", attributes: [("href", fileName)], text: row.pair.name))
                ])))
                cells += [row.pair.source, row.pair.target].map { .element(MarkupElement("td", attributes: [("class", "path")], text: $0)) }
                for severity in Finding.Severity.allCases.reversed() {
                    let count = counts.count(of: severity)
                    cells.append(.element(MarkupElement(
                        "td", attributes: [("class", count > 0 ? "count \(severity.rawValue)" : "count")], text: "\(count)")))
                }
                cells.append(.element(MarkupElement("td", attributes: [("class", "count")], text: "\(counts.aligned)/\(counts.beads)")))
                cells.append(.element(MarkupElement("td", attributes: [("class", "status ok")], text: "ok")))
            case .failed(let message):
                cells.append(.element(MarkupElement("td", text: row.pair.name)))
                cells += [row.pair.source, row.pair.target].map { .element(MarkupElement("td", attributes: [("class", "path")], text: $0)) }
                cells += (0..<4).map { _ in .element(MarkupElement("td", attributes: [("class", "count")], text: "-")) }
                cells.append(.element(MarkupElement("td", attributes: [("class", "status failed")], text: "failed: \(message)")))
            }
            rows.append(.element(MarkupElement("tr", attributes: [("class", row.counts == nil ? "pair failed" : "pair")], children: cells)))
        }
        let totals = summary.totals
        rows.append(.element(MarkupElement("tr", attributes: [("class", "totals")], children: [
            .element(MarkupElement("td", attributes: [("colspan", "3")], text: "total")),
            .element(MarkupElement("td", attributes: [("class", "count")], text: "\(totals.errors)")),
            .element(MarkupElement("td", attributes: [("class", "count")], text: "\(totals.warnings)")),
            .element(MarkupElement("td", attributes: [("class", "count")], text: "\(totals.notes)")),
            .element(MarkupElement("td", attributes: [("class", "count")], text: "\(totals.aligned)/\(totals.beads)")),
            .element(MarkupElement("td", text: "\(totals.reviewed) reviewed, \(totals.failed) failed")),
        ])))
        let title = "Taiyaku batch review: \(totals.pairs) pair\(totals.pairs == 1 ? "" : "s")"
        var main: [MarkupElement.Child] = [
            .element(MarkupElement("header", children: [
                .element(MarkupElement("h1", text: title)),
                .element(MarkupElement("p", attributes: [("class", "meta")], text:
                    "\(Self.counted(totals.errors, "error")), \(Self.counted(totals.warnings, "warning")), "
                    + "\(Self.counted(totals.notes, "note")) · taiyaku \(toolVersion)")),
            ])),
            .element(MarkupElement("table", attributes: [("class", "pairs")], children: rows)),
        ]
        if !summary.unpaired.isEmpty {
            main.append(.element(MarkupElement("section", attributes: [("class", "findings")], children: [
                .element(MarkupElement("h2", text: "Unpaired files (no partner found)")),
                .element(MarkupElement("ul", children: summary.unpaired.map { .element(MarkupElement("li", attributes: [("class", "path")], text: $0)) })),
            ])))
        }
        let head = MarkupElement("head", children: [
            .element(MarkupElement("meta", attributes: [("charset", "utf-8")])),
            .element(MarkupElement("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])),
            .element(MarkupElement("title", text: title)),
            .element(MarkupElement("style", children: [.raw(Self.styleSheet + "\n" + Self.indexStyleSheet)])),
        ])
        let index = MarkupElement("html", attributes: [("lang", "en")], children: [
            .element(head), .element(MarkupElement("body", children: main)),
        ])
        return Page(fileName: Self.indexFileName, html: index.htmlDocument())
    }

    /// The name of the page of the pair at `number` (from 1) of `count`: the number zero-padded to the digits of
    /// `count`, then the name as a portable file name (`01-004.html`).
    package static func fileName(for pair: BatchPair, number: Int, of count: Int) -> String {
        let digits = String(count).count
        let number = String(number)
        return String(repeating: "0", count: max(0, digits - number.count)) + number + "-" + fileNameStem(pair.name) + ".html"
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
