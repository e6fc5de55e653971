/// Finds the proper names of a Japanese segment from its morphemes: dictionary proper nouns written in kanji
/// (`石破茂`, `筑波大学`, `外務省`), katakana runs that act as names (`ロバート・スタイン`, `エモマリ・ラフモン`,
/// `ミネソタ州`), and Latin-script names kept in the Japanese (`Google`, `ＷＨＯ`).
///
/// A katakana run made only of everyday dictionary words (`コスト`, `テスト`, `センサー`, `ファクト・シート`) is
/// never a name. A run with a dictionary proper noun, or a word the dictionary does not know, is one; it is certain
/// when the dictionary says it names a person or a place, when it is written in parts (`・`) or when a name suffix
/// follows (`氏`, `さん`, `州`, `市`). Kanji names are romanised from every reading the dictionary offers
/// (`高市早苗` → `takaichi` + `sanae`); katakana by transliteration (`ロバート・スタイン` → `robato` + `sutain`).
///
package struct JapaneseNameFinder: Sendable {
    package init() {}

    /// The names of a segment, in order.
    /// - Parameters:
    ///   - units: the segment's text.
    ///   - morphemes: its morphemes (`JapaneseMorphology.morphemes(in:)`).
    /// - Complexity: O(n) in the number of morphemes (times the readings of a kanji name).
    package func names(in units: [UInt16], morphemes: [Morpheme]) -> [ProperName] {
        var names: [ProperName] = []
        var index = 0
        while index < morphemes.count {
            let morpheme = morphemes[index]
            let script = Self.script(of: units[morpheme.range])
            if script == .katakana {
                var end = index + 1
                while end < morphemes.count, morphemes[end].range.lowerBound == morphemes[end - 1].range.upperBound {
                    if Self.script(of: units[morphemes[end].range]) == .katakana {
                        end += 1
                    } else if Self.isMiddleDot(units[morphemes[end].range]), end + 1 < morphemes.count,
                        Self.script(of: units[morphemes[end + 1].range]) == .katakana,
                        morphemes[end + 1].range.lowerBound == morphemes[end].range.upperBound
                    {
                        end += 2  // キム・フォックス: the dot is a morpheme of its own
                    } else {
                        break
                    }
                }
                if let name = katakanaName(morphemes[index..<end], units: units, next: morphemes[safe: end]) {
                    names.append(name)
                }
                index = end
            } else if script == .kanji, let kind = morpheme.properNoun {
                var end = index + 1
                if kind.isPerson {
                    while end < morphemes.count, morphemes[end].properNoun?.isPerson == true,
                        Self.script(of: units[morphemes[end].range]) == .kanji,
                        morphemes[end].range.lowerBound == morphemes[end - 1].range.upperBound
                    {
                        end += 1
                    }
                }
                names.append(kanjiName(morphemes[index..<end], units: units))
                index = end
            } else if script == .latin {
                var end = index + 1
                while end < morphemes.count, Self.script(of: units[morphemes[end].range]) == .latin,
                    morphemes[end].range.lowerBound - morphemes[end - 1].range.upperBound <= 1
                {
                    end += 1
                }
                let range = morpheme.range.lowerBound..<morphemes[end - 1].range.upperBound
                let words = Self.latinWords(units[range])
                if words.reduce(0, { $0 + $1.count }) >= 2 {
                    let surface = String(units: units[range])
                    let capitals = units[range].filter(CharacterClass.isCapital).count
                    names.append(
                        ProperName(
                            range: range, surface: surface, kind: capitals >= 2 && words.count == 1 ? .acronym : .other,
                            script: .latin, parts: words.map { [$0] }, isCertain: true))
                }
                index = end
            } else {
                index += 1
            }
        }
        return names
    }

    /// Every katakana word of a segment (names and loanwords alike) romanised, so that a name on the other side
    /// written as a loanword here (`Salesforce`, `セールスフォース`) still finds its counterpart.
    package func katakanaWords(in units: [UInt16]) -> [String] {
        var words: [String] = []
        for token in TokenizedText(units: units).tokens where token.kind == .katakana {
            let romanized = KatakanaRomanizer.romanize(String(units: units[token.range]))
            if !romanized.isEmpty { words.append(romanized) }
        }
        return words
    }

    /// Words after a state's name in its formal name: 共和国, 王国, 連邦, 首長国.
    private static let stateWords: Set<[UInt16]> = Set(["共和国", "王国", "連邦", "首長国"].map { Array($0.utf16) })

    private func katakanaName(
        _ run: ArraySlice<Morpheme>, units: [UInt16], next: Morpheme?
    ) -> ProperName? {
        guard let first = run.first, let last = run.last else { return nil }
        var range = first.range.lowerBound..<last.range.upperBound
        // A state's name written after a head of state's (`エモマリ・ラフモン・タジキスタン共和国大統領`): the last part
        // before `共和国`, `王国`, `連邦` says whose president, not who.
        if Self.stateWords.contains(where: { word in
            range.upperBound + word.count <= units.count
                && units[range.upperBound..<(range.upperBound + word.count)].elementsEqual(word)
        }),
            let dot = units[range].lastIndex(of: 0x30FB), dot > range.lowerBound,
            units[range.lowerBound..<dot].contains(0x30FB)
        {
            range = range.lowerBound..<dot
        }
        let letters = units[range].filter(TokenizedText.isKatakanaLetter).count
        guard letters >= 2 else { return nil }
        let classes = run.compactMap(\.properNoun)
        let unknown = run.contains { $0.isUnknown }
        guard !classes.isEmpty || unknown else { return nil }
        let suffix = next.flatMap { $0.partOfSpeech == "名詞" && $0.subclass == "接尾" ? $0 : nil }
        let suffixClass = suffix.map { Self.suffixKind(of: $0, units: units) } ?? nil
        let kind: ProperName.Kind
        if classes.contains(where: \.isPerson) || suffixClass == .person {
            kind = .person
        } else if classes.contains(.place) || suffixClass == .place {
            kind = .place
        } else if classes.contains(.organisation) {
            kind = .organisation
        } else {
            kind = .other
        }
        let surface = String(units: units[range])
        let inParts = units[range].contains(0x30FB)
        let isCertain =
            suffixClass != nil || inParts || classes.contains { $0.isPerson || $0 == .place }
        let romanized = KatakanaRomanizer.romanize(surface)
        let parts = romanized.split(separator: " ").map { [String($0)] }
        guard !parts.isEmpty else { return nil }
        return ProperName(range: range, surface: surface, kind: kind, script: .katakana, parts: parts, isCertain: isCertain)
    }

    private func kanjiName(_ run: ArraySlice<Morpheme>, units: [UInt16]) -> ProperName {
        let range = (run.first?.range.lowerBound ?? 0)..<(run.last?.range.upperBound ?? 0)
        let classes = run.compactMap(\.properNoun)
        let kind: ProperName.Kind =
            classes.contains(where: \.isPerson)
            ? .person : classes.contains(.place) ? .place : classes.contains(.organisation) ? .organisation : .other
        var parts: [[String]] = []
        if kind == .person {
            // A family name, then the given name, which the dictionary may split into several entries (敏+充).
            var given: [String] = []
            for morpheme in run {
                let readings = romanized(morpheme.readings)
                if morpheme.properNoun == .givenName, !given.isEmpty || parts.count == 1 {
                    given = given.isEmpty ? readings : Array(given.flatMap { a in readings.map { a + $0 } }.prefix(16))
                } else {
                    if !given.isEmpty { parts.append(given); given = [] }
                    parts.append(readings)
                }
            }
            if !given.isEmpty { parts.append(given) }
        } else {
            parts = run.map { romanized($0.readings) }
        }
        return ProperName(
            range: range, surface: String(units: units[range]), kind: kind, script: .kanji,
            parts: parts.filter { !$0.isEmpty }, isCertain: kind != .other)
    }

    private func romanized(_ readings: [String]) -> [String] {
        var forms: [String] = []
        for reading in readings {
            let form = KatakanaRomanizer.romanize(reading).replacingOccurrences(of: " ", with: "")
            if !form.isEmpty, !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// Whether a suffix names a person (`氏`, `さん`, `様`, `大統領`…: IPAdic's 接尾,人名) or a place (`州`,
    /// `市`, `郡`: 接尾,地域).
    private static func suffixKind(of suffix: Morpheme, units: [UInt16]) -> ProperName.Kind? {
        // The second subclass is not kept on the morpheme; the suffixes are few and well known.
        let text = String(units: units[suffix.range])
        if personSuffixes.contains(text) { return .person }
        if placeSuffixes.contains(text) { return .place }
        return nil
    }

    private static let personSuffixes: Set<String> = ["氏", "さん", "様", "さま", "君", "くん", "ちゃん", "夫人", "殿"]
    private static let placeSuffixes: Set<String> = ["州", "市", "郡", "県", "町", "村", "区", "島", "湾", "川", "山"]

    /// Whether a morpheme is a middle dot (`・`, `･`) alone.
    private static func isMiddleDot(_ units: ArraySlice<UInt16>) -> Bool {
        units.count == 1 && (units.first == 0x30FB || units.first == 0xFF65)
    }

    /// Which script a morpheme is written in, judged by its letters: katakana (with `ー` and `・`), Latin (either
    /// width), kanji; `nil` for anything else (kana, digits, punctuation, mixtures).
    static func script(of units: ArraySlice<UInt16>) -> ProperName.Script? {
        guard !units.isEmpty else { return nil }
        if units.allSatisfy({ TokenizedText.isKatakanaLetter($0) || $0 == 0x30FC || $0 == 0x30FB }),
            units.contains(where: TokenizedText.isKatakanaLetter)
        {
            return .katakana
        }
        if units.allSatisfy(CharacterClass.isLatinLetter) { return .latin }
        if units.allSatisfy({ (0x4E00...0x9FFF).contains($0) || $0 == 0x3005 || (0x3400...0x4DBF).contains($0) }) {
            return .kanji
        }
        return nil
    }

    /// The Latin words of a run, folded to lower-case ASCII.
    private static func latinWords(_ units: ArraySlice<UInt16>) -> [String] {
        var words: [String] = []
        var current: [UInt16] = []
        for unit in units {
            if CharacterClass.isLatinLetter(unit) {
                current.append(CharacterClass.foldedLatin(unit))
            } else if !current.isEmpty {
                words.append(String(units: current))
                current = []
            }
        }
        if !current.isEmpty { words.append(String(units: current)) }
        return words
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
