/// `term-inconsistent`: one concept rendered in two competing accepted ways within one document.
///
/// The form used most often (ties: the preferred form, then the first one used) is the document's rendering;
/// each occurrence of a form that competes with it (see `RenderingComparison`) is reported. Deprecated forms are
/// left to `term-deprecated`, width differences to `variant-inconsistent`.
package struct TermInconsistentCheck: Check {
    package let id = "term-inconsistent"
    package let summary = "One concept written in two competing accepted forms in one document."
    package let defaultSeverity = Finding.Severity.warning

    /// Examples against the shipped glossary (`Glossaries/central-asia.tsv`).
    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "The plant is in Akhal velayat. The pumping stations are in Ahal Region.", marking: "Ahal Region"),
            CheckExample(source: "双方は、ミドル・コリドーを重視した。双方は、ミドルコリドーの発展で一致した。", marking: "ミドルコリドー"),
            CheckExample(source: "双方は、強靱性の強化で一致した。日本はレジリエンスを支援する。", marking: "レジリエンス"),
            CheckExample(
                source: "Prime Minister TAKAICHI Sanae met the President. TAKAICHI Sanae thanked him.", triggers: false),
            CheckExample(
                source: "The Japan International Cooperation Agency (JICA) trains officials. JICA also sends experts.",
                triggers: false),
            CheckExample(source: "国際連合（国連）憲章の目的を確認した。国連の枠組みで協力する。", triggers: false),
            // The preposition before a phrase belongs to the verb (`launched by`, `adopted on`).
            CheckExample(
                source: "The process was launched by the initiative of Tajikistan. "
                    + "The resolution was adopted on the initiative of Tajikistan.",
                triggers: false),
        ]
    }

    package init() {}

    private struct Occurrence {
        let segment: Int
        let match: TermMatch
    }

    package func findings(in context: CheckContext) -> [Finding] {
        guard let terminology = context.terminology else { return [] }
        var findings: [Finding] = []
        for side in DocumentSide.allCases {
            let language = context.document(side).language
            guard let matcher = terminology.matchers[language], let rules = terminology.rules[language] else { continue }
            var byConcept: [Int: [Occurrence]] = [:]
            // Forms the document itself puts side by side (`GREEN×EXPO 2027（国際園芸博覧会）`, `Budo (martial
            // arts)`): it presents them as one, so they never compete.
            var juxtaposed: Set<[[UInt16]]> = []
            let units = context.document(side).segments.map(\.units)
            for (segment, matches) in context.terms(side).matches.enumerated() {
                for match in matches where match.status != .deprecated {
                    byConcept[match.entryIndex, default: []].append(Occurrence(segment: segment, match: match))
                }
                for (left, right) in zip(matches, matches.dropFirst())
                where left.entryIndex == right.entryIndex && Self.isJuxtaposition(units[segment][left.range.upperBound..<right.range.lowerBound]) {
                    let pair = [Array(matcher.keys.key(left.patternIndex)), Array(matcher.keys.key(right.patternIndex))]
                    juxtaposed.insert(pair)
                    juxtaposed.insert(pair.reversed())
                }
            }
            for entryIndex in byConcept.keys.sorted() {
                guard let occurrences = byConcept[entryIndex] else { continue }
                let entry = terminology.glossary.entries[entryIndex]
                // Occurrences by rendering (folded key), in order of first use.
                var renderings: [[UInt16]] = []
                var byRendering: [[UInt16]: [Occurrence]] = [:]
                for occurrence in occurrences {
                    let key = Array(matcher.keys.key(occurrence.match.patternIndex))
                    if byRendering[key] == nil { renderings.append(key) }
                    byRendering[key, default: []].append(occurrence)
                }
                guard renderings.count > 1 else { continue }
                let majority = renderings.enumerated().min { left, right in
                    let a = byRendering[left.element] ?? []
                    let b = byRendering[right.element] ?? []
                    return (-a.count, bestStatus(a), left.offset) < (-b.count, bestStatus(b), right.offset)
                }
                guard let majority, let majorityUses = byRendering[majority.element], let exemplar = majorityUses.first
                else { continue }
                for key in renderings where key != majority.element {
                    guard let uses = byRendering[key], let first = uses.first,
                        !juxtaposed.contains([key, majority.element])
                    else { continue }
                    let competes = RenderingComparison.compete(
                        (first.match.form, key), (exemplar.match.form, majority.element), kind: entry.kind, rules: rules)
                    guard competes else { continue }
                    for use in uses {
                        findings.append(
                            context.finding(
                                self, side, segment: use.segment, textRange: use.match.range,
                                message: "One glossary term is written '\(use.match.surface)' here but "
                                    + "'\(exemplar.match.surface)' \(times(majorityUses.count)) in this document",
                                suggestion: exemplar.match.form))
                    }
                }
            }
        }
        return findings.map { $0.source != nil && $0.target == nil ? $0.about(.original) : $0 }
    }

    /// Nothing but spaces, brackets and quotes, and at most four of them, between two forms.
    static func isJuxtaposition(_ gap: ArraySlice<UInt16>) -> Bool {
        gap.count <= 4 && gap.allSatisfy { CharacterClass.isSpace($0) || CharacterClass.isOpener($0) || CharacterClass.isCloser($0) }
    }

    private func bestStatus(_ occurrences: [Occurrence]) -> TermStatus {
        occurrences.map(\.match.status).min() ?? .accepted
    }
}

/// "once", "twice", "3 times".
func times(_ count: Int) -> String {
    switch count {
    case 1: return "once"
    case 2: return "twice"
    default: return "\(count) times"
    }
}
