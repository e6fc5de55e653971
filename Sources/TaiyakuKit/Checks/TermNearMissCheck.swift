/// `term-near-miss`: a name-like token the glossary does not know that is within one or two edits of a glossary
/// proper noun (person, place, country, organization): a likely misspelling (`Kiyarly` for `Kiyanly`); or a
/// long glossary form with one character wrong (`…並びに租税及び租税回避…` for `…並びに脱税及び租税回避…`). See
/// `NearMisses`.
package struct TermNearMissCheck: Check {
    package let id = "term-near-miss"
    package let summary = "A capitalised word or katakana name one or two letters away from a glossary name."
    package let defaultSeverity = Finding.Severity.warning

    /// Examples against the shipped glossary (`Glossaries/central-asia.tsv`).
    package var examples: [CheckExample] {
        [
            CheckExample(source: "The Ammonia Urea Plant in the village of Kiyarly, Balkan velayat.", triggers: true),
            CheckExample(source: "エモマリ・ラフマン大統領は謝意を表明した。", triggers: true),
            CheckExample(source: "双方は、タジキスタン共和国工業・新技術省との協力覚書の署名を歓迎した。", triggers: true),
            CheckExample(source: "The Ammonia Urea Plant in the village of Kiyanly, Balkan velayat.", triggers: false),
            CheckExample(source: "The Turkmen side visited Akhal velayat and the Ahal Region.", triggers: false),
            CheckExample(source: "エモマリ・ラフモン大統領は謝意を表明した。", triggers: false),
            CheckExample(source: "双方は、タジキスタン共和国産業・新技術省との協力覚書の署名を歓迎した。", triggers: false),
        ]
    }

    package init() {}

    package func findings(in context: CheckContext) -> [Finding] {
        guard let terminology = context.terminology else { return [] }
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            for segment in context.document(side).segments.indices {
                for miss in NearMisses.find(in: context, side, segment: segment) {
                    let concept = terminology.glossary.entries[miss.entryIndex].id
                    let edits = miss.distance == 1 ? "one edit" : "\(miss.distance) edits"
                    findings.append(
                        context.finding(
                            self, side, segment: segment, textRange: miss.range,
                            message: "'\(miss.surface)' is not in the glossary but is \(edits) from "
                                + "'\(miss.expected)' (\(concept)); a misspelling?",
                            suggestion: miss.expected))
                }
            }
        }
        return findings
    }
}
