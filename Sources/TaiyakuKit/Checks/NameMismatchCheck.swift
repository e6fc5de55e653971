/// `name-mismatch`: a proper noun in an aligned bead that the other side leaves out, or renders as a different
/// name: a person, place, organisation, product or acronym, in any script (`Robert Stein` and `ロバート・スミス`,
/// `University of Tsukuba` and `立命館大学`, `Google` dropped from `Googleマップ`).
///
/// Names come from the analysis of each side (`DocumentNames`): English capitalised names and acronyms; Japanese
/// dictionary proper nouns (MeCab's IPAdic) in kanji, katakana names, and Latin-script names. Two names are the
/// same when a part of one sounds like a part of the other (`ProperNameComparison`: readings for kanji,
/// transliteration for katakana, letters for Latin). A name also has its counterpart when the other side writes it
/// as an ordinary word (`Salesforce` as `セールスフォース`, `GREEN` in `GREEN×EXPO`), when the lexicon renders it by
/// meaning (`Germany`, `ドイツ`), or when it lies in a glossary term the glossary renders in the other language
/// (then `term-missing` speaks for it).
///
/// What is left is reported once per name and bead:
/// - a **substitution**, when both sides are left with a name of a fitting kind (or a person's name shares one
///   part and differs in another): one finding naming both, an `error` when both are clearly persons' names and
///   neither is found anywhere in the other sentence, otherwise a `warning`;
/// - a name of one side with **no counterpart** (a `warning`): an English name with a word in capitals (`MODI`,
///   `OECD`; a capitalised word such as `Asia` or `Phase` is often rendered by meaning); on the Japanese side only
///   persons' names that are certainly names (a dictionary person, a katakana word with `氏` or written in parts),
///   never a katakana word the dictionary does not know, which may be a loanword. An English acronym
///   beside a Japanese organisation name left over is taken for its expansion (`WHO`, `世界保健機関`).
package struct NameMismatchCheck: Check {
    package let id = "name-mismatch"
    package let summary =
        "A proper noun in one sentence that the aligned sentence of the other language leaves out or renders as another name."
    package let defaultSeverity = Finding.Severity.warning
    /// How names are compared.
    package let comparison: ProperNameComparison

    package init() {
        self.comparison = ProperNameComparison()
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                source: "Prime Minister Narendra MODI visited Tokyo.", target: "首相は東京を訪問した。",
                marking: "Narendra MODI"),
            CheckExample(
                source: "Special Envoy Robert Stein met the Minister.",
                target: "ロバート・スミス特使は大臣と会談した。", marking: "Robert Stein", "ロバート・スミス"),
            CheckExample(
                source: "Both sides welcomed cooperation with the OECD in the field of statistics.",
                target: "双方は、統計分野における協力を歓迎した。", marking: "OECD"),
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
            CheckExample(
                source: "The cost of the sensor test was lower than expected.", target: "センサーのテストのコストは予想より低かった。",
                triggers: false),
        ]
    }

    /// A name of one side of a bead, and where it is.
    private struct Placed {
        let segment: Int
        let name: ProperName
        /// The first segment of the bead on the other side.
        let counterpart: Int
        var matched = false

        /// The name from its first identifying word on (`Robert Stein` for `Envoy Robert Stein`).
        var withoutTitle: Placed {
            guard name.script == .latin, let first = name.parts.first?.first else { return self }
            let words = name.surface.split(separator: " ")
            guard let index = words.firstIndex(where: { $0.lowercased().hasPrefix(first) }), index > 0 else { return self }
            let dropped = words[..<index].reduce(0) { $0 + $1.utf16.count + 1 }
            var trimmed = name
            trimmed.surface = words[index...].joined(separator: " ")
            trimmed.range = (name.range.lowerBound + dropped)..<name.range.upperBound
            return Placed(segment: segment, name: trimmed, counterpart: counterpart, matched: matched)
        }
    }

    package func findings(in context: CheckContext) -> [Finding] {
        // Documents that do not translate each other: `not-a-translation` reports the pair once.
        guard context.isTranslation else { return [] }
        var findings: [Finding] = []
        var left: [Placed] = []
        var foundSomewhere: Set<String> = []
        for bead in context.beads where bead.isAligned {
            let result = self.findings(in: bead, context)
            findings += result.findings
            left += result.left
            foundSomewhere.formUnion(result.matched)
        }
        // A source name left without counterpart: once per name, saying how often. A name never found in the
        // translation yet used several times is rendered by meaning throughout (`ASR`, `音声認識`), not dropped.
        var groups: [String: [Placed]] = [:]
        var order: [String] = []
        for placed in left {
            let key = placed.name.surface.lowercased()
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(placed)
        }
        for key in order {
            guard let places = groups[key], let first = places.first else { continue }
            if places.count >= 2 && !foundSomewhere.contains(key) { continue }
            findings.append(missing(first, count: places.count, context))
        }
        return findings
    }

    /// The findings of one bead (substitutions), the source names left without counterpart, and the source names
    /// that found theirs (lower case).
    private func findings(
        in bead: Bead, _ context: CheckContext
    ) -> (findings: [Finding], left: [Placed], matched: Set<String>) {
        var sides: [DocumentSide: [Placed]] = [:]
        for side in DocumentSide.allCases {
            sides[side] = bead.segments(side).flatMap { segment in
                context.names(side, segment: segment).names.map {
                    Placed(segment: segment, name: $0, counterpart: bead.segments(side.other).lowerBound)
                }
            }
        }
        var source = sides[.source] ?? []
        var target = sides[.target] ?? []
        var findings: [Finding] = []
        // Pairs of names that share a part; a person's name that differs in its other part is a substitution.
        var pairs: [(Int, Int)] = []
        for i in source.indices {
            for j in target.indices
            where comparison.sharesPart(source[i].name, target[j].name) || comparison.sharesPart(target[j].name, source[i].name) {
                if !source[i].matched && !target[j].matched { pairs.append((i, j)) }
                source[i].matched = true
                target[j].matched = true
                if let finding = partialSubstitution(source[i], target[j], context) {
                    findings.append(finding)
                }
            }
        }
        findings += swaps(pairs, source, target, context)
        for side in DocumentSide.allCases {
            let other = side.other
            let otherText = bead.segments(other).map { context.document(other).segments[$0].units }
            let otherWords = bead.segments(other).flatMap { context.names(other, segment: $0).words }
            let otherLexicon = Set(bead.segments(other).flatMap { context.names(other, segment: $0).lexiconEntries })
            var placed = side == .source ? source : target
            for k in placed.indices where !placed[k].matched {
                let name = placed[k].name
                // A title before the name (`Prime Minister`) is a glossary term of its own, not the name's.
                if isGlossaryName(placed[k].withoutTitle.name, segment: placed[k].segment, side, in: context)
                    || !Set(name.lexiconEntries).isDisjoint(with: otherLexicon)
                    || writtenAsWord(name, words: otherWords, texts: otherText)
                {
                    placed[k].matched = true
                }
            }
            if side == .source { source = placed } else { target = placed }
        }
        let matched = Set(source.filter(\.matched).map { $0.name.surface.lowercased() })
        var leftSource = source.filter { !$0.matched }
        let leftTarget = target.filter { !$0.matched }
        // Substitutions: a left-over name on each side, of fitting kinds, in order of position; acronyms first,
        // so that an organisation's name in full is taken for their expansion.
        var usedTarget: Set<Int> = []
        var usedSource: Set<Int> = []
        // Whether the English side speaks of a university (`University of Tsukuba` is two names to the grammar).
        let university = DocumentSide.allCases.contains { side in
            context.document(side).language == .english
                && bead.segments(side).contains { context.document(side).segments[$0].text.contains("University") }
        }
        let order = leftSource.indices.sorted {
            (leftSource[$0].name.kind != .acronym ? 1 : 0, $0) < (leftSource[$1].name.kind != .acronym ? 1 : 0, $1)
        }
        for i in order {
            // The partner standing nearest in the sentence, by relative position.
            let here = Self.relativePosition(leftSource[i], context, .source)
            guard
                let j = leftTarget.indices.filter({
                    !usedTarget.contains($0)
                        && fit(leftSource[i].name, leftTarget[$0].name, universityInLatin: university) != nil
                }).min(by: {
                    abs(Self.relativePosition(leftTarget[$0], context, .target) - here)
                        < abs(Self.relativePosition(leftTarget[$1], context, .target) - here)
                }), let fit = fit(leftSource[i].name, leftTarget[j].name, universityInLatin: university)
            else { continue }
            usedSource.insert(i)
            // An organisation's name in full may expand several acronyms (`UN`, `UNGA`: 国連, 国連総会), and a name
            // rendered by meaning (`Washington`, 米国) is no substitution.
            if fit == .expansion { continue }
            usedTarget.insert(j)
            findings.append(substitution(leftSource[i], leftTarget[j], context, sure: fit == .sure))
        }
        leftSource = leftSource.indices.filter { !usedSource.contains($0) }.map { leftSource[$0] }
        let language = context.document(.source).language
        return (findings, leftSource.filter { Self.isReportedAlone($0.name, language: language) }, matched)
    }

    /// Two names of the same kind of institution (`Court`, `Ministry`, `University`) that stand in one order in the
    /// source and in the other order in the translation: their roles may be exchanged (`the Osaka High Court
    /// upheld the ruling of the Kobe District Court` rendered with the courts swapped). A warning: a translation
    /// may also reorder the sentence.
    private func swaps(_ pairs: [(Int, Int)], _ source: [Placed], _ target: [Placed], _ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (a, first) in pairs.enumerated() {
            for second in pairs[(a + 1)...] {
                let (s1, s2) = (source[first.0], source[second.0])
                let (t1, t2) = (target[first.1], target[second.1])
                guard Self.precedes(s1, s2) != Self.precedes(t1, t2), s1.segment == s2.segment, t1.segment == t2.segment,
                    let head = Self.sharedHead(s1.name, s2.name) ?? Self.sharedHead(t1.name, t2.name)
                else { continue }
                findings.append(
                    context.finding(
                        self, source: (s1.segment, s1.name.range.lowerBound..<s2.name.range.upperBound),
                        target: (t1.segment, min(t1.name.range.lowerBound, t2.name.range.lowerBound)..<max(
                            t1.name.range.upperBound, t2.name.range.upperBound)),
                        message: "The \(head) names '\(s1.name.surface)' and '\(s2.name.surface)' stand in the other "
                            + "order in the translation ('\(t2.name.surface)' before '\(t1.name.surface)'): check that "
                            + "their roles are not exchanged"))
            }
        }
        return findings
    }

    /// Where a name stands in its segment, from 0 (start) to 1 (end).
    private static func relativePosition(_ placed: Placed, _ context: CheckContext, _ side: DocumentSide) -> Double {
        let length = max(1, context.document(side).segments[placed.segment].units.count)
        return Double(placed.name.range.lowerBound) / Double(length)
    }

    private static func precedes(_ a: Placed, _ b: Placed) -> Bool {
        (a.segment, a.name.range.lowerBound) < (b.segment, b.name.range.lowerBound)
    }

    /// The word saying what kind of institution both names name (`court`), if they share one.
    private static func sharedHead(_ a: ProperName, _ b: ProperName) -> String? {
        let heads: Set<String> = ["court", "ministry", "university", "agency", "bank", "council", "committee", "commission"]
        let wordsA = Set(a.surface.lowercased().split { !$0.isLetter }.map(String.init)).intersection(heads)
        let wordsB = Set(b.surface.lowercased().split { !$0.isLetter }.map(String.init))
        return wordsA.intersection(wordsB).sorted().first
    }

    /// How two left-over names of the two sides go together.
    private enum Fit {
        /// Both clearly persons' names: a substitution for sure.
        case sure
        /// Likely the same place in the sentence rendered as another name.
        case likely
        /// An acronym and an organisation's name in full (`WHO`, `世界保健機関`): taken as the same.
        case expansion
    }

    private func fit(_ a: ProperName, _ b: ProperName, universityInLatin: Bool = false) -> Fit? {
        // Loosely alike names are a loose transliteration, not another name.
        if comparison.closeness(a, b) >= comparison.differentBelow || comparison.closeness(b, a) >= comparison.differentBelow {
            return .expansion
        }
        if a.kind == .acronym || b.kind == .acronym {
            let other = a.kind == .acronym ? b : a
            return other.script == .kanji || other.kind == .organisation ? .expansion : nil
        }
        // A Latin name on both sides is compared by letters: different letters are not a rendering.
        if a.script == .latin && b.script == .latin { return nil }
        let foreign = a.script == .latin ? b : a
        let latin = a.script == .latin ? a : b
        switch foreign.script {
        case .katakana:
            if foreign.kind == .person && foreign.isCertain && latin.kind == .person { return .sure }
            // A katakana word the dictionary does not know may be a loanword for an English word (`イニシアティブ`
            // beside `Asia`), and a katakana place is as often the rendering of an adjective (`Asian`, アジア):
            // only two persons' names are partners.
            return nil
        case .kanji:
            if foreign.kind == .person && latin.kind == .person && foreign.parts.count >= 2 { return .sure }
            if foreign.kind == .person { return .likely }
            // Places and organisations in kanji are mostly rendered by meaning (`Washington`, 米国; `Democrats`,
            // 民主党); two universities are two names.
            if foreign.kind == .organisation, foreign.surface.hasSuffix("大学"), universityInLatin {
                return .likely
            }
            return .expansion
        case .latin:
            return nil
        }
    }

    /// Whether a name left without counterpart or partner is reported: English names always, Japanese names only
    /// when certainly names (and not an organisation in kanji, which translations render by meaning).
    private static func isReportedAlone(_ name: ProperName, language: Language) -> Bool {
        switch name.script {
        case .latin:
            let letters = name.parts.joined().joined().count
            // A romanised Japanese word (`Budo`, `Takaichi`) may be written in kanji as an ordinary word, where only
            // the glossary finds it; so may an acronym that reads as Japanese (`UNGA`, 国連総会), which is left out
            // for the same reason.
            if name.parts.allSatisfy({ $0.contains(where: RomanizedJapanese.isJapanese) }) {
                return false
            }
            // Two letters kept in a Japanese text (`CM`, `FX`) are as often the translator's abbreviation as a name.
            guard language == .english else { return letters >= 3 }
            // In English only a name with a word in capitals (`MODI`, `OECD`) is sure: a capitalised word (`Asia`,
            // `Phase`, `Transport`) is as often rendered by meaning or folded into a Japanese word.
            return letters >= 2 && name.surface.split(separator: " ").contains { word in
                word.count >= 2 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
                    && word.contains { $0.isLetter }
            }
        case .katakana:
            // A katakana place (`アジア`) is as often an adjective's rendering (`Asian`) as a place left alone.
            return name.isCertain && name.kind == .person
        case .kanji:
            // A family name alone (`一村`) may be an ordinary word read as a name; family and given name are sure.
            return name.kind == .person && name.parts.count >= 2
        }
    }

    /// Whether the other side writes a part of the name as a word: the same Latin letters, or a word that sounds
    /// like it (a loanword, a lower-case word).
    private func writtenAsWord(_ name: ProperName, words: [String], texts: [[UInt16]]) -> Bool {
        for part in name.parts {
            for form in part {
                let letters = form.utf16.map(CharacterClass.foldedLatin)
                if texts.contains(where: { Self.occurs(letters, in: $0) }) { return true }
                if form.count >= 3, form.hasSuffix("s"),
                    texts.contains(where: { Self.occurs(Array(letters.dropLast()), in: $0) })
                {
                    return true
                }
                if words.contains(where: { comparison.similarity(form, $0, inside: false) >= comparison.threshold }) {
                    return true
                }
            }
        }
        return false
    }

    /// A person's name whose one part matches and another differs on both sides: `Robert Stein` and `ロバート・スミス`.
    private func partialSubstitution(_ a: Placed, _ b: Placed, _ context: CheckContext) -> Finding? {
        let (latin, foreign) = a.name.script == .latin ? (a, b) : (b, a)
        guard latin.name.script == .latin, foreign.name.script == .katakana, foreign.name.kind == .person,
            latin.name.parts.count >= 2, foreign.name.parts.count >= 2
        else { return nil }
        let latinLeft = latin.name.parts.filter { comparison.similarity(ofPart: $0, toPartsOf: foreign.name) < comparison.threshold }
        let foreignLeft = foreign.name.parts.filter {
            comparison.similarity(ofPart: $0, toPartsOf: latin.name) < comparison.threshold
        }
        guard !latinLeft.isEmpty, !foreignLeft.isEmpty else { return nil }
        // Only parts clearly different: a loose transliteration (`Keir`, キア) is not another name.
        for part in latinLeft {
            for other in foreignLeft {
                for form in part {
                    for otherForm in other where comparison.similarity(form, otherForm, inside: false) >= comparison.differentBelow {
                        return nil
                    }
                }
            }
        }
        return substitution(a, b, context, sure: true)
    }

    private func substitution(_ source: Placed, _ target: Placed, _ context: CheckContext, sure: Bool) -> Finding {
        let source = source.withoutTitle
        let target = target.withoutTitle
        return Finding(
            ruleID: id, severity: sure ? .error : .warning,
            message: "The name '\(source.name.surface)' in the source is rendered '\(target.name.surface)' in the "
                + "translation: they are different names",
            source: context.location(.source, segment: source.segment, textRange: source.name.range),
            target: context.location(.target, segment: target.segment, textRange: target.name.range),
            suggestion: "Check which name is meant; render '\(source.name.surface)' if the source is right.")
    }

    private func missing(_ placed: Placed, count: Int, _ context: CheckContext) -> Finding {
        let placed = placed.withoutTitle
        let surface = placed.name.surface
        let often = count > 1 ? " (\(count) times in the document; the first is shown)" : ""
        return context.finding(
            self, source: (placed.segment, placed.name.range), target: (placed.counterpart, nil),
            message: "The name '\(surface)' in the source has no counterpart in the aligned translation" + often,
            suggestion: "Render '\(surface)' in the translation, or confirm that leaving it out is intended.")
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
    private func isGlossaryName(_ name: ProperName, segment: Int, _ side: DocumentSide, in context: CheckContext) -> Bool {
        guard let terminology = context.terminology else { return false }
        let otherLanguage = context.document(side.other).language
        return context.termMatches(side, segment: segment).contains { match in
            guard match.range.overlaps(name.range),
                let rendering = terminology.glossary.entries[match.entryIndex].terms(in: otherLanguage)
            else { return false }
            return !rendering.preferred.isEmpty
        }
    }
}
