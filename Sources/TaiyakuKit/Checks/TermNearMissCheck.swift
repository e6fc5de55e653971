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
            CheckExample(source: "The Ammonia Urea Plant in the village of Kiyarly, Balkan velayat.", marking: "Kiyarly"),
            CheckExample(source: "エモマリ・ラフマン大統領は謝意を表明した。", marking: "ラフマン"),
            CheckExample(source: "双方は、タジキスタン共和国工業・新技術省との協力覚書の署名を歓迎した。", marking: "タジキスタン共和国工業・新技術省"),
            CheckExample(source: "The Ammonia Urea Plant in the village of Kiyanly, Balkan velayat.", triggers: false),
            CheckExample(source: "The Turkmen side visited Akhal velayat and the Ahal Region.", triggers: false),
            CheckExample(source: "エモマリ・ラフモン大統領は謝意を表明した。", triggers: false),
            CheckExample(source: "双方は、タジキスタン共和国産業・新技術省との協力覚書の署名を歓迎した。", triggers: false),
        ]
    }

    /// Everyday words, which are never near misses.
    /// The everyday words given at creation; `nil`: the shipped ones, built only when a candidate needs them.
    private let givenEverydayWords: (any EverydayVocabulary)?
    package var everydayWords: any EverydayVocabulary { givenEverydayWords ?? Self.shippedEverydayWords }

    /// - Parameter everydayWords: everyday words of the languages (by default the shipped lexicon's and the
    ///   languages' common loanwords).
    package init(everydayWords: (any EverydayVocabulary)? = nil) {
        self.givenEverydayWords = everydayWords
    }

    /// The shipped lexicon's words and the languages' loanwords, read once. The lexicon ships with the tool; were
    /// it unreadable, the loanword lists alone still apply (and `--no-lexicon`-style callers pass their own).
    static let shippedEverydayWords = LexiconEverydayWords(lexicon: try? Lexicon.builtIn())

    package func findings(in context: CheckContext) -> [Finding] {
        guard let terminology = context.terminology else { return [] }
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            // One finding per surface and name: the first occurrence, saying how often the form is written.
            var order: [String] = []
            var found: [String: (segment: Int, miss: NearMisses.NearMiss, count: Int)] = [:]
            for segment in context.document(side).segments.indices {
                for miss in NearMisses.find(in: context, side, segment: segment, everyday: everydayWords) {
                    let key = miss.surface + "\u{0}" + miss.expected
                    if let seen = found[key] {
                        found[key] = (seen.segment, seen.miss, seen.count + 1)
                    } else {
                        order.append(key)
                        found[key] = (segment, miss, 1)
                    }
                }
            }
            for key in order {
                guard let (segment, miss, count) = found[key] else { continue }
                let edits = miss.distance == 1 ? "one letter" : "\(miss.distance) letters"
                let kind = terminology.glossary.entries[miss.entryIndex].kind.rawValue
                let often = count > 1
                    ? "; written so \(count) times in this document (a consistent spelling: check it once)" : ""
                findings.append(
                    context.finding(
                        self, side, segment: segment, textRange: miss.range,
                        message: "'\(miss.surface)' is not in the glossary but is \(edits) away from the \(kind) "
                            + "'\(miss.expected)'; a misspelling?\(often)",
                        suggestion: miss.expected))
            }
        }
        return findings
    }
}
