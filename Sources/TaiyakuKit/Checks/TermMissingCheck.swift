/// `term-missing`: a glossary term in a sentence whose aligned sentence(s) on the other side hold no rendering of
/// the concept. Source terms of every kind are checked; target terms only when they name something (a person,
/// place, country, organization, programme, event, agreement or document), since translators add titles,
/// phrases and terms for pronouns and paraphrases.
///
/// Needs the alignment (`CheckContext.beads`); without beads it finds nothing. Any form of the concept counts as
/// a rendering, also a deprecated one (that is `term-deprecated`'s business), one inside a longer term (`東京`
/// inside `東京宣言`), and one written with small differences (see `TermMatcher.occurs`: commas, hyphens,
/// bracketed insertions, `Central Asian` for `Central Asia`). A concept whose name the other side misspells is
/// left to `term-near-miss`.
public struct TermMissingCheck: Check {
    public let id = "term-missing"
    public let summary = "A glossary term with no rendering in the aligned sentence of the other language."
    public let defaultSeverity = Finding.Severity.warning

    /// Examples against the shipped glossary (`Glossaries/central-asia.tsv`); each pair is one aligned bead.
    public var examples: [CheckExample] {
        [
            CheckExample(source: "The two Leaders met in Tokyo.", target: "両首脳は大阪で会談した。", triggers: true),
            CheckExample(
                source: "Both sides welcomed the Memorandum of Cooperation.", target: "双方は、覚書の署名を歓迎した。",
                triggers: true),
            CheckExample(source: "The two Leaders met in Tokyo.", target: "両首脳は東京で会談した。", triggers: false),
            CheckExample(source: "They met in Tokyo.", target: "両首脳は東京で会談した。", triggers: false),
            CheckExample(
                source: "They adopted the Tokyo Declaration.", target: "東京宣言が採択された。", triggers: false),
        ]
    }

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        guard let terminology = context.terminology else { return [] }
        var findings: [Finding] = []
        for bead in context.beads where bead.isAligned {
            for side in DocumentSide.allCases {
                let other: DocumentSide = side == .source ? .target : .source
                let segments = side == .source ? bead.source : bead.target
                let otherSegments = side == .source ? bead.target : bead.source
                let otherDocument = context.document(other)
                guard let otherMatcher = terminology.matchers[otherDocument.language],
                    let firstOther = otherSegments.first
                else { continue }
                let misspelled = Set(
                    otherSegments.flatMap { NearMisses.find(in: context, other, segment: $0).map(\.entryIndex) })
                var seen: Set<Int> = []
                for segment in segments {
                    for match in context.termMatches(side, segment: segment) where seen.insert(match.entryIndex).inserted {
                        let entry = terminology.glossary.entries[match.entryIndex]
                        guard let rendering = entry.terms(in: otherDocument.language), !rendering.preferred.isEmpty,
                            !misspelled.contains(match.entryIndex), side == .source || Self.isName(entry.kind)
                        else { continue }
                        let present = otherSegments.contains { otherSegment in
                            otherMatcher.occurs(entryAt: match.entryIndex, inPresenceForm: context.terms(other).presence[otherSegment])
                        }
                        if present { continue }
                        let here = context.location(side, segment: segment, textRange: match.range)
                        let there = context.location(other, segment: firstOther)
                        findings.append(
                            Finding(
                                ruleID: id, severity: defaultSeverity,
                                message: "'\(match.surface)' (\(entry.id)) has no rendering in the aligned \(other.rawValue) "
                                    + "sentence; the glossary gives '\(rendering.preferred)'",
                                source: side == .source ? here : there, target: side == .target ? here : there,
                                suggestion: rendering.preferred))
                    }
                }
            }
        }
        return findings
    }

    /// Kinds whose appearance in the target without a source counterpart is an addition worth reporting.
    /// Titles, phrases and terms are what translators supply for pronouns and paraphrases (`双方` for "they",
    /// `両国` for "their"), so in that direction they are not reported.
    static func isName(_ kind: GlossaryEntry.Kind) -> Bool {
        switch kind {
        case .title, .phrase, .term: return false
        default: return true
        }
    }
}
