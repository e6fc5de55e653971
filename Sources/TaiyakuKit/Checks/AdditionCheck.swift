/// A target segment with no source (a 0:1 bead): something the translation says that the original does not.
///
/// A warning, not an error: translators add clarifications on purpose, but a reviewer should see each one.
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
                triggers: true),
            CheckExample(
                source: "Both sides welcomed the signing of 15 documents in Tokyo. Japan will provide support of 1,000 tons of rice.",
                target: "双方は、東京における15件の文書の署名を歓迎した。日本は1,000トンのコメの支援を行う。",
                triggers: false),
        ]
    }

    package func findings(in context: CheckContext) -> [Finding] {
        context.unalignedSegments(.target).map { index, confidence in
            let isHeading = context.target.segments[index].kind == .heading
            return Finding(
                ruleID: id, severity: isHeading ? .note : defaultSeverity,
                message: "This \(isHeading ? "heading" : "sentence") of the translation has no counterpart in the source."
                    + CheckContext.uncertaintyNote(confidence),
                source: nil, target: context.location(.target, segment: index),
                suggestion: isHeading ? nil : "Remove it, or confirm that the addition is intended.")
        }
    }
}
