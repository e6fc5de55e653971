/// `term-deprecated`: a form the glossary marks as deprecated, on either side.
package struct TermDeprecatedCheck: Check {
    package let id = "term-deprecated"
    package let summary = "A deprecated form of a glossary term (an outdated spelling, a non-standard glyph or width)."
    package let defaultSeverity = Finding.Severity.error

    /// Examples against the shipped glossary (`Glossaries/central-asia.tsv`).
    package var examples: [CheckExample] {
        [
            CheckExample(source: "The forum was held in Ashkhabad in December.", marking: "Ashkhabad"),
            CheckExample(source: "フォーラムはアシュハバードで開催された。", marking: "アシュハバード"),
            CheckExample(source: "双方は、カーボンニュートラル/ネットゼロの達成で一致した。", marking: "カーボンニュートラル/ネットゼロ"),
            CheckExample(source: "The forum was held in Ashgabat in December.", triggers: false),
            CheckExample(source: "双方は、カーボンニュートラル／ネットゼロの達成で一致した。", triggers: false),
        ]
    }

    package init() {}

    package func findings(in context: CheckContext) -> [Finding] {
        guard let terminology = context.terminology else { return [] }
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            let language = context.document(side).language
            for (segment, matches) in context.terms(side).matches.enumerated() {
                for match in matches where match.status == .deprecated {
                    let preferred = terminology.glossary.entries[match.entryIndex].terms(in: language)?.preferred
                    let advice = preferred.map { "; write '\($0)'" } ?? ""
                    findings.append(
                        context.finding(
                            self, side, segment: segment, textRange: match.range,
                            message: "'\(match.surface)' is a form the glossary deprecates\(advice)",
                            suggestion: preferred))
                }
            }
        }
        return findings
    }
}
