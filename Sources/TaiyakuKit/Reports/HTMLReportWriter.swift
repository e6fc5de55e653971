/// A self-contained HTML page for translators: the two documents side by side bead by bead, anchors and terms
/// highlighted, findings marked in place and listed at the top with links to them, unaligned sentences visible.
/// No network access: the style sheet and the small filtering script are inline.
public struct HTMLReportWriter: Sendable {
    public let toolVersion: String

    public init(toolVersion: String) {
        self.toolVersion = toolVersion
    }

    public func document(for review: Review) -> String {
        document(for: review, indexLink: nil)
    }

    /// The page of one review; `indexLink`, when given, is the address of the batch index the header links back to.
    func document(for review: Review, indexLink: String?) -> String {
        let numbered = Array(review.findings.enumerated())
        var marks: [DocumentSide: [Int: [Mark]]] = [.source: [:], .target: [:]]
        for (number, finding) in numbered {
            for (side, location) in [(DocumentSide.source, finding.source), (.target, finding.target)] {
                guard let location else { continue }
                marks[side, default: [:]][location.segment, default: []].append(
                    Mark(range: location.textRange, classes: "finding \(finding.severity.rawValue)",
                         title: "\(finding.ruleID): \(finding.message)", id: side == .target || finding.target == nil ? "finding-\(number + 1)" : nil))
            }
        }
        for (side, highlights) in [(DocumentSide.source, review.sourceHighlights), (.target, review.targetHighlights)] {
            for (segment, list) in highlights.enumerated() {
                for highlight in list {
                    marks[side, default: [:]][segment, default: []].append(
                        Mark(range: highlight.range, classes: highlight.kind.rawValue, title: highlight.label, id: nil))
                }
            }
        }
        let title = "Taiyaku review: \(review.source.document.name) ↔ \(review.target.document.name)"
        let head = XMLElement("head", children: [
            .element(XMLElement("meta", attributes: [("charset", "utf-8")])),
            .element(XMLElement("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])),
            .element(XMLElement("title", text: title)),
            .element(XMLElement("style", children: [.raw(Self.styleSheet)])),
        ])
        let body = XMLElement("body", children: [
            .element(header(review, title: title, indexLink: indexLink)),
            .element(findingList(numbered, review: review)),
            .element(beadTable(review, marks: marks)),
            .element(XMLElement("script", children: [.raw(Self.script)])),
        ])
        return XMLElement("html", attributes: [("lang", "en")], children: [.element(head), .element(body)]).htmlDocument()
    }

    private struct Mark {
        let range: Range<Int>
        let classes: String
        let title: String
        let id: String?
    }

    private func header(_ review: Review, title: String, indexLink: String?) -> XMLElement {
        let counts = review.counts
        var chips: [XMLElement.Child] = []
        for severity in Finding.Severity.allCases.reversed() {
            let count = counts[severity] ?? 0
            chips.append(.element(XMLElement(
                "button", attributes: [("class", "chip \(severity.rawValue)"), ("data-filter", severity.rawValue), ("type", "button")],
                text: "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")")))
        }
        chips.append(.element(XMLElement("button", attributes: [("class", "chip"), ("data-filter", "all"), ("type", "button")], text: "show all")))
        let aligned = review.beads.filter(\.isAligned).count
        var top: [XMLElement.Child] = []
        if let indexLink {
            top.append(.element(XMLElement("p", attributes: [("class", "meta")], children: [
                .element(XMLElement("a", attributes: [("href", indexLink)], text: "← all pairs"))
            ])))
        }
        return XMLElement("header", children: top + [
            .element(XMLElement("h1", text: title)),
            .element(XMLElement("p", attributes: [("class", "meta")], text:
                "\(review.source.segments.count) source and \(review.target.segments.count) target segments in \(review.beads.count) beads (\(aligned) aligned) · taiyaku \(toolVersion)")),
            .element(XMLElement("div", attributes: [("class", "chips")], children: chips)),
            .element(XMLElement("p", attributes: [("class", "legend")], children: [
                .element(XMLElement("span", attributes: [("class", "anchor")], text: "date, number, name")),
                .element(XMLElement("span", attributes: [("class", "term")], text: "glossary term")),
                .element(XMLElement("mark", attributes: [("class", "finding error")], text: "finding")),
                .element(XMLElement("mark", attributes: [("class", "flag finding warning")], text: "⚑")),
                .text(" finding about the whole sentence · hover for details"),
            ])),
        ])
    }

    private func findingList(_ numbered: [(offset: Int, element: Finding)], review: Review) -> XMLElement {
        guard !numbered.isEmpty else {
            return XMLElement("section", attributes: [("class", "findings")], children: [.element(XMLElement("p", text: "No findings."))])
        }
        // Errors first, then warnings, then notes; in document order within each.
        let ordered = numbered.sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
        let items = ordered.map { number, finding -> XMLElement.Child in
            let bead = beadIndex(of: finding, in: review)
            var children: [XMLElement.Child] = [
                .element(XMLElement("span", attributes: [("class", "badge \(finding.severity.rawValue)")], text: finding.severity.rawValue)),
                .element(XMLElement("code", text: finding.ruleID)),
                .element(XMLElement("a", attributes: [("href", "#finding-\(number + 1)")], text: finding.message)),
            ]
            if let bead {
                children.append(.element(XMLElement("a", attributes: [("class", "where"), ("href", "#bead-\(bead + 1)")], text: "bead \(bead + 1)")))
            }
            if let suggestion = finding.suggestion {
                children.append(.element(XMLElement("span", attributes: [("class", "suggestion")], text: "→ \(suggestion)")))
            }
            return .element(XMLElement("li", attributes: [("class", "finding-item"), ("data-severity", finding.severity.rawValue)], children: children))
        }
        return XMLElement("section", attributes: [("class", "findings")], children: [
            .element(XMLElement("h2", text: "Findings")),
            .element(XMLElement("ol", children: items)),
        ])
    }

    private func beadIndex(of finding: Finding, in review: Review) -> Int? {
        review.beads.firstIndex { bead in
            (finding.source.map { bead.source.contains($0.segment) } ?? false)
                || (finding.target.map { bead.target.contains($0.segment) } ?? false)
        }
    }

    private func beadTable(_ review: Review, marks: [DocumentSide: [Int: [Mark]]]) -> XMLElement {
        var rows: [XMLElement.Child] = [
            .element(XMLElement("tr", children: [
                .element(XMLElement("th", text: "#")),
                .element(XMLElement("th", text: "\(review.source.document.name) (\(review.source.language.name))")),
                .element(XMLElement("th", text: "\(review.target.document.name) (\(review.target.language.name))")),
                .element(XMLElement("th", text: "confidence")),
            ]))
        ]
        for (index, bead) in review.beads.enumerated() {
            let state = bead.isAligned ? (bead.isUnsure ? "aligned unsure" : "aligned") : bead.target.isEmpty ? "omitted" : "added"
            let severities = Set(review.findings.filter { finding in
                (finding.source.map { bead.source.contains($0.segment) } ?? false) || (finding.target.map { bead.target.contains($0.segment) } ?? false)
            }.map(\.severity.rawValue)).sorted()
            rows.append(.element(XMLElement(
                "tr", attributes: [("id", "bead-\(index + 1)"), ("class", "bead \(state)"), ("data-severities", severities.joined(separator: " "))],
                children: [
                    .element(XMLElement("td", attributes: [("class", "number")], text: "\(index + 1)")),
                    .element(cell(bead.source, of: review.source, marks: marks[.source] ?? [:], placeholder: "no counterpart in the source")),
                    .element(cell(bead.target, of: review.target, marks: marks[.target] ?? [:], placeholder: "not translated")),
                    .element(confidenceCell(bead)),
                ])))
        }
        return XMLElement("table", attributes: [("class", "beads")], children: rows)
    }

    private func confidenceCell(_ bead: Bead) -> XMLElement {
        let percent = Int((bead.confidence * 100).rounded())
        if !bead.isAligned {
            let label = bead.target.isEmpty ? "omitted" : "added"
            return XMLElement("td", attributes: [("class", "confidence")], children: [
                .element(XMLElement("span", attributes: [("class", "state \(label)")], text: label)),
                .element(XMLElement("span", attributes: [("class", "value"), ("title", "how sure the aligner is that this has no counterpart")], text: " \(percent)% sure")),
            ])
        }
        return XMLElement("td", attributes: [("class", "confidence"), ("title", "how sure the aligner is that these sentences correspond")], children: [
            .element(XMLElement("span", attributes: [("class", "bar"), ("style", "width:\(percent)%")])),
            .element(XMLElement("span", attributes: [("class", "value")], text: "\(percent)%")),
        ])
    }

    private func cell(_ range: Range<Int>, of document: SegmentedDocument, marks: [Int: [Mark]], placeholder: String) -> XMLElement {
        guard !range.isEmpty else {
            return XMLElement("td", attributes: [("class", "side empty")], children: [.element(XMLElement("em", text: placeholder))])
        }
        var children: [XMLElement.Child] = []
        for index in range {
            let segment = document.segments[index]
            let location = document.document.location(of: segment.range.lowerBound)
            children.append(.element(XMLElement(
                "span", attributes: [("class", "segment \(segment.kind.rawValue)"), ("id", "\(document.language.rawValue)-\(index)"), ("title", "line \(location.line), column \(location.column)")],
                children: marked(segment.text, marks: marks[index] ?? []))))
            if index + 1 < range.upperBound {
                children.append(.text(" "))
            }
        }
        return XMLElement("td", attributes: [("class", "side"), ("lang", document.language.rawValue)], children: children)
    }

    /// The text with its marks as nested spans; a mark that overlaps an earlier one is clipped to stay well nested.
    private func marked(_ text: String, marks: [Mark]) -> [XMLElement.Child] {
        let units = Array(text.utf16)
        // A finding about the whole sentence is a flag before it, so that highlights inside stay readable.
        let isWholeFinding = { (mark: Mark) in mark.classes.hasPrefix("finding") && mark.range.lowerBound == 0 && mark.range.upperBound >= units.count }
        var children: [XMLElement.Child] = marks.filter(isWholeFinding).map { mark in
            var attributes = [("class", "flag " + mark.classes), ("title", mark.title)]
            if let id = mark.id { attributes.insert(("id", id), at: 0) }
            return .element(XMLElement("mark", attributes: attributes, text: "⚑"))
        }
        let ordered = marks.filter { !$0.range.isEmpty && $0.range.lowerBound < units.count && !isWholeFinding($0) }
            .sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var position = 0
        for mark in ordered where mark.range.lowerBound >= position {
            let upper = min(mark.range.upperBound, units.count)
            if mark.range.lowerBound > position {
                children.append(.text(String(decoding: units[position..<mark.range.lowerBound], as: UTF16.self)))
            }
            var attributes = [("class", mark.classes), ("title", mark.title)]
            if let id = mark.id { attributes.insert(("id", id), at: 0) }
            let inner = String(decoding: units[mark.range.lowerBound..<upper], as: UTF16.self)
            children.append(.element(XMLElement(mark.classes.hasPrefix("finding") ? "mark" : "span", attributes: attributes, text: inner)))
            position = upper
        }
        if position < units.count {
            children.append(.text(String(decoding: units[position...], as: UTF16.self)))
        }
        return children
    }

    static let styleSheet = """
        :root { --error: #b3261e; --warning: #a15c00; --note: #2f5d8a; --line: #d9dde3; --muted: #5f6368; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; color: #1f2328; background: #f6f8fa; }
        header { background: #fff; border-bottom: 1px solid var(--line); padding: 12px 24px; }
        h1 { font-size: 18px; margin: 0 0 4px; }
        h2 { font-size: 16px; margin: 0 0 8px; }
        .meta { color: var(--muted); margin: 0 0 8px; font-size: 13px; }
        .chips { display: flex; gap: 8px; flex-wrap: wrap; }
        .chip { border: 1px solid var(--line); background: #fff; border-radius: 999px; padding: 2px 12px; font: inherit; font-size: 13px; cursor: pointer; }
        .chip.error { color: var(--error); border-color: var(--error); }
        .chip.warning { color: var(--warning); border-color: var(--warning); }
        .chip.note { color: var(--note); border-color: var(--note); }
        .chip.active { background: #1f2328; color: #fff; }
        .findings { margin: 16px 24px; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; max-height: 40vh; overflow: auto; }
        .findings ol { margin: 0; padding-left: 24px; }
        .findings li { margin: 4px 0; }
        .findings code { background: #eef1f4; border-radius: 4px; padding: 0 4px; margin: 0 6px; font-size: 12px; }
        .findings a { color: inherit; }
        .findings .where { color: var(--muted); font-size: 12px; margin-left: 8px; }
        .suggestion { color: var(--muted); margin-left: 8px; font-size: 13px; }
        .badge { display: inline-block; min-width: 64px; text-align: center; border-radius: 4px; color: #fff; font-size: 12px; padding: 0 6px; }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.note { background: var(--note); }
        table.beads { border-collapse: collapse; margin: 0 24px 48px; width: calc(100% - 48px); background: #fff; border: 1px solid var(--line); table-layout: fixed; }
        table.beads th { position: sticky; top: 0; z-index: 1; background: #eef1f4; text-align: left; font-size: 13px; padding: 6px 10px; border-bottom: 1px solid var(--line); }
        table.beads th:first-child { width: 48px; } table.beads th:last-child { width: 110px; }
        td { vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
        td.number { color: var(--muted); font-size: 12px; text-align: right; }
        tr.omitted td.side:not(.empty) { background: #fdecea; }
        tr.added td.side:not(.empty) { background: #fff4e0; }
        tr.unsure td.side { background: #f3f0ff; }
        td.empty em { color: var(--muted); font-size: 13px; }
        tr:target td { outline: 2px solid #1f6feb; outline-offset: -2px; }
        .segment.heading { font-weight: 600; }
        .segment + .segment { border-left: 2px solid #c8d1dc; padding-left: 6px; margin-left: 4px; }
        .state { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px; }
        .state.omitted { background: var(--error); } .state.added { background: var(--warning); }
        mark.finding { background: none; border-bottom: 3px solid; padding: 0 1px; }
        mark.finding.error { border-color: var(--error); background: #fdecea; }
        mark.finding.warning { border-color: var(--warning); background: #fff4e0; }
        mark.finding.note { border-color: var(--note); background: #e8f0fa; }
        mark.finding:target { outline: 2px solid #1f6feb; }
        span.anchor { background: #e6f4ea; border-radius: 3px; }
        span.term { background: #fff8c5; border-radius: 3px; }
        mark.flag { border: none; border-radius: 3px; padding: 0 3px; margin-right: 4px; color: #fff; font-size: 12px; vertical-align: 1px; }
        mark.flag.error { background: var(--error); } mark.flag.warning { background: var(--warning); } mark.flag.note { background: var(--note); }
        .legend { margin: 8px 0 0; font-size: 12px; color: var(--muted); display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
        .legend span, .legend mark { padding: 0 4px; }
        td.confidence { font-size: 12px; color: var(--muted); }
        td.confidence .bar { display: block; height: 4px; background: #1f6feb; border-radius: 2px; margin: 6px 0 2px; }
        body.filtered tr.bead:not(.match) { display: none; }
        body.filtered li.finding-item:not(.match) { display: none; }
        """

    static let script = """
        document.querySelectorAll('.chip').forEach(function (chip) {
          chip.addEventListener('click', function () {
            var filter = chip.getAttribute('data-filter');
            document.querySelectorAll('.chip').forEach(function (c) { c.classList.toggle('active', c === chip && filter !== 'all'); });
            document.body.classList.toggle('filtered', filter !== 'all');
            document.querySelectorAll('tr.bead').forEach(function (row) {
              row.classList.toggle('match', (row.getAttribute('data-severities') || '').split(' ').indexOf(filter) !== -1);
            });
            document.querySelectorAll('li.finding-item').forEach(function (item) {
              item.classList.toggle('match', item.getAttribute('data-severity') === filter);
            });
          });
        });
        """
}
