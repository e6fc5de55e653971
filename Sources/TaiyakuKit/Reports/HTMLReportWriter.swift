import Foundation

/// A self-contained HTML page for translators: the findings on top (what to fix first), then the two documents side
/// by side row by row (a row is a bead), every finding marked in place with its number and its message and fix
/// beside it, unaligned sentences and unsure rows visible.
///
/// With scripts: filters by severity, rule and low confidence (a filtered view keeps one neighbouring row on each
/// side), next/previous finding (`j`/`k`, `n`/`p`), and accepting findings, exported as a baseline file that
/// `taiyaku check --baseline` reads. Without them the page reads the same, unfiltered; the anchor and glossary-term
/// layers are check boxes that work by style sheet alone. Nothing is loaded from the network; a print style sheet
/// leaves out the controls.
///
/// - Complexity: linear in beads, segments, findings and highlights (see `HTMLFindingPlacement`), with a logarithmic
///   factor for the marks of one segment (`HTMLMarkedText`).
public struct HTMLReportWriter: Sendable {
    public let toolVersion: String
    /// The directory the exported baseline's paths are relative to (the run's, as for `--write-baseline`); nil:
    /// the documents' names as they are.
    public let workingDirectory: String?

    public init(toolVersion: String, workingDirectory: String? = nil) {
        self.toolVersion = toolVersion
        self.workingDirectory = workingDirectory
    }

    public func document(for review: Review) -> String {
        document(for: review, indexLink: nil)
    }

