/// The review for people in a terminal: what to fix first on top (the translation's findings before the
/// original's, errors first, then document order), each finding one short block:
///
/// ```
/// error  release.en.txt:7:93  omission
///   This source sentence has no counterpart in the translation.
///   original     Japan will provide grant aid of 1,000 million yen for water supply in Khatlon Region.
///   fix          Translate it, or confirm that leaving it out is intended.
/// ```
///
/// Each side shows a window around the part at fault, marked (in colour on a terminal, between ⟦ ⟧ otherwise) and
/// wrapped to `width` columns; a summary line ends the report. Control characters of the documents are shown escaped
/// (`\u001B`), never sent to the terminal. Segment numbers and fingerprints only with `verbose`.
public struct TextReportWriter: Sendable {
    /// Whether to use ANSI colour (the CLI decides: a terminal, and `NO_COLOR` unset).
    public let colour: Bool
    /// The width of a line in terminal columns (the CLI passes the terminal's, or `COLUMNS`, or 100).
    public let width: Int
    /// Whether to show segment numbers, fingerprints and alignment counts as well.
    public let verbose: Bool

    public init(colour: Bool, width: Int = 100, verbose: Bool = false) {
        self.colour = colour
        self.width = max(40, width)
        self.verbose = verbose
    }

    /// Columns before the text of a side's excerpt: two of indentation, a label of eleven (`translation`), two spaces.
    private static let labelWidth = 15
    /// Lines a side's excerpt takes at most.
    private static let excerptLines = 2

    public func text(for review: Review) -> String {
        var output = ""
        var translationFindings = 0
        var wroteOriginalHeading = false
        for finding in review.findingsInReadingOrder {
            if finding.subject == .translation {
                translationFindings += 1
            } else if !wroteOriginalHeading {
                wroteOriginalHeading = true
                let heading = "About the original alone (the translation is not at fault):"
                output += (translationFindings > 0 ? "\n" : "") + style(heading, .bold) + "\n\n"
            }
            output += block(for: finding, in: review) + "\n"
        }
        output += summary(for: review) + "\n"
        return output
    }

    /// One finding's block: severity, place and rule; the message; each side's excerpt; the fix.
    func block(for finding: Finding, in review: Review) -> String {
        let onTarget = finding.subject == .translation && finding.target != nil
        let place = onTarget ? finding.target.map { (review.target, $0) } : finding.source.map { (review.source, $0) }
        var header = severityLabel(finding.severity)
        if let (side, location) = place {
            let position = side.document.location(of: location.range.lowerBound)
            header += "  " + TerminalText.escaped(side.document.name) + ":\(position.line):\(position.column)"
        }
        header += "  " + style(finding.ruleID, .dim)
        var lines = [header]
        lines += wrapped(TerminalText.escaped(finding.message, foldingSpace: true), indent: 2)

        let sides = [(label: "original", location: finding.source), (label: "translation", location: finding.target)]
        for (index, side) in sides.enumerated() {
            guard let location = side.location else { continue }
            let other = sides[1 - index].location
            let excerpt = TextExcerpt(
                location.segmentText, mark: location.textRange, focus: location.focus(following: other).lowerBound,
                width: width - Self.labelWidth, lines: Self.excerptLines,
                style: colour ? .ansi(Style.highlight.rawValue) : .brackets)
            lines += labelled(side.label, excerpt.lines)
        }
        if let suggestion = finding.suggestion {
            lines += labelled("fix", wrapped(TerminalText.escaped(suggestion, foldingSpace: true), indent: 0, width: width - Self.labelWidth))
        }
        if verbose {
            var details: [String] = []
            if let source = finding.source { details.append("source segment \(source.segment + 1)") }
            if let target = finding.target { details.append("target segment \(target.segment + 1)") }
            details.append("fingerprint \(finding.fingerprint)")
            lines += labelled("details", [style(details.joined(separator: " · "), .dim)])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `lines` after a label column: the label on the first line, the same indentation on the others.
    private func labelled(_ label: String, _ lines: [String]) -> [String] {
        lines.enumerated().map { index, line in
            let prefix = index == 0 ? "  " + label : ""
            return prefix + String(repeating: " ", count: max(1, Self.labelWidth - prefix.count)) + line
        }
    }

    /// `text` wrapped to the width, each line indented by `indent`.
    private func wrapped(_ text: String, indent: Int, width: Int? = nil) -> [String] {
        let lines = TextExcerpt(text, mark: nil, width: (width ?? self.width) - indent, lines: 100_000, style: .brackets).lines
        return lines.map { String(repeating: " ", count: indent) + $0 }
    }

    /// `1 error, 10 warnings, 3 notes (77 ↔ 77 sentences)`; with `verbose`, the segments and aligned beads.
    public func summary(for review: Review) -> String {
        let counts = review.counts
        func count(_ severity: Finding.Severity, _ noun: String) -> String {
            let value = counts[severity] ?? 0
            return "\(value) \(noun)\(value == 1 ? "" : "s")"
        }
        let findings = "\(count(.error, "error")), \(count(.warning, "warning")), \(count(.note, "note"))"
        if verbose {
            let aligned = review.beads.filter(\.isAligned).count
            return findings + " (\(review.source.segments.count) ↔ \(review.target.segments.count) segments, \(aligned) beads aligned)"
        }
        return findings + " (\(review.source.segments.count) ↔ \(review.target.segments.count) sentences)"
    }

    /// `1 error, 10 warnings` (severities without findings left out; `no findings` when there are none): what the
    /// CLI says on standard error after writing a report to a file.
    public static func counts(errors: Int, warnings: Int, notes: Int) -> String {
        let parts = [(errors, "error"), (warnings, "warning"), (notes, "note")].filter { $0.0 > 0 }
            .map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }

    enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "1;31"
        case yellow = "1;33"
        case cyan = "1;36"
        case highlight = "1;4;31"
    }

    func style(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// The severity, padded to the longest (`warning`) so that places line up.
    private func severityLabel(_ severity: Finding.Severity) -> String {
        let padding = String(repeating: " ", count: 7 - severity.rawValue.count)
        switch severity {
        case .error: return style("error", .red) + padding
        case .warning: return style("warning", .yellow) + padding
        case .note: return style("note", .cyan) + padding
        }
    }
}
