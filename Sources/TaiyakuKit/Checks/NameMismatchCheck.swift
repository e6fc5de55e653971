/// `name-mismatch`: a proper noun in an aligned bead with no counterpart on the other side: a person, place or
/// organization the translation drops, or one it brings in.
///
/// Only strong names are reported: name anchors of weight 0.8 and more, that is all-capital tokens (`RAHMON`,
/// `OECD`, `GOSAT`), on either side. Capitalised English words (`Joint`, `Cooperation`, `Leaders`, `Both`) and
/// katakana words (`エネルギー`, `プロジェクト`: loanwords as often as names) weigh less and are not reported, though
/// they count as counterparts.
///
/// A counterpart is a name on the other side that `NameMatcher` finds at least 0.8 similar (`モディ` for `MODI`,
/// `SDGs` for `SDGs`), the same letters written there as a word in either width (`GREEN` in `GREEN×EXPO`, `OECD`
/// in `ＯＥＣＤ`), or the same glossary concept: a name inside a glossary term whose concept the glossary
/// renders in the other language is left to the glossary, which also knows names written in kanji (`高市早苗` for
/// `TAKAICHI Sanae`). If the other side has no rendering of that concept, `term-missing` reports it, naming the
/// glossary's form; this rule does not report it a second time. So with the shipped glossary this rule watches
/// the names the glossary does not know. A name repeated in one sentence is reported once.
///
/// A romanised Japanese name checked against Japanese (`TAKAICHI`, `MIYAJI`) is written in kanji there, where
/// only the glossary can find it; it is not reported (see `RomanizedJapanese`: `UN`, written 国連, reads as Japanese
/// too and is left out for the same reason).
package struct NameMismatchCheck: Check {
    package let id = "name-mismatch"
    package let summary =
        "A proper noun in one sentence with no counterpart in the aligned sentence of the other language."
    package let defaultSeverity = Finding.Severity.warning
    /// Names weighing less are not reported (see the type's description).
    package let minimumWeight: Double
    /// A name on the other side at least this similar is a counterpart.
    package let minimumSimilarity: Double

    package init(minimumWeight: Double = 0.8, minimumSimilarity: Double = 0.8) {
        self.minimumWeight = minimumWeight
        self.minimumSimilarity = minimumSimilarity
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "Prime Minister Narendra MODI visited Tokyo.", target: "首相は東京を訪問した。", marking: "MODI"),
            CheckExample(
                source: "Both sides welcomed cooperation in the field of statistics.",
                target: "双方は、OECDと連携した統計分野における協力を歓迎した。", marking: nil, "OECD"),
            CheckExample(
                source: "Prime Minister Narendra MODI visited Tokyo.", target: "ナレンドラ・モディ首相は東京を訪問した。",
                triggers: false),
            CheckExample(
                source: "Both sides welcomed cooperation with the OECD in the field of statistics.",
                target: "双方は、ＯＥＣＤと連携した統計分野における協力を歓迎した。", triggers: false),
            CheckExample(
                source: "Prime Minister TAKAICHI Sanae welcomed the President.", target: "高市早苗総理大臣は大統領を歓迎した。",
                triggers: false),
            CheckExample(
                source: "Both Leaders adopted the Joint Statement on Cooperation.", target: "両首脳は、協力に関する共同声明を採択した。",
                triggers: false),
        ]
    }

    package func findings(in context: CheckContext) -> [Finding] {
        let matcher = NameMatcher()
        var findings: [Finding] = []
        for bead in context.beads where bead.isAligned {
            for side in DocumentSide.allCases {
                let other = side.other
                let otherNames = context.anchors(other, segments: bead.segments(other)).filter {
                    $0.anchor.kind == .name
                }
                var reported: Set<String> = []
                for name in context.anchors(side, segments: bead.segments(side))
                where name.anchor.kind == .name && name.anchor.weight >= minimumWeight {
                    if isGlossaryName(name, side, in: context)
                        || AnchorGrammars.writesInOwnScript(
                            name.anchor.value, language: context.document(other).language)
                    {
                        continue
                    }
                    if otherNames.contains(where: { matcher.similarity(name.anchor, $0.anchor) >= minimumSimilarity }) {
                        continue
                    }
                    let written = name.anchor.surface.utf16.map(CharacterClass.foldedLatin)
                    if bead.segments(other).contains(where: {
                        Self.occurs(written, in: context.document(other).segments[$0].units)
                    }) {
                        continue
                    }
                    guard reported.insert(name.anchor.value).inserted else { continue }
                    let here = (name.segment, Optional(name.anchor.range))
                    let there = (bead.segments(other).lowerBound, Range<Int>?.none)
                    findings.append(
                        context.finding(
                            self, source: side == .source ? here : there, target: side == .target ? here : there,
                            message: side == .source
                                ? "The name '\(name.anchor.surface)' in the source has no counterpart in the aligned translation"
                                : "The name '\(name.anchor.surface)' in the translation has no counterpart in the aligned "
                                    + "source sentence",
                            suggestion: side == .source
                                ? "Render '\(name.anchor.surface)' in the translation, or confirm that leaving it out is intended."
                                : nil))
                }
            }
        }
        return findings
    }

    /// Whether `word` (folded with `CharacterClass.foldedLatin`) is written in `units` between two non-letters:
    /// `GREEN` in `GREEN×EXPO`, `OECD` in `ＯＥＣＤ`, but not `UN` in `UNESCO`.
    /// - Complexity: O(n · m) for a text of n units and a word of m.
    static func occurs(_ word: [UInt16], in units: [UInt16]) -> Bool {
        guard !word.isEmpty, units.count >= word.count else { return false }
        for start in 0...(units.count - word.count) {
            guard (0..<word.count).allSatisfy({ CharacterClass.foldedLatin(units[start + $0]) == word[$0] }) else {
                continue
            }
            let end = start + word.count
            let openBefore = start == 0 || !CharacterClass.isLatinLetter(units[start - 1])
            let openAfter = end == units.count || !CharacterClass.isLatinLetter(units[end])
            if openBefore && openAfter { return true }
        }
        return false
    }

    /// Whether the name lies inside a glossary term whose concept the glossary renders in the other language: then
    /// the glossary decides whether the other side names it (and `term-missing` reports it if not).
    private func isGlossaryName(_ name: PlacedAnchor, _ side: DocumentSide, in context: CheckContext) -> Bool {
        guard let terminology = context.terminology else { return false }
        let otherLanguage = context.document(side.other).language
        return context.termMatches(side, segment: name.segment).contains { match in
            guard match.range.overlaps(name.anchor.range),
                let rendering = terminology.glossary.entries[match.entryIndex].terms(in: otherLanguage)
            else { return false }
            return !rendering.preferred.isEmpty
        }
    }
}
