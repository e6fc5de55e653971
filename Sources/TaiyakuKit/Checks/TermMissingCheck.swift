/// `term-missing`: a glossary term in a sentence whose aligned sentence(s) on the other side hold no rendering of
/// the concept. Source terms of every kind are checked; target terms only when they name something (a person,
/// place, country, organization, programme, event, agreement or document), since translators add titles,
/// phrases and terms for pronouns and paraphrases.
///
/// Needs the alignment (`CheckContext.beads`); without beads it finds nothing. Any form of the concept counts as
/// a rendering, also a deprecated one (that is `term-deprecated`'s business), one inside a longer term (`東京`
/// inside `東京宣言`), and one written with small differences (see `TermMatcher.occurs`: commas, hyphens,
/// bracketed insertions, `Central Asian` for `Central Asia`, a head shared by coordinated modifiers as in
/// `テロ及び暴力的過激主義対策`). A concept whose name the other side misspells is left to `term-near-miss`.
///
/// A country that only qualifies the organization named right before it (`Akita University of Japan`,
/// `Akita University (Japan)`, `秋田大学（日本）`) is not required on the other side: translations routinely drop
/// it (`秋田大学`). The organization itself still is.
package struct TermMissingCheck: Check {
    package let id = "term-missing"
    package let summary = "A glossary term with no rendering in the aligned sentence of the other language."
    package let defaultSeverity = Finding.Severity.warning

    /// Examples against the shipped glossary (`Glossaries/central-asia.tsv`); each pair is one aligned bead.
    package var examples: [CheckExample] {
        [
            CheckExample(source: "The two Leaders met in Tokyo.", target: "両首脳は大阪で会談した。", marking: "Tokyo"),
            CheckExample(
                source: "In Tokyo, Japan and Tajikistan welcomed the Memorandum of Cooperation.",
                target: "東京において、日本とタジキスタンは、覚書の署名を歓迎した。",
                marking: "Memorandum of Cooperation"),
            CheckExample(source: "The two Leaders met in Tokyo.", target: "両首脳は東京で会談した。", triggers: false),
            CheckExample(source: "They met in Tokyo.", target: "両首脳は東京で会談した。", triggers: false),
            CheckExample(
                source: "They adopted the Tokyo Declaration.", target: "東京宣言が採択された。", triggers: false),
            // A Japanese term is read only between words: 日本経済新聞 (the Nikkei) does not name Japan.
            CheckExample(
                source: "According to the Nikkei, the delegation of Tajikistan met companies in Tokyo.",
                target: "日本経済新聞によれば、タジキスタンの代表団は東京で企業と会談した。", triggers: false),
            // A country qualifying an organization may be dropped; a country of its own may not.
            CheckExample(
                source: "They welcomed exchanges between Akita University of Japan and Tajik National University.",
                target: "双方は、秋田大学とタジク国立大学との間の交流を歓迎した。", triggers: false),
            CheckExample(
                source: "Japan welcomed exchanges with Akita University.", target: "秋田大学との交流が歓迎された。",
                marking: "Japan"),
            // 対策 is shared: テロ及び暴力的過激主義対策 = テロ対策 and 暴力的過激主義対策.
            CheckExample(
                source: "Japan and Tajikistan stressed cooperation in counter-terrorism and violent extremism.",
                target: "日本とタジキスタンは、テロ及び暴力的過激主義対策における協力を強調した。", triggers: false),
            CheckExample(
                source: "Japan and Tajikistan stressed cooperation in counter-terrorism and violent extremism.",
                target: "日本とタジキスタンは、暴力的過激主義対策における協力を強調した。", marking: "counter-terrorism"),
            // A generic term in a text that names none of the glossary's persons, places or organizations: the
            // glossary is not about it (`President` of a football club).
            CheckExample(
                source: "The President of the club thanked the supporters.", target: "クラブの会長はサポーターに感謝した。",
                triggers: false),
        ]
    }

    package init() {}

    package func findings(in context: CheckContext) -> [Finding] {
        guard let terminology = context.terminology else { return [] }
        var findings: [Finding] = []
        let inDomain = Self.isInDomain(context, terminology)
        // A wrong pair (`not-a-translation`) has no sentences to compare.
        for bead in context.beads where bead.isAligned && context.isTranslation {
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
                let links = terminology.rules[context.document(side).language]?.qualifierLinks ?? []
                var seen: Set<Int> = []
                for segment in segments {
                    let matches = context.termMatches(side, segment: segment)
                    let qualifiers = Self.qualifiers(
                        in: matches, text: context.document(side).segments[segment].units,
                        glossary: terminology.glossary, links: links)
                    for (index, match) in matches.enumerated()
                    where !qualifiers.contains(index) && seen.insert(match.entryIndex).inserted {
                        let entry = terminology.glossary.entries[match.entryIndex]
                        guard let rendering = entry.terms(in: otherDocument.language), !rendering.preferred.isEmpty,
                            !misspelled.contains(match.entryIndex), side == .source || Self.isName(entry.kind)
                        else { continue }
                        let present = otherSegments.contains { otherSegment in
                            otherMatcher.occurs(entryAt: match.entryIndex, inPresenceForm: context.terms(other).presence[otherSegment])
                        }
                        if present { continue }
                        // Anything but a person, place, country or organization only where the document is about
                        // the glossary's subject: a glossary of Central Asian diplomacy says nothing about a football
                        // report's `President` or a biography's `grant`.
                        if !entry.kind.isProperNoun, !inDomain { continue }
                        let forms = rendering.forms.filter { $0.status != .deprecated }.map(\.text)
                        let partial = otherSegments.lazy.compactMap { otherSegment in
                            Self.bestPartial(forms, in: context.document(other).segments[otherSegment].units).map {
                                (otherSegment, $0)
                            }
                        }.first
                        // The same form with other punctuation (`ファクト・シート`), or a country's demonym
                        // (`Kazakh` for `Kazakhstan`) is a rendering.
                        if let (_, stretch) = partial, stretch.isSameForm || (entry.kind == .country && stretch.isPrefix) {
                            continue
                        }
                        let here = context.location(side, segment: segment, textRange: match.range)
                        let thereName = other == .source ? "original" : "translation"
                        let finding: Finding
                        if let (otherSegment, stretch) = partial {
                            let there = context.location(other, segment: otherSegment, textRange: stretch.range)
                            finding = Finding(
                                ruleID: id, severity: defaultSeverity,
                                message: "'\(match.surface)' is translated differently from the glossary: the "
                                    + "\(thereName) writes '\(there.excerpt)' where the glossary gives "
                                    + "'\(rendering.preferred)'",
                                source: side == .source ? here : there, target: side == .target ? here : there,
                                suggestion: rendering.preferred)
                        } else {
                            let there = context.location(other, segment: firstOther)
                            finding = Finding(
                                ruleID: id, severity: defaultSeverity,
                                message: "'\(match.surface)' is not translated in the aligned \(thereName) sentence; "
                                    + "the glossary gives '\(rendering.preferred)'",
                                source: side == .source ? here : there, target: side == .target ? here : there,
                                suggestion: rendering.preferred)
                        }
                        findings.append(finding)
                    }
                }
            }
        }
        return findings
    }

    /// Whether the pair is about the glossary's subject: the glossary names nothing (a glossary of terms only), or
    /// the original names at least two of its persons, places, countries or organizations.
    static func isInDomain(_ context: CheckContext, _ terminology: Terminology) -> Bool {
        let entries = terminology.glossary.entries
        guard entries.contains(where: { $0.kind.isProperNoun }) else { return true }
        var named: Set<Int> = []
        for segment in context.source.segments.indices {
            for match in context.termMatches(.source, segment: segment) where entries[match.entryIndex].kind.isProperNoun {
                named.insert(match.entryIndex)
                if named.count >= 2 { return true }
            }
        }
        return false
    }

    /// The longest partial rendering of any of `forms` in `text`.
    static func bestPartial(_ forms: [String], in text: [UInt16]) -> PartialRendering.Match? {
        forms.compactMap { PartialRendering.find($0, in: text) }.max { $0.range.count < $1.range.count }
    }

    /// The positions in `matches` of countries that only qualify the organization matched right before them:
    /// joined to it by one of `links` (`Akita University of Japan`) or in brackets right after it
    /// (`Akita University (Japan)`, `秋田大学（日本）`).
    /// - Parameters:
    ///   - matches: the terms of one segment, in order.
    ///   - text: the segment's text, into which the matches' ranges point.
    ///   - links: the language's qualifier links, folded (`TerminologyRules.qualifierLinks`).
    static func qualifiers(in matches: [TermMatch], text: [UInt16], glossary: Glossary, links: [String]) -> Set<Int> {
        var found: Set<Int> = []
        for index in matches.indices.dropFirst() {
            let (name, country) = (matches[index - 1], matches[index])
            guard glossary.entries[name.entryIndex].kind == .organization,
                glossary.entries[country.entryIndex].kind == .country,
                name.range.upperBound <= country.range.lowerBound, country.range.upperBound <= text.count
            else { continue }
            let between = Self.trimmed(text[name.range.upperBound..<country.range.lowerBound])
            let linked = links.contains(String(units: between).lowercased())
            let after = Self.trimmed(text[country.range.upperBound...])
            let bracketed = between.count == 1 && between.first.map(CharacterClass.isOpeningBracket) == true
                && after.first.map(CharacterClass.isCloser) == true
            if linked || bracketed { found.insert(index) }
        }
        return found
    }

    /// `units` without white space at either end.
    private static func trimmed(_ units: ArraySlice<UInt16>) -> ArraySlice<UInt16> {
        let isSpace = { (unit: UInt16) in CharacterClass.isSpace(unit) || CharacterClass.isLineBreak(unit) }
        guard let first = units.firstIndex(where: { !isSpace($0) }), let last = units.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return units[first...last]
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
