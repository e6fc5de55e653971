/// A target segment with no source (a 0:1 bead): something the translation says that the original does not.
///
/// A warning, not an error: translators add clarifications on purpose, but a reviewer should see each one. A note
/// when the aligner is unsure of the bead (below one half), and for a bracketed remark or a markup tag, which
/// translators add on purpose.
package struct AdditionCheck: Check {
    package let id = "addition"
    package let summary = "A sentence of the translation has no counterpart in the source."
    package let defaultSeverity = Finding.Severity.warning

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "Both sides welcomed the signing of 15 documents in Tokyo. Japan will provide support of 1,000 tons of rice.",
                target: "双方は、東京における15件の文書の署名を歓迎した。アヴァザはトルクメニスタンのカスピ海沿岸に位置する国家観光地区であり、2025年に国際会議が開催された。日本は1,000トンのコメの支援を行う。",
                marking: nil, "アヴァザはトルクメニスタンのカスピ海沿岸に位置する国家観光地区であり、2025年に国際会議が開催された。"),
            CheckExample(
                source: "Both sides welcomed the signing of 15 documents in Tokyo. Japan will provide support of 1,000 tons of rice.",
                target: "双方は、東京における15件の文書の署名を歓迎した。日本は1,000トンのコメの支援を行う。",
                triggers: false),
        ]
    }

    package func findings(in context: CheckContext) -> [Finding] {
        context.unalignedSegments(.target).map { index, confidence in
            let segment = context.target.segments[index]
            let isHeading = segment.kind == .heading
            let isRemark = Self.isRemark(segment.units)
            // Unsure beads and bracketed remarks or markup (`（続く）`, `<laugh/>`) are worth a glance only.
            let severity: Finding.Severity = isHeading || isRemark || confidence < 0.5 ? .note : defaultSeverity
            return Finding(
                ruleID: id, severity: severity,
                message: "This \(isHeading ? "heading" : "sentence") of the translation "
                    + "(\(context.target.language.displayName)) has no counterpart in the original "
                    + "(\(context.source.language.displayName))."
                    + CheckContext.uncertaintyNote(confidence),
                source: nil, target: context.location(.target, segment: index),
                suggestion: isHeading ? nil : "Remove it, or confirm that the addition is intended.")
        }
    }

    /// Whether a segment is wholly one bracketed remark or markup tag (`(私の考えだけど)`, `[続く]`, `</talk>`).
    static func isRemark(_ units: [UInt16]) -> Bool {
        let pairs: [UInt16: UInt16] = [
            0x28: 0x29, 0x5B: 0x5D, 0x3C: 0x3E, 0xFF08: 0xFF09, 0x3010: 0x3011, 0xFF3B: 0xFF3D, 0x3014: 0x3015,
        ]
        let text = units.filter { !CharacterClass.isSpace($0) && !CharacterClass.isLineBreak($0) && $0 != 0x3002 }
        guard let first = text.first, let last = text.last, let close = pairs[first], text.count >= 2 else {
            return false
        }
        // One pair only: the closer ends the text and does not occur before.
        return last == close && !text.dropLast().dropFirst().contains(close)
    }
}
