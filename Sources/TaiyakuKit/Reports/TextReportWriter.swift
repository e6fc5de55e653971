/// The review for people in a terminal: findings grouped by rule, each with both sentences and the offending
/// part marked (in colour on a terminal, between ⟦ ⟧ otherwise), then a summary line.
public struct TextReportWriter: Sendable {
    /// Whether to use ANSI colour (the CLI decides: a terminal, and `NO_COLOR` unset).
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func text(for review: Review) -> String {
        var output = ""
        let grouped = Dictionary(grouping: review.findings, by: \.ruleID)
        for rule in review.rules {
            guard let findings = grouped[rule.id] else { continue }
            output += style("\(rule.id)", .bold) + " — \(rule.summary) (\(findings.count))\n"
            for finding in findings {
                output += "  " + severityLabel(finding.severity) + " " + finding.message + "\n"
                if let source = finding.source {
                    output += "    source \(review.source.document.name):\(review.source.document.location(of: source.range.lowerBound))  "
                    output += marked(source) + "\n"
                }
                if let target = finding.target {
                    output += "    target \(review.target.document.name):\(review.target.document.location(of: target.range.lowerBound))  "
                    output += marked(target) + "\n"
                }
                if let suggestion = finding.suggestion {
                    output += "    suggestion: \(suggestion)\n"
                }
            }
            output += "\n"
        }
        output += summary(for: review) + "\n"
        return output
    }

    /// `3 errors, 1 warning, 0 notes in 2 files (77 ↔ 77 segments, 75 aligned)`.
    public func summary(for review: Review) -> String {
        let counts = review.counts
        func count(_ severity: Finding.Severity, _ noun: String) -> String {
            let value = counts[severity] ?? 0
            return "\(value) \(noun)\(value == 1 ? "" : "s")"
        }
        let aligned = review.beads.filter(\.isAligned).count
        return "\(count(.error, "error")), \(count(.warning, "warning")), \(count(.note, "note")) "
            + "(\(review.source.segments.count) ↔ \(review.target.segments.count) segments, \(aligned) beads aligned)"
    }

    private enum Style: String {
        case bold = "1"
        case red = "31"
        case yellow = "33"
        case cyan = "36"
        case highlight = "1;4;31"
    }

    private func style(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func severityLabel(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: return style("error:", .red)
        case .warning: return style("warning:", .yellow)
        case .note: return style("note:", .cyan)
        }
    }

    private func marked(_ location: FindingLocation) -> String {
        let units = Array(location.segmentText.utf16)
        let lower = min(max(0, location.textRange.lowerBound), units.count)
        let upper = min(max(lower, location.textRange.upperBound), units.count)
        if lower == 0 && upper == units.count {
            return location.segmentText
        }
        let before = String(decoding: units[..<lower], as: UTF16.self)
        let part = String(decoding: units[lower..<upper], as: UTF16.self)
        let after = String(decoding: units[upper...], as: UTF16.self)
        return before + (colour ? style(part, .highlight) : "⟦\(part)⟧") + after
    }
}
