/// Finds the proper names of a document, segment by segment, for the name rules: English names from the name
/// anchors (`EnglishNameGrammar`), Japanese names from MeCab's morphemes (`JapaneseNameFinder`).
///
/// Owns a `JapaneseMorphology` (a MeCab handle) and an ICU transliterator: not thread-safe; one analyser per
/// document analysis (a batch: one per worker).
package struct NameAnalyser {
    private let morphology: JapaneseMorphology?
    private let finder: JapaneseNameFinder
    private let lexicon: LexiconIndex?
    /// The English word list (`nil`: the installed one, looked up when an English document is analysed).
    private let wordList: EnglishWordList?
    /// English words the lexicon knows, lower case: an all-capital one is an ordinary word written loud (`LOVE`).
    private let everydayEnglish: Set<String>
    /// English words whose lexicon entry renders them in katakana (`germany`: ドイツ): names by meaning.
    private let namesByMeaning: Set<String>

    /// - Parameters:
    ///   - morphology: MeCab for Japanese documents (`nil`: a document in Japanese cannot be analysed and throws).
    ///   - lexicon: everyday words of both languages (`nil`: none known).
    /// - Throws: `ICUError` when ICU lacks the `Katakana-Latin` transform.
    package init(
        morphology: JapaneseMorphology?, lexicon: LexiconIndex?, wordList: EnglishWordList? = nil
    ) throws(ICUError) {
        self.morphology = morphology
        self.wordList = wordList
        self.finder = try JapaneseNameFinder()
        self.lexicon = lexicon
        var everyday: Set<String> = []
        var byMeaning: Set<String> = []
        if let lexicon = lexicon?.lexicon, let english = lexicon.languages.firstIndex(of: .english),
            let japanese = lexicon.languages.firstIndex(of: .japanese)
        {
            for entry in lexicon.forms {
                let katakana = entry[japanese].contains { form in
                    form.utf16.allSatisfy { TokenizedText.isKatakanaLetter($0) || $0 == 0x30FC }
                }
                for form in entry[english] where !form.contains(" ") {
                    everyday.insert(form)
                    if katakana { byMeaning.insert(form) }
                }
            }
        }
        self.everydayEnglish = everyday
        self.namesByMeaning = byMeaning
    }

    /// The names of every segment of `document`.
    /// - Parameter anchors: the document's anchors, segment by segment (its English names are the name anchors).
    /// - Throws: `MeCabError` when a Japanese document cannot be analysed; `WordListError` when an English one
    ///   needs the word list and it is missing; `ICUError` when ICU fails.
    /// - Complexity: O(n) in the length of the document.
    package func names(in document: SegmentedDocument, anchors: [[Anchor]]) throws -> DocumentNames {
        switch document.language {
        case .japanese: return try japaneseNames(in: document)
        case .english: return try englishNames(in: document, anchors: anchors)
        }
    }

    private func japaneseNames(in document: SegmentedDocument) throws -> DocumentNames {
        guard let morphology else {
            throw MeCabError(
                reason: .dictionaryNotFound(searched: MeCabDictionary.candidateDirectories()),
                operation: "analyse Japanese text")
        }
        var segments: [SegmentNames] = []
        segments.reserveCapacity(document.segments.count)
        for segment in document.segments {
            let morphemes = try morphology.morphemes(in: segment.units)
            var names = try finder.names(in: segment.units, morphemes: morphemes)
            if let lexicon {
                // Katakana names and kanji places only: an organisation's generic tail (`大学`, `省`) would find the
                // lexicon's `university` in any sentence about another university.
                for index in names.indices where names[index].script == .katakana || names[index].kind == .place {
                    names[index].lexiconEntries = lexicon.words(
                        in: Array(segment.units[names[index].range]), language: .japanese)
                }
            }
            segments.append(
                SegmentNames(
                    names: names, words: try finder.katakanaWords(in: segment.units),
                    lexiconEntries: Set(lexicon?.words(in: segment.units, language: .japanese) ?? []),
                    morphemes: morphemes))
        }
        return DocumentNames(segments: segments)
    }

    /// A name anchor of an English segment and whether it stands in a title (see `titles(_:units:isHeading:)`).
    private struct Candidate {
        let anchor: Anchor
        let words: [String]
        let inTitle: Bool
    }

    private func englishNames(in document: SegmentedDocument, anchors: [[Anchor]]) throws -> DocumentNames {
        // First every candidate, so that the word list is read once for all their words.
        var candidates: [[Candidate]] = []
        var asked: Set<String> = []
        for (index, segment) in document.segments.enumerated() {
            let named = (index < anchors.count ? anchors[index] : []).filter { $0.kind == .name && $0.weight >= 0.6 }
            let longest = named.filter { anchor in
                !named.contains {
                    $0.range != anchor.range && $0.range.lowerBound <= anchor.range.lowerBound
                        && $0.range.upperBound >= anchor.range.upperBound
                }
            }
            var list: [Candidate] = []
            for anchor in longest {
                let words = EnglishNameParts.parts(of: anchor.surface)
                asked.formUnion(words)
                asked.formUnion(anchor.surface.split { !$0.isLetter }.map { $0.lowercased() })
                list.append(Candidate(anchor: anchor, words: words, inTitle: false))
            }
            candidates.append(list)
        }
        let dictionary = asked.isEmpty ? [] : try (wordList ?? EnglishWordList.installed()).ordinaryWords(among: asked)
        for (index, segment) in document.segments.enumerated() where !candidates[index].isEmpty {
            let inTitle = Self.titles(
                candidates[index].map(\.anchor), units: segment.units, isHeading: SegmentShape(segment).isHeading,
                dictionary: dictionary)
            candidates[index] = zip(candidates[index], inTitle).map {
                Candidate(anchor: $0.anchor, words: $0.words, inTitle: $1)
            }
        }
        var segments: [SegmentNames] = []
        segments.reserveCapacity(document.segments.count)
        for (segment, list) in zip(document.segments, candidates) {
            segments.append(
                SegmentNames(
                    names: list.compactMap { englishName($0, units: segment.units, dictionary: dictionary) },
                    words: Self.words(segment.units),
                    lexiconEntries: Set(lexicon?.words(in: segment.units, language: .english) ?? [])))
        }
        return DocumentNames(segments: segments)
    }

    /// Which of a segment's names stand in a title: a chain of capitalised names joined by `of`, `and`, `for`,
    /// commas and the like that holds a word saying what kind of thing is named (`Ministry of Economy, Trade and
    /// Industry`, `Charter of the United Nations`) or is made of ordinary words only (`Exchange of Notes`, `One
    /// Village, One Product`), or any name of a heading.
    private static func titles(_ names: [Anchor], units: [UInt16], isHeading: Bool, dictionary: Set<String>) -> [Bool] {
        guard !isHeading else { return names.map { _ in true } }
        var result = names.map { _ in false }
        var chainStart = 0
        func close(_ end: Int) {
            let chain = names[chainStart..<end]
            let generic = chain.contains { anchor in
                anchor.surface.split { !$0.isLetter }.contains { EnglishNameParts.isGeneric($0.lowercased()) }
            }
            let ordinary = chain.allSatisfy { anchor in
                anchor.surface.split { !$0.isLetter }.allSatisfy {
                    dictionary.contains($0.lowercased()) || EnglishNameParts.isGeneric($0.lowercased())
                }
            }
            // One name alone is a title when it ends in a generic head (`Tajik National University`), not when a
            // title precedes a person's name (`Special Envoy Robert Stein`).
            let headed = chain.count == 1 && chain.allSatisfy { anchor in
                anchor.surface.contains(" ")
                    && anchor.surface.split { !$0.isLetter }.last.map { EnglishNameParts.isGeneric($0.lowercased()) } == true
            }
            if chain.count >= 2 && (generic || ordinary) || headed || chain.count == 1 && ordinary && chain[chain.startIndex].surface.contains(" ") {
                for index in chainStart..<end { result[index] = true }
            }
        }
        for index in names.indices.dropFirst() {
            let gap = String(decoding: units[names[index - 1].range.upperBound..<names[index].range.lowerBound], as: UTF16.self)
            let joined = gap.split { $0 == " " || $0 == "," || $0 == "&" }.allSatisfy {
                EnglishNameParts.titleConnectors.contains(String($0))
                    || !EnglishNameWords.isNameVocabulary($0.lowercased())  // `One Village, One Product`
            }
            if !joined || gap.count > 12 {
                close(index)
                chainStart = index
            }
        }
        close(names.count)
        return result
    }

    /// The English name of a candidate, without titles, company forms and ordinary words (an ordinary word in
    /// capitals, `LOVE`; a dictionary word inside a title, `Trade`), or `nil` when nothing identifying is left.
    private func englishName(_ candidate: Candidate, units: [UInt16], dictionary: Set<String>) -> ProperName? {
        let anchor = candidate.anchor
        let letters = anchor.surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        let loud = letters.allSatisfy { $0.properties.isUppercase }
        let isAcronym = candidate.words.count == 1 && letters.count >= 2
            && letters.filter({ $0.properties.isUppercase }).count >= 2 && !anchor.surface.contains(" ")
        // A capitalised dictionary word not preceded by a lower-case word or a comma starts a sentence or an
        // utterance (`Yeah`, `Okay`, `Like`, after a speaker's label or a quotation mark): an ordinary word.
        let midSentence = Self.followsLowerCaseWord(anchor.range.lowerBound, in: units)
            || anchor.surface.contains(" ")
        var parts: [[String]] = []
        for word in candidate.words {
            let inCapitals = Self.isWrittenInCapitals(word, in: anchor.surface)
            let ordinary =
                EnglishNameParts.isOrdinary(word, lowerCase: [])
                || (candidate.inTitle || !midSentence && !inCapitals)
                    && (dictionary.contains(word) || everydayEnglish.contains(word))
                || (loud || inCapitals) && EnglishNameParts.isShouting(word, everydayWords: everydayEnglish)
                    && !Self.namesAKind(anchor.surface, besides: word)
            // A name the lexicon renders in katakana (`Germany`: ドイツ) is a name even in a title, unless it is also
            // an ordinary lower-case word (`trade`: トレード).
            if ordinary && !(namesByMeaning.contains(word) && !dictionary.contains(word)) { continue }
            parts.append([word])
        }
        guard !parts.isEmpty else { return nil }
        let before = Self.wordBefore(anchor.range.lowerBound, in: units)
        let titled = before.map(EnglishNameParts.personTitles.contains) ?? false
        return ProperName(
            range: anchor.range, surface: anchor.surface,
            kind: isAcronym ? .acronym : titled || parts.count >= 2 ? .person : .other, script: .latin,
            parts: parts, isCertain: true,
            lexiconEntries: lexicon?.words(
                in: Array(parts.compactMap(\.first).joined(separator: " ").utf16), language: .english) ?? [])
    }

    /// Whether the text before `offset` is a lower-case word or a comma (then spaces).
    private static func followsLowerCaseWord(_ offset: Int, in units: [UInt16]) -> Bool {
        var index = offset
        while index > 0, units[index - 1] == 0x20 { index -= 1 }
        guard index > 0, index < offset else { return false }
        let unit = units[index - 1]
        return CharacterClass.isLowercaseLatin(unit) || unit == 0x2C
    }

    /// Whether the other words of `surface` all say what kind of thing is named: then an ordinary word in
    /// capitals is the name itself (`SHORT Act`).
    private static func namesAKind(_ surface: String, besides word: String) -> Bool {
        let others = surface.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0 != word }
        return !others.isEmpty && others.allSatisfy(EnglishNameParts.isGeneric)
    }

    /// Whether `word` (lower case) is written in capitals in `surface` (`AGREED` in `Licht AGREED`).
    private static func isWrittenInCapitals(_ word: String, in surface: String) -> Bool {
        surface.split { !$0.isLetter }.contains { $0.lowercased() == word && $0.count >= 2 && $0.allSatisfy(\.isUppercase) }
    }

    /// The lower-case word before `offset`, skipping one space and a full stop (`Mr.`).
    private static func wordBefore(_ offset: Int, in units: [UInt16]) -> String? {
        var end = offset
        while end > 0, units[end - 1] == 0x20 || units[end - 1] == 0x2E { end -= 1 }
        var start = end
        while start > 0, CharacterClass.isLatinLetter(units[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        return String(decoding: units[start..<end].map(CharacterClass.foldedLatin), as: UTF16.self)
    }

    /// The lower-case words of an English segment.
    private static func words(_ units: [UInt16], lowerCaseOnly: Bool = false) -> [String] {
        var words: [String] = []
        var current: [UInt16] = []
        var keep = true
        for unit in units {
            if CharacterClass.isLatinLetter(unit) {
                if current.isEmpty { keep = !lowerCaseOnly || CharacterClass.isLowercaseLatin(unit) }
                current.append(CharacterClass.foldedLatin(unit))
            } else if !current.isEmpty {
                if keep { words.append(String(decoding: current, as: UTF16.self)) }
                current = []
            }
        }
        if !current.isEmpty, keep { words.append(String(decoding: current, as: UTF16.self)) }
        return words
    }
}