    /// The page of one review; `indexLink`, when given, is the address of the batch index the header links back to.
    func document(for review: Review, indexLink: String?) -> String {
        let placement = HTMLFindingPlacement(review)
        let title = "Taiyaku review: \(review.source.document.name) ↔ \(review.target.document.name)"
        let pair = workingDirectory.map { ArtifactPair(review, workingDirectory: $0) }
            ?? ArtifactPair(source: review.source.document.name, target: review.target.document.name)
        let head = MarkupElement("head", children: [
            .element(MarkupElement("meta", attributes: [("charset", "utf-8")])),
            .element(MarkupElement("meta", attributes: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])),
            .element(MarkupElement("title", text: title)),
            .element(MarkupElement("style", children: [.raw(Self.styleSheet)])),
        ])
        let body = MarkupElement("body", attributes: [
            ("data-source", pair.source), ("data-target", pair.target), ("data-baseline-version", "\(Baseline.currentVersion)"),
        ], children: [
            .element(header(review, placement: placement, title: title, indexLink: indexLink)),
            .element(findingList(placement)),
            .element(beadTable(review, placement: placement)),
            .element(exportSection()),
            .element(MarkupElement("script", children: [.raw(Self.script)])),
        ])
        return MarkupElement("html", attributes: [("lang", "en")], children: [.element(head), .element(body)]).htmlDocument()
    }

    private func header(_ review: Review, placement: HTMLFindingPlacement, title: String, indexLink: String?) -> MarkupElement {
        let counts = review.counts
        var severityChips: [MarkupElement.Child] = []
        for severity in Finding.Severity.allCases.reversed() {
            let count = counts[severity] ?? 0
            severityChips.append(.element(MarkupElement(
                "button", attributes: [
                    ("class", "chip \(severity.rawValue)"), ("data-severity", severity.rawValue), ("type", "button"),
                    ("aria-pressed", "false"), ("title", "show only rows with \(severity.rawValue)s (press several to combine)"),
                ],
                text: "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")")))
        }
        var ruleCounts: [String: Int] = [:]
        for finding in placement.findings { ruleCounts[finding.ruleID, default: 0] += 1 }
        var options: [MarkupElement.Child] = [.element(MarkupElement("option", attributes: [("value", "")], text: "every rule"))]
        for rule in ruleCounts.keys.sorted() {
            options.append(.element(MarkupElement("option", attributes: [("value", rule)], text: "\(rule) (\(ruleCounts[rule] ?? 0))")))
        }
        let unsure = review.beads.filter { $0.isAligned && $0.isUnsure }.count
        let aligned = review.beads.filter(\.isAligned).count
        var top: [MarkupElement.Child] = []
        if let indexLink {
            top.append(.element(MarkupElement("p", attributes: [("class", "meta")], children: [
                .element(MarkupElement("a", attributes: [("href", indexLink)], text: "← all pairs"))
            ])))
        }
        let filters = MarkupElement("div", attributes: [("class", "toolbar needs-script"), ("role", "toolbar"), ("aria-label", "filters")], children: severityChips + [
            .element(MarkupElement("label", children: [
                .text("rule "),
                .element(MarkupElement("select", attributes: [("id", "rule-filter")], children: options)),
            ])),
            .element(MarkupElement("label", attributes: [("class", "check")], children: [
                .element(MarkupElement("input", attributes: [("type", "checkbox"), ("id", "unsure-filter")])),
                .text(" unsure rows only (\(unsure))"),
            ])),
            .element(MarkupElement("span", attributes: [("class", "nav")], children: [
                .element(MarkupElement("button", attributes: [("type", "button"), ("id", "previous"), ("title", "previous finding (k or p)")], text: "↑ previous")),
                .element(MarkupElement("span", attributes: [("id", "position")], text: "– / \(placement.findings.count)")),
                .element(MarkupElement("button", attributes: [("type", "button"), ("id", "next"), ("title", "next finding (j or n)")], text: "next ↓")),
            ])),
            .element(MarkupElement("span", attributes: [("class", "accepting")], children: [
                .element(MarkupElement("span", attributes: [("id", "accepted-count")], text: "0 accepted")),
                .element(MarkupElement("button", attributes: [("type", "button"), ("id", "export"), ("title", "the accepted findings as a baseline for taiyaku check --baseline")], text: "export baseline")),
            ])),
        ])
        let layers = MarkupElement("div", attributes: [("class", "layers")], children: [
            .text("show: "),
            .element(MarkupElement("label", attributes: [("class", "check")], children: [
                .element(MarkupElement("input", attributes: [("type", "checkbox"), ("id", "layer-anchor")])),
                .text(" "),
                .element(MarkupElement("span", attributes: [("class", "swatch anchor")], text: "dates, numbers, names")),
            ])),
            .element(MarkupElement("label", attributes: [("class", "check")], children: [
                .element(MarkupElement("input", attributes: [("type", "checkbox"), ("id", "layer-term")])),
                .text(" "),
                .element(MarkupElement("span", attributes: [("class", "swatch term")], text: "glossary terms")),
            ])),
            .element(MarkupElement("span", attributes: [("class", "legend")], children: [
                .element(MarkupElement("mark", attributes: [("class", "finding error")], text: "finding")),
                .element(MarkupElement("mark", attributes: [("class", "flag finding warning")], text: "⚑")),
                .text(" about the whole sentence · "),
                .element(MarkupElement("span", attributes: [("class", "keys needs-script")], text: "j / k: next / previous finding")),
            ])),
        ])
        return MarkupElement("header", children: top + [
            .element(MarkupElement("h1", text: title)),
            .element(MarkupElement("p", attributes: [("class", "meta")], text:
                "\(Self.counted(counts[.error] ?? 0, "error")), \(Self.counted(counts[.warning] ?? 0, "warning")), "
                + "\(Self.counted(counts[.note] ?? 0, "note")) · \(review.source.segments.count) ↔ \(review.target.segments.count) "
                + "sentences in \(review.beads.count) rows (\(aligned) paired, \(unsure) unsure) · taiyaku \(toolVersion)")),
            .element(filters),
            .element(layers),
        ])
    }

    /// The findings in reading order, each with its severity, rule, message (linking to its mark), row and fix.
    private func findingList(_ placement: HTMLFindingPlacement) -> MarkupElement {
        guard !placement.findings.isEmpty else {
            return MarkupElement("section", attributes: [("class", "findings")], children: [.element(MarkupElement("p", text: "No findings."))])
        }
        let items = placement.findings.enumerated().map { index, finding -> MarkupElement.Child in
            let number = index + 1
            var children: [MarkupElement.Child] = [
                .element(acceptBox(number)),
                .element(MarkupElement("span", attributes: [("class", "badge \(finding.severity.rawValue)")], text: finding.severity.rawValue)),
                .element(MarkupElement("a", attributes: [("class", "message"), ("href", "#finding-\(number)")], text: finding.message)),
            ]
            if let suggestion = finding.suggestion {
                children.append(.element(MarkupElement("span", attributes: [("class", "suggestion")], text: "→ \(suggestion)")))
            }
            children.append(.element(MarkupElement("code", text: finding.ruleID)))
            if let bead = placement.beadOfFinding[index] {
                children.append(.element(MarkupElement("a", attributes: [("class", "where"), ("href", "#bead-\(bead + 1)")], text: "row \(bead + 1)")))
            }
            return .element(MarkupElement("li", attributes: [
                ("id", "item-\(number)"), ("class", "finding-item \(finding.severity.rawValue)"), ("value", "\(number)"),
                ("data-finding", "\(number)"), ("data-severity", finding.severity.rawValue), ("data-rule", finding.ruleID),
                ("data-fingerprint", finding.fingerprint), ("data-message", finding.message),
            ], children: children))
        }
        // Findings about the original alone (they come last) under a heading of their own.
        let translationCount = placement.findings.prefix { $0.subject == .translation }.count
        var children: [MarkupElement.Child] = [
            .element(MarkupElement("h2", text: "Findings: what to fix first")),
            .element(MarkupElement("ol", children: Array(items[..<translationCount]))),
        ]
        if translationCount < items.count {
            children.append(.element(MarkupElement("h3", text: "About the original alone (the translation is not at fault)")))
            children.append(.element(MarkupElement("ol", attributes: [("start", "\(translationCount + 1)")], children: Array(items[translationCount...]))))
        }
        return MarkupElement("section", attributes: [("class", "findings")], children: children)
    }

    /// The check box that accepts finding `number` (kept in step with its twin in the row by the script).
    private func acceptBox(_ number: Int) -> MarkupElement {
        MarkupElement("label", attributes: [("class", "accept needs-script"), ("title", "accept: leave it out of later runs (export baseline)")], children: [
            .element(MarkupElement("input", attributes: [("type", "checkbox"), ("class", "accept"), ("data-finding", "\(number)")])),
            .text(" accept"),
        ])
    }

    private func beadTable(_ review: Review, placement: HTMLFindingPlacement) -> MarkupElement {
        let headings = MarkupElement("tr", children: [
            .element(MarkupElement("th", text: "#")),
            .element(MarkupElement("th", text: "\(review.source.document.name) (\(review.source.language.name))")),
            .element(MarkupElement("th", text: "\(review.target.document.name) (\(review.target.language.name))")),
            .element(MarkupElement("th", text: "confidence")),
        ])
        var rows: [MarkupElement.Child] = []
        for (index, bead) in review.beads.enumerated() {
            let unsure = bead.isAligned && bead.isUnsure
            let state = bead.isAligned ? (unsure ? "aligned unsure" : "aligned") : bead.target.isEmpty ? "omitted" : "added"
            let numbers = placement.findingsOfBead[index]
            let findings = numbers.map { placement.findings[$0 - 1] }
            let severities = Set(findings.map(\.severity.rawValue)).sorted()
            let rules = Set(findings.map(\.ruleID)).sorted()
            var notes: [MarkupElement.Child] = []
            for (number, finding) in zip(numbers, findings) {
                var children: [MarkupElement.Child] = [
                    .element(MarkupElement("a", attributes: [("class", "n"), ("href", "#item-\(number)")], text: "\(number)")),
                    .element(MarkupElement("span", attributes: [("class", "text")], text: finding.message)),
                ]
                if let suggestion = finding.suggestion {
                    children.append(.element(MarkupElement("span", attributes: [("class", "fix")], text: "→ \(suggestion)")))
                }
                children.append(.element(acceptBox(number)))
                notes.append(.element(MarkupElement("li", attributes: [
                    ("class", "note \(finding.severity.rawValue)"), ("data-finding", "\(number)"),
                ], children: children)))
            }
            let cells: [MarkupElement.Child] = [
                .element(MarkupElement("td", attributes: [("class", "number")], children: [
                    .element(MarkupElement("a", attributes: [("href", "#bead-\(index + 1)")], text: "\(index + 1)"))
                ])),
                .element(cell(bead.source, of: review.source, marks: placement.sourceMarks, placeholder: "no counterpart in the source")),
                .element(cell(bead.target, of: review.target, marks: placement.targetMarks, placeholder: "not translated", notes: notes)),
                .element(confidenceCell(bead)),
            ]
            rows.append(.element(MarkupElement("tr", attributes: [
                ("id", "bead-\(index + 1)"), ("class", "bead \(state)"), ("data-severities", severities.joined(separator: " ")),
                ("data-rules", rules.joined(separator: " ")), ("data-findings", numbers.map(String.init).joined(separator: " ")),
            ], children: cells)))
        }
        return MarkupElement("table", attributes: [("class", "beads")], children: [
            .element(MarkupElement("thead", children: [.element(headings)])),
            .element(MarkupElement("tbody", children: rows)),
        ])
    }

    /// The bar and percentage, coloured by level (sure, fair, unsure); for an unaligned row, its state.
    private func confidenceCell(_ bead: Bead) -> MarkupElement {
        let percent = Int((bead.confidence * 100).rounded())
        if !bead.isAligned {
            let label = bead.target.isEmpty ? "omitted" : "added"
            return MarkupElement("td", attributes: [("class", "confidence")], children: [
                .element(MarkupElement("span", attributes: [("class", "state \(label)")], text: label)),
                .element(MarkupElement("span", attributes: [("class", "value"), ("title", "how sure the aligner is that this has no counterpart")], text: " \(percent)% sure")),
            ])
        }
        let level = bead.isUnsure ? "low" : bead.confidence < 0.9 ? "fair" : "high"
        return MarkupElement("td", attributes: [("class", "confidence \(level)"), ("title", "how sure the aligner is that these sentences correspond")], children: [
            .element(MarkupElement("span", attributes: [("class", "bar")], children: [
                .element(MarkupElement("span", attributes: [("style", "width:\(percent)%")]))
            ])),
            .element(MarkupElement("span", attributes: [("class", "value")], text: "\(percent)%" + (level == "low" ? " unsure" : ""))),
        ])
    }

    private func cell(
        _ range: Range<Int>, of document: SegmentedDocument, marks: [[HTMLFindingPlacement.Mark]], placeholder: String,
        notes: [MarkupElement.Child] = []
    ) -> MarkupElement {
        var children: [MarkupElement.Child] = []
        if range.isEmpty {
            children.append(.element(MarkupElement("em", attributes: [("class", "placeholder")], text: placeholder)))
        }
        for index in range where document.segments.indices.contains(index) {
            let segment = document.segments[index]
            let location = document.document.location(of: segment.range.lowerBound)
            children.append(.element(MarkupElement(
                "span", attributes: [("class", "segment \(segment.kind.rawValue)"), ("id", "\(document.language.rawValue)-\(index)"), ("title", "line \(location.line), column \(location.column)")],
                children: HTMLMarkedText(segment.text, marks: marks.indices.contains(index) ? marks[index] : []).children)))
            if index + 1 < range.upperBound {
                children.append(.text(" "))
            }
        }
        if !notes.isEmpty {
            children.append(.element(MarkupElement("ul", attributes: [("class", "notes")], children: notes)))
        }
        return MarkupElement("td", attributes: [("class", range.isEmpty ? "side empty" : "side"), ("lang", document.language.rawValue)], children: children)
    }

    /// Where the exported baseline appears (to copy, or saved as a file by the browser).
    private func exportSection() -> MarkupElement {
        MarkupElement("section", attributes: [("id", "export-section"), ("class", "export"), ("hidden", "hidden")], children: [
            .element(MarkupElement("h2", text: "Baseline of the accepted findings")),
            .element(MarkupElement("p", text: "Save it as a file (the download starts by itself) and pass it to taiyaku check --baseline FILE, from the directory the report was made in.")),
            .element(MarkupElement("textarea", attributes: [("id", "baseline-export"), ("readonly", "readonly"), ("rows", "12"), ("spellcheck", "false")], text: "")),
        ])
    }

    /// `1 error`, `2 errors`.
    static func counted(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
