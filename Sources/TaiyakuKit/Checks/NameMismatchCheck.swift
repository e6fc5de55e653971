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
        /// Whether the other side keeps the other names of the bead in Latin letters (`Facebook`, `Instagram`):
        /// then a name left out there is likely dropped, not rendered by meaning.
        var besideLatinNames = false

        /// The name from its first identifying word on (`Robert Stein` for `Envoy Robert Stein`).
        var withoutTitle: Placed {
            guard name.script == .latin, let first = name.parts.first?.first else { return self }
            let words = name.surface.split(separator: " ")
            guard let index = words.firstIndex(where: { $0.lowercased().hasPrefix(first) }), index > 0 else { return self }
            let dropped = words[..<index].reduce(0) { $0 + $1.utf16.count + 1 }
            var trimmed = name
            trimmed.surface = words[index...].joined(separator: " ")
            trimmed.range = (name.range.lowerBound + dropped)..<name.range.upperBound
            return Placed(
                segment: segment, name: trimmed, counterpart: counterpart, matched: matched,
                besideLatinNames: besideLatinNames)
        }
    }

    package func findings(in context: CheckContext) -> [Finding] {
        // Documents that do not translate each other: `not-a-translation` reports the pair once.
        guard context.isTranslation else { return [] }
        var findings: [Finding] = []
        var left: [Placed] = []
        var substitutions: [Substitution] = []
        var foundSomewhere: Set<String> = []
        var named: Set<String> = []
        for bead in context.beads where bead.isAligned {
            let result = self.findings(in: bead, named: named, context)
            named.formUnion(result.names)
            findings += result.findings
            substitutions += result.substitutions
            left += result.left
            foundSomewhere.formUnion(result.matched)
        }
        findings += self.substitutions(substitutions, renderedElsewhere: foundSomewhere, context)
        // A source name left without counterpart: once per name, saying how often. A name never found in the
        // translation yet used several times is rendered by meaning throughout (`ASR`, `音声認識`), not dropped.
        var groups: [String: [Placed]] = [:]
        var order: [String] = []
        for placed in left {
            let key = Self.key(of: placed.name)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(placed)
        }
        let language = context.document(.source).language
        for key in order {
            guard let places = groups[key], let first = places.first else { continue }
            let renderedElsewhere = foundSomewhere.contains(key)
            if places.count >= 2 && !renderedElsewhere { continue }
            guard
                let severity = Self.severityAlone(
                    first.name, language: language, renderedElsewhere: renderedElsewhere,
                    besideLatinNames: places.contains(where: \.besideLatinNames))
            else { continue }
            findings.append(
                missing(first, count: places.count, renderedElsewhere: renderedElsewhere, severity: severity, context))
        }
        return findings
    }

    /// The findings of one bead (substitutions), the source names left without counterpart, and the source names
    /// that found theirs (lower case).
    /// - Parameter named: the source names of the beads before (keys): what `同氏` may name again.
    private func findings(
        in bead: Bead, named: Set<String>, _ context: CheckContext
    ) -> (findings: [Finding], substitutions: [Substitution], left: [Placed], matched: Set<String>, names: Set<String>) {
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
        // Pairs of names that share a part, best first: each name takes its best partner, and a name that only
        // resembles one already taken stays left over (`Alna`, アルナ, takes アルナ from `Africa`'s substitute), unless
        // it is nearly the same name said twice. A person's name that differs in its other part is a substitution.
        // Whole words alike first (`Mozambique`, モザンビーク), then a part inside another (`Zambia` in `モザンビーク`).
        var candidates: [(closeness: Double, score: Double, source: Int, target: Int)] = []
        for i in source.indices {
            for j in target.indices {
                let score = max(
                    comparison.partScore(source[i].name, target[j].name), comparison.partScore(target[j].name, source[i].name))
                if score >= comparison.threshold {
                    candidates.append((comparison.mutualCloseness(source[i].name, target[j].name), score, i, j))
                }
            }
        }
        candidates.sort {
            ($0.closeness, $0.score, $1.source, $1.target) > ($1.closeness, $1.score, $0.source, $0.target)
        }
        var pairs: [(Int, Int)] = []
        for (closeness, _, i, j) in candidates {
            let free = !source[i].matched && !target[j].matched
            // The same name again: whole words nearly alike (`Zambia` is inside `モザンビーク`, but not that name).
            guard free || closeness >= comparison.sameAbove else { continue }
            if free { pairs.append((i, j)) }
            source[i].matched = true
            target[j].matched = true
            if let finding = partialSubstitution(source[i], target[j], context) {
                findings.append(finding)
            }
            if let finding = missingCode(source[i], target[j], bead, context) {
                findings.append(finding)
            }
        }
        pairs.sort { $0 < $1 }
        findings += swaps(pairs, source, target, context)
        findings += roleSwaps(pairs, source, target, context)
        for side in DocumentSide.allCases {
            let other = side.other
            let otherText = bead.segments(other).map { context.document(other).segments[$0].units }
            let otherWords = bead.segments(other).flatMap { context.names(other, segment: $0).words }
            let otherLexicon = Set(bead.segments(other).flatMap { context.names(other, segment: $0).lexiconEntries })
            var placed = side == .source ? source : target
            let otherNamesLexicon = Set((side == .source ? target : source).flatMap(\.name.lexiconEntries))
            for k in placed.indices where !placed[k].matched {
                let name = placed[k].name
                let lexicon = name.script == .kanji && name.kind == .organisation ? otherNamesLexicon : otherLexicon
                // A title before the name (`Prime Minister`) is a glossary term of its own, not the name's.
                if isGlossaryName(placed[k].withoutTitle.name, segment: placed[k].segment, side, in: context)
                    || !Set(name.lexiconEntries).isDisjoint(with: lexicon)
                    || writtenAsWord(name, words: otherWords, texts: otherText, strict: name.script == .katakana)
                {
                    placed[k].matched = true
                }
            }
            if side == .source { source = placed } else { target = placed }
        }
        let matched = Set(source.filter(\.matched).map { Self.key(of: $0.name) })
        var leftSource = source.filter { !$0.matched }
        let leftTarget = target.filter { !$0.matched }
        // Substitutions: a left-over name on each side, of fitting kinds, in order of position; acronyms first,
        // so that an organisation's name in full is taken for their expansion.
        var substitutions: [Substitution] = []
        var usedTarget: Set<Int> = []
        var usedSource: Set<Int> = []
        // Whether the English side speaks of a university (`University of Tsukuba` is two names to the grammar).
        let university = DocumentSide.allCases.contains { side in
            context.document(side).language == .english
                && bead.segments(side).contains { context.document(side).segments[$0].text.contains("University") }
        }
        // Each left-over source name takes the fitting partner that sounds most like it (acronyms first, so that an
        // organisation's name in full is taken for their expansion; then the nearest by position).
        var options: [(acronym: Bool, closeness: Double, distance: Double, source: Int, target: Int, fit: Fit)] = []
        for i in leftSource.indices {
            let here = Self.relativePosition(leftSource[i], context, .source)
            for j in leftTarget.indices {
                guard let fit = fit(leftSource[i].name, leftTarget[j].name, universityInLatin: university) else { continue }
                options.append(
                    (leftSource[i].name.kind == .acronym, comparison.mutualCloseness(leftSource[i].name, leftTarget[j].name),
                     abs(Self.relativePosition(leftTarget[j], context, .target) - here), i, j, fit))
            }
        }
        options.sort {
            ($0.acronym ? 0 : 1, -$0.closeness, $0.distance, $0.source, $0.target)
                < ($1.acronym ? 0 : 1, -$1.closeness, $1.distance, $1.source, $1.target)
        }
        for option in options where !usedSource.contains(option.source) && !usedTarget.contains(option.target) {
            usedSource.insert(option.source)
            // An organisation's name in full may expand several acronyms (`UN`, `UNGA`: 国連, 国連総会), and a name
            // rendered by meaning (`Washington`, 米国) is no substitution.
            if option.fit == .expansion { continue }
            usedTarget.insert(option.target)
            substitutions.append(
                Substitution(
                    source: leftSource[option.source], target: leftTarget[option.target], fit: option.fit,
                    closeness: option.closeness))
        }
        leftSource = leftSource.indices.filter { !usedSource.contains($0) }.map { leftSource[$0] }
        if source.contains(where: { $0.name.script == .latin }) {
            // Names, not acronyms (a government text keeps `ODA` and `SATREPS` in Latin and renders names by meaning).
            let latinKept = pairs.contains {
                target[$0.1].name.script == .latin && source[$0.0].name.script == .latin && source[$0.0].name.kind != .acronym
            }
            for index in leftSource.indices { leftSource[index].besideLatinNames = latinKept }
        }
        // A Japanese translation names again what it named before with `同` and a noun (`同氏`, `同国`, `同社`:
        // "that person", "that country", "that company"): each such word stands for one left-over name.
        let anaphora = bead.segments(.target).reduce(0) { count, segment in
            count + Self.anaphora(in: context.document(.target).segments[segment].units, context.document(.target).language)
        }
        if anaphora > 0 {
            // Only a name said before is named again, and an acronym is not named with `同`.
            let again = leftSource.indices.filter {
                leftSource[$0].name.kind != .acronym && named.contains(Self.key(of: leftSource[$0].name))
            }.prefix(anaphora)
            leftSource = leftSource.indices.filter { !again.contains($0) }.map { leftSource[$0] }
        }
        return (findings, substitutions, leftSource, matched, Set(source.map { Self.key(of: $0.name) }))
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
                        message: "The \(head) names '\(Self.quoted(s1.name))' and '\(Self.quoted(s2.name))' stand in the other "
                            + "order in the translation ('\(Self.quoted(t2.name))' before '\(Self.quoted(t1.name))'): check that "
                            + "their roles are not exchanged"))
            }
        }
        return findings
    }

    /// Two persons of one sentence whose parts are exchanged: the translation makes the one who acts of the other
    /// the one acted on, and the other way round (`MOTEGI Toshimitsu conveyed the message to … Mohammad Ishaq Dar`
    /// rendered `ダール副首相兼外務大臣は、…茂木敏充外務大臣との電話会談において…伝えました`). Read from the words
    /// around each name (`ClauseRole`): both names must say their part on both sides. A warning: a translation may
    /// also turn the sentence round.
    private func roleSwaps(
        _ pairs: [(Int, Int)], _ source: [Placed], _ target: [Placed], _ context: CheckContext
    ) -> [Finding] {
        let japaneseSide: DocumentSide
        switch (context.document(.source).language, context.document(.target).language) {
        case (.english, .japanese): japaneseSide = .target
        case (.japanese, .english): japaneseSide = .source
        default: return []
        }
        func roles(_ pair: (Int, Int)) -> (english: ClauseRole?, japanese: ClauseRole?)? {
            let (s, t) = (source[pair.0], target[pair.1])
            let (english, japanese) = japaneseSide == .target ? (s, t) : (t, s)
            // Persons: a person to the dictionary or the grammar on either side (`ダール` in parts, `Mohammad Ishaq
            // Dar` of several words).
            guard japanese.name.kind == .person || english.name.kind == .person, english.name.script == .latin,
                japanese.name.script != .latin
            else { return nil }
            let japaneseNames = context.names(japaneseSide, segment: japanese.segment)
            return (
                ClauseRole.english(
                    before: english.name.range.lowerBound,
                    units: context.document(japaneseSide.other).segments[english.segment].units),
                ClauseRole.japanese(
                    after: japanese.name.range.upperBound, morphemes: japaneseNames.morphemes,
                    units: context.document(japaneseSide).segments[japanese.segment].units))
        }
        let pairRoles = pairs.map(roles)
        var findings: [Finding] = []
        for (a, first) in pairs.enumerated() {
            for (b, second) in pairs.enumerated() where a != b {
                guard source[first.0].segment == source[second.0].segment,
                    target[first.1].segment == target[second.1].segment,
                    let one = pairRoles[a], let two = pairRoles[b],
                    // The one who acts in Japanese is acted on in English, and the other way round.
                    one.japanese == .actor, one.english == .other, two.english == .actor, two.japanese == .other
                else { continue }
                let (actorHere, actorThere) = japaneseSide == .target
                    ? (source[second.0], target[first.1]) : (target[second.1], source[first.0])
                let (english, japanese) = japaneseSide == .target ? ("source", "translation") : ("translation", "source")
                findings.append(
                    context.finding(
                        self, source: (source[first.0].segment, Self.span(source[first.0], source[second.0])),
                        target: (target[first.1].segment, Self.span(target[first.1], target[second.1])),
                        message: "The \(english) makes '\(Self.quoted(actorHere.withoutTitle.name))' the one who acts, the "
                            + "\(japanese) '\(Self.quoted(actorThere.withoutTitle.name))': check that the two persons' roles "
                            + "are not exchanged"))
            }
        }
        return findings
    }

    /// A name as a message quotes it (bounded: a run of capitalised words may be long).
    private static func quoted(_ name: ProperName) -> String {
        Limits.standard.quoted(name.surface)
    }

    /// The text from the first of two names to the end of the last.
    private static func span(_ a: Placed, _ b: Placed) -> Range<Int> {
        min(a.name.range.lowerBound, b.name.range.lowerBound)..<max(a.name.range.upperBound, b.name.range.upperBound)
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
        /// A name the dictionary or the text marks as a name (a person, a place; written in parts; with `氏` or
        /// `州`) in the place of the other: likely another name.
        case likely
        /// A katakana word the dictionary does not know: another name or a loanword.
        case possible
        /// An acronym and an organisation's name in full (`WHO`, `世界保健機関`), or two names loosely alike (a loose
        /// transliteration: `Kyiv`, キーウ): taken as the same.
        case expansion
    }

    private func fit(_ a: ProperName, _ b: ProperName, universityInLatin: Bool = false) -> Fit? {
        // Two names the lexicon knows, rendered otherwise (`Africa`, ウクライナ): another name.
        if !a.lexiconEntries.isEmpty, !b.lexiconEntries.isEmpty, Set(a.lexiconEntries).isDisjoint(with: b.lexiconEntries),
            a.isCertain, b.isCertain, a.kind == .place || b.kind == .place, a.kind != .acronym, b.kind != .acronym,
            a.script != .kanji, b.script != .kanji
        {
            return .likely
        }
        // A person is not rendered by meaning as an institution or a place (`Andrew Clyde`, 下院).
        if a.script != b.script, [a, b].contains(where: { $0.script == .latin && $0.kind == .person }),
            [a, b].contains(where: { $0.script == .kanji && $0.kind != .person })
        {
            return nil
        }
        // Loosely alike names are a loose transliteration, not another name.
        if comparison.isLooselyAlike(a, b) { return .expansion }
        if a.kind == .acronym || b.kind == .acronym {
            let other = a.kind == .acronym ? b : a
            // `NY`, ニューヨーク; `WHO`, 世界保健機関.
            return other.script == .kanji || other.script == .katakana || other.kind == .organisation ? .expansion : nil
        }
        // A Latin name on both sides is compared by letters: different letters are not a rendering.
        if a.script == .latin && b.script == .latin { return nil }
        let foreign = a.script == .latin ? b : a
        let latin = a.script == .latin ? a : b
        switch foreign.script {
        case .katakana:
            // Both clearly persons: the English name titled or of several parts none of them an ordinary word.
            if foreign.kind == .person && foreign.isCertain && latin.kind == .person && latin.ordinaryParts.isEmpty {
                return .sure
            }
            // An English word the dictionary has in lower case (`Equal`) may be rendered by meaning.
            guard latin.isCertain else { return .possible }
            return foreign.isCertain ? .likely : .possible
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

    /// How sure it is that a name left without counterpart or partner is missing from the translation (`nil`: too
    /// unsure to report). `renderedElsewhere`: the translation renders the same name in another sentence.
    /// `besideLatinNames`: the translation keeps the other names of the sentence in Latin letters.
    private static func severityAlone(
        _ name: ProperName, language: Language, renderedElsewhere: Bool, besideLatinNames: Bool
    ) -> Finding.Severity? {
        switch name.script {
        case .latin:
            let letters = name.parts.joined().joined().count
            // A romanised Japanese word (`Budo`, `Takaichi`) may be written in kanji as an ordinary word, where only
            // the glossary finds it; so may an acronym that reads as Japanese (`UNGA`, 国連総会), which is left out
            // for the same reason.
            // A word the lexicon renders by meaning (`Japan`: 日本, 我が国, 日・タジキスタン) may be named otherwise.
            if name.parts.count == 1 && !name.lexiconEntries.isEmpty && !name.isCertain { return nil }
            // A title whose ordinary words were set aside (`Grassroots Human Security Projects`) is rendered by
            // meaning, unless a word of it is in capitals (`SHORT Act`).
            if !name.isCertain, name.surface.split(whereSeparator: { $0 == " " }).count > name.parts.count {
                return Self.hasWordInCapitals(name) ? .note : nil
            }
            if name.parts.allSatisfy({ $0.contains(where: RomanizedJapanese.isJapanese) }) {
                // An acronym that reads as Japanese (`NATO`, `WHO`) is still worth a glance.
                return name.kind == .acronym && letters >= 3 || renderedElsewhere ? .note : nil
            }
            // Two letters kept in a Japanese text (`CM`, `FX`) are as often the translator's abbreviation as a name.
            guard language == .english else { return letters >= 3 ? (renderedElsewhere ? .warning : .note) : nil }
            guard letters >= 2 else { return nil }
            // A name of several ordinary words (`Google Maps`, `Pampered Chef`) only beside names kept in Latin.
            if !name.isCertain && name.parts.count >= 2 {
                return besideLatinNames || renderedElsewhere && name.parts.count == 2 ? .note : nil
            }
            // A name the translation renders in other sentences is missing here, unless it may be rendered by
            // meaning here (an acronym spelt out, a word the dictionary or the lexicon knows: `Labour`, 労働党; a
            // long title).
            if renderedElsewhere {
                let sure = name.isCertain && name.kind != .acronym && name.lexiconEntries.isEmpty && name.parts.count <= 2
                return sure ? .warning : .note
            }
            // A person's name with the family name in capitals (`Narendra MODI`) is surely a name and surely
            // rendered; an acronym (`DHS`, `TV`) is often spelt out or rendered by meaning, a capitalised word
            // (`Google`) often kept in Latin letters: worth a glance.
            let inCapitals = Self.hasWordInCapitals(name)
            if inCapitals && name.kind != .acronym && name.parts.count >= 2 { return .warning }
            // A name of ordinary words (`Detailed Design`, `Equal`) or a people (`Asian`) is reported only where the
            // translation keeps the sentence's other names in Latin letters.
            return inCapitals || name.isCertain || besideLatinNames ? .note : nil
        case .katakana:
            // A katakana place (`アジア`) is as often an adjective's rendering (`Asian`) as a place left alone.
            guard name.isCertain else { return nil }
            return name.kind == .person ? .warning : name.kind == .place ? .note : nil
        case .kanji:
            // A family name alone (`一村`) may be an ordinary word read as a name (a note); family and given name are
            // sure.
            guard name.kind == .person else { return nil }
            return name.parts.count >= 2 ? .warning : .note
        }
    }

    /// Whether the other side writes a part of the name as a word: the same Latin letters, or a word that sounds
    /// like it (a loanword, a lower-case word).
    /// - Parameter strict: for a katakana name against English words: only words of four letters or more, and a
    ///   certain name must sound nearly the same (`ウクライナ` is not `aren`, `リーブス` not `laws`).
    private func writtenAsWord(_ name: ProperName, words: [String], texts: [[UInt16]], strict: Bool = false) -> Bool {
        let threshold = strict && name.isCertain ? comparison.sameAbove : comparison.threshold
        let words = strict ? words.filter { $0.count >= 4 } : words
        let identifying = name.ordinaryParts.count < name.parts.count
        for (index, part) in name.parts.enumerated() where !(identifying && name.ordinaryParts.contains(index)) {
            for form in part {
                let letters = form.utf16.map(CharacterClass.foldedLatin)
                if texts.contains(where: { Self.occurs(letters, in: $0) }) { return true }
                if form.count >= 3, form.hasSuffix("s"),
                    texts.contains(where: { Self.occurs(Array(letters.dropLast()), in: $0) })
                {
                    return true
                }
                if words.contains(where: { comparison.similarity(form, $0, inside: false) >= threshold }) {
                    return true
                }
            }
        }
        return false
    }

    /// A short code in capitals inside a name (`LE` of `Corolla LE`, `GT`, `XL`) that the other side, writing the
    /// rest of the name in katakana or Latin letters, leaves out: a model or grade designation is kept in Latin
    /// letters (`カローラLE`). A note: the translation may name the model otherwise. Not for a name the other side
    /// writes in kanji (`ABE Shinzo`, 安倍晋三), whose capitals are a family name.
    private func missingCode(_ a: Placed, _ b: Placed, _ bead: Bead, _ context: CheckContext) -> Finding? {
        let (latin, other, latinSide) = a.name.script == .latin ? (a, b, DocumentSide.source) : (b, a, .target)
        guard latin.name.script == .latin, other.name.script != .kanji, latin.name.parts.count >= 2 else { return nil }
        // Two capitals closing the name (`Corolla LE`); a longer acronym there is one of its own (`Biden DOJ`).
        guard let code = latin.name.surface.split(separator: " ").last, code.count == 2,
            code.allSatisfy({ $0.isASCII && $0.isUppercase })
        else { return nil }
        let letters = Array(String(code).utf16.map(CharacterClass.foldedLatin))
        let otherSide = latinSide.other
        guard !bead.segments(otherSide).contains(where: { Self.occurs(letters, in: context.document(otherSide).segments[$0].units) })
        else { return nil }
        return context.finding(
            self, on: latinSide, here: (latin.segment, latin.name.range), there: (other.segment, other.name.range),
            message: "The code '\(code)' of the name '\(Self.quoted(latin.name))' has no counterpart in the aligned "
                + (latinSide == .source ? "translation" : "source") + ", which renders the rest of the name as '\(Self.quoted(other.name))'",
            suggestion: "Keep '\(code)' with the name, or confirm that leaving it out is intended.", severity: .note)
    }

    /// A person's name whose one part matches and another differs on both sides: `Robert Stein` and `ロバート・スミス`.
    private func partialSubstitution(_ a: Placed, _ b: Placed, _ context: CheckContext) -> Finding? {
        let (latin, foreign) = a.name.script == .latin ? (a, b) : (b, a)
        if foreign.name.script == .kanji { return kanjiPartialSubstitution(a, b, latin: latin, kanji: foreign, context) }
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
        return substitution(a, b, context, severity: .error)
    }

    /// A Japanese person's name in kanji whose given name matches the Latin name and whose family name does not
    /// (`SAITO Kenichi`, `佐藤健一`): the dictionary's reading of a family name is close to certain, and a
    /// romanisation differs from it only in long vowels (`KONO`, コウノ), so a family name less than nearly alike is
    /// another person. A `warning`: the dictionary may not know a rare reading. A given name clearly unlike the
    /// Latin one, with the family name matching, is a `note`: given names have many readings.
    private func kanjiPartialSubstitution(
        _ a: Placed, _ b: Placed, latin: Placed, kanji: Placed, _ context: CheckContext
    ) -> Finding? {
        guard latin.name.script == .latin, latin.name.kind == .person, kanji.name.kind == .person,
            kanji.name.parts.count == 2, latin.name.parts.count >= 2, let family = kanji.name.parts.first,
            let given = kanji.name.parts.last
        else { return nil }
        // The last two parts of the Latin name (a title before them is no part of a person's name).
        let latinParts = Array(latin.name.parts.suffix(2))
        guard latinParts.count == 2 else { return nil }
        func alike(_ forms: [String], _ other: [String]) -> Double {
            var best = 0.0
            for form in forms.prefix(8) {
                for otherForm in other.prefix(8) {
                    best = max(
                        best,
                        comparison.similarity(
                            RomanizedJapanese.withShortVowels(form), RomanizedJapanese.withShortVowels(otherForm),
                            inside: false))
                }
            }
            return best
        }
        // The Latin name's parts in either order (`SAITO Kenichi`, `Kenichi Saito`).
        let orders = [(latinParts[0], latinParts[1]), (latinParts[1], latinParts[0])]
        guard
            let (latinFamily, latinGiven) = orders.max(by: {
                alike($0.1, given) + alike($0.0, family) < alike($1.1, given) + alike($1.0, family)
            })
        else { return nil }
        let givenAlike = alike(latinGiven, given)
        let familyAlike = alike(latinFamily, family)
        let severity: Finding.Severity
        if givenAlike >= comparison.sameAbove, familyAlike < comparison.sameAbove {
            severity = .warning
        } else if familyAlike >= comparison.sameAbove, givenAlike < comparison.differentBelow {
            severity = .note
        } else {
            return nil
        }
        return substitution(a, b, context, severity: severity)
    }

    private func substitution(
        _ source: Placed, _ target: Placed, _ context: CheckContext, severity: Finding.Severity, count: Int = 1
    ) -> Finding {
        let source = source.withoutTitle
        let target = target.withoutTitle
        let often = count > 1 ? " (\(count) times in the document; the first is shown)" : ""
        return Finding(
            ruleID: id, severity: severity,
            message: "The name '\(Self.quoted(source.name))' in the source is rendered '\(Self.quoted(target.name))' in the "
                + "translation: they are different names" + often,
            source: context.location(.source, segment: source.segment, textRange: source.name.range),
            target: context.location(.target, segment: target.segment, textRange: target.name.range),
            suggestion: "Check which name is meant; render '\(Self.quoted(source.name))' if the source is right.")
    }

    /// A left-over name of the source rendered as a different name of the translation in one bead.
    private struct Substitution {
        let source: Placed
        let target: Placed
        let fit: Fit
        let closeness: Double
    }

    /// The substitutions of a document as findings: one per pair of names, saying how often. Persons' names
    /// clearly unlike are an error; a name the dictionary or the text marks as a name, or any name the translation
    /// renders rightly in other sentences, a warning; a country the lexicon knows (often named for its capital:
    /// `Moscow`, ロシア) or a katakana word the dictionary does not know, a note.
    private func substitutions(
        _ substitutions: [Substitution], renderedElsewhere: Set<String>, _ context: CheckContext
    ) -> [Finding] {
        var groups: [String: [Substitution]] = [:]
        var order: [String] = []
        for substitution in substitutions {
            let key = Self.key(of: substitution.source.name) + "\u{0}" + substitution.target.name.surface
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(substitution)
        }
        return order.compactMap { key in
            guard let group = groups[key], let first = group.first else { return nil }
            var severity: Finding.Severity
            switch first.fit {
            case .sure: severity = first.closeness < comparison.unlikeBelow ? .error : .warning
            case .likely:
                // A country or region the lexicon knows (`ロシア`, `ウクライナ`) stands for its capital or its
                // adjective as often as it replaces another place (`Moscow`, ロシア): a note. Another place the
                // lexicon does not know (`Samarkand`, タシケント) is a warning.
                let known = [first.source.name, first.target.name].contains {
                    $0.script != .latin && $0.kind == .place && !$0.lexiconEntries.isEmpty
                }
                severity = known ? .note : .warning
            case .possible, .expansion: severity = .note
            }
            // Not for places, often named for their country (`Moscow`, ロシア) or by their capital.
            if severity == .note, first.source.name.isCertain, first.target.name.isCertain,
                first.source.name.kind != .place, first.target.name.kind != .place,
                renderedElsewhere.contains(Self.key(of: first.source.name))
            {
                severity = .warning
            }
            return substitution(first.source, first.target, context, severity: severity, count: group.count)
        }
    }

    /// How many words of a text name again something named before: in Japanese `同` and a noun (`同氏`, `同国`:
    /// "that person", "that country"), in English a personal pronoun (`he`, `her`).
    private static func anaphora(in units: [UInt16], _ language: Language) -> Int {
        guard units.count >= 2 else { return 0 }
        var count = 0
        switch language {
        case .japanese:
            for index in 0..<(units.count - 1) where units[index] == 0x540C && anaphoricNouns.contains(units[index + 1]) {
                count += 1
            }
        case .english:
            var word: [UInt16] = []
            for unit in units + [0x20] {
                if CharacterClass.isLatinLetter(unit) {
                    word.append(CharacterClass.foldedLatin(unit))
                } else {
                    if !word.isEmpty, personalPronouns.contains(String(units: word)) { count += 1 }
                    word = []
                }
            }
        }
        return count
    }

    private static let personalPronouns: Set<String> = ["he", "she", "him", "his", "her", "hers"]

    /// 氏 国 社 行 省 市 州 県 庁 局 党 大 (同大学) 団 紙 誌 機 (同機) 船 校 所 署 院.
    private static let anaphoricNouns: Set<UInt16> = Set(
        "氏国社行省市州県庁局党大団紙誌機船校所署院".utf16)

    /// Whether a word of the name is written in capitals (`MODI`, `SHORT`, `OECD`).
    private static func hasWordInCapitals(_ name: ProperName) -> Bool {
        name.surface.split(separator: " ").contains { word in
            word.count >= 2 && word.allSatisfy { !$0.isLetter || $0.isUppercase } && word.contains { $0.isLetter }
        }
    }

    /// What identifies a name across a document, titles aside (`Secretary Mayorkas` and `Mayorkas`).
    private static func key(of name: ProperName) -> String {
        name.parts.map { $0.first ?? "" }.joined(separator: " ")
    }

    private func missing(
        _ placed: Placed, count: Int, renderedElsewhere: Bool, severity: Finding.Severity, _ context: CheckContext
    ) -> Finding {
        let placed = placed.withoutTitle
        let surface = Self.quoted(placed.name)
        let often = count > 1 ? " (\(count) times in the document; the first is shown)" : ""
        let elsewhere = renderedElsewhere ? ", though the translation renders it in other sentences" : ""
        return context.finding(
            self, source: (placed.segment, placed.name.range), target: (placed.counterpart, nil),
            message: "The name '\(surface)' in the source has no counterpart in the aligned translation" + elsewhere
                + often,
            suggestion: "Render '\(surface)' in the translation, or confirm that leaving it out is intended.",
            severity: severity)
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
