import Foundation
import TaiyakuKit

/// What `check` says on standard error besides the report: where a report or baseline went, how many findings the
/// baseline accepted, and a warning when the baseline names none of the pairs checked. File names are shown with
/// their control characters escaped.
enum ReportNotice {
    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `wrote review.sarif: 1 error, 10 warnings`.
    static func wrote(_ path: String, errors: Int, warnings: Int, notes: Int, pages: Int? = nil) {
        let counts = TextReportWriter.counts(errors: errors, warnings: warnings, notes: notes)
        let extra = pages.map { " and \($0) page\($0 == 1 ? "" : "s") beside it" } ?? ""
        say("wrote \(TerminalText.escaped(path))\(extra): \(counts)")
    }

    /// `wrote baseline accepted.json: 14 findings`.
    static func wroteBaseline(_ path: String, findings: Int) {
        say("wrote baseline \(TerminalText.escaped(path)): \(findings) finding\(findings == 1 ? "" : "s")")
    }

    /// `3 findings accepted by the baseline accepted.json`.
    static func accepted(_ count: Int, by path: String) {
        say("\(count) finding\(count == 1 ? "" : "s") accepted by the baseline \(TerminalText.escaped(path))")
    }

    /// A warning that `baseline` has entries, but none for `pairs` (checked from another directory than the one it
    /// was written in, or with other paths).
    static func warnNoEntries(in baseline: Baseline, path: String, for pairs: [ArtifactPair], workingDirectory: String) {
        let names = Set(pairs)
        let known = baseline.pairs
        guard !known.isEmpty, !known.contains(where: names.contains) else { return }
        let checked = pairs.count == 1
            ? "this pair (\(TerminalText.escaped(pairs[0].source)) ↔ \(TerminalText.escaped(pairs[0].target)))"
            : "any of the \(pairs.count) pairs checked"
        let example = "\(TerminalText.escaped(known[0].source)) ↔ \(TerminalText.escaped(known[0].target))"
        say("""
            warning: no entry of the baseline \(TerminalText.escaped(path)) is for \(checked), so it accepts nothing here; \
            its entries name pairs such as \(example), relative to the directory it was written from: run from there \
            (now \(TerminalText.escaped(workingDirectory)))
            """)
    }
}
