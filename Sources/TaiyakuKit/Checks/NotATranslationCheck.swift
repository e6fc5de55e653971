/// A target that does not translate its source at all: the wrong file paired, or a release of another date.
///
/// Fires when the aligner takes the documents for unrelated (too few segments align with confidence; see
/// `Alignment.isTranslation`). Omission and addition findings are then left out, since every sentence would be one.
package struct NotATranslationCheck: Check {
    package let id = "not-a-translation"
    package let summary = "The target does not look like a translation of the source."
    package let defaultSeverity = Finding.Severity.error

    package init() {}

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: Self.council,
                target: "双方は、2025年12月20日に東京で首脳会談を行った。両首脳は、15件の文書の署名を歓迎した。日本は、1,000人の人材育成を支援する。"
                    + "両首脳は、カスピ海ルートの重要性を確認した。双方は、次回会合を2027年8月に開催する。",
                marking: "The city council approved a budget of 4.2 billion yen for fiscal 2026 on March 3."),
            CheckExample(
                source: Self.council,
                target: "市議会は3月3日、2026年度予算42億円を承認した。うち11億円は道路補修に充てられる。市長は、10月までに37の橋を点検すると述べた。"
                    + "2027年4月には北区に新しい図書館が開館する予定である。バス運賃は2028年まで230円に据え置かれる。",
                triggers: false),
        ]
    }

    private static let council = "The city council approved a budget of 4.2 billion yen for fiscal 2026 on March 3. "
        + "Road repairs will take 1.1 billion yen of it. The mayor said 37 bridges would be inspected by October. "
        + "A new library is to open in Kita Ward in April 2027. Bus fares will stay at 230 yen until 2028."

    package func findings(in context: CheckContext) -> [Finding] {
        guard !context.isTranslation, !context.source.segments.isEmpty, !context.target.segments.isEmpty else { return [] }
        let segments = context.beads.reduce(0) { $0 + $1.source.count + $1.target.count }
        let aligned = context.beads.reduce(0) { $0 + ($1.isAligned ? $1.source.count + $1.target.count : 0) }
        let share = segments > 0 ? Int((Double(aligned) / Double(segments) * 100).rounded()) : 0
        return [
            Finding(
                ruleID: id, severity: defaultSeverity,
                message: "Only \(share)% of the segments could be paired: the target does not look like a translation of "
                    + "the source. Per-sentence omissions and additions are not reported.",
                source: context.location(.source, segment: 0), target: context.location(.target, segment: 0),
                suggestion: "Check that the right two files (and the right release dates) were paired.")
        ]
    }
}
