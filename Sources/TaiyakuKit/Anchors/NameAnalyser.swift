/// Finds the proper names of a document, segment by segment, for the name rules: English names from the name
/// anchors (`EnglishNameGrammar`), Japanese names from MeCab's morphemes (`JapaneseNameFinder`).
///
/// Owns a `JapaneseMorphology` (a MeCab handle): not thread-safe; one analyser per document analysis (a batch: one
/// per worker).
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
    private let grammar = EnglishNameGrammar()

    /// - Parameters:
    ///   - morphology: MeCab for Japanese documents (`nil`: a document in Japanese cannot be analysed and throws).
    ///   - lexicon: everyday words of both languages (`nil`: none known).
    package init(morphology: JapaneseMorphology?, lexicon: LexiconIndex?, wordList: EnglishWordList? = nil) {
        self.morphology = morphology
        self.wordList = wordList
        self.finder = JapaneseNameFinder()
        self.lexicon = lexicon
        self.everydayEnglish = lexicon?.everydayEnglish ?? []
        self.namesByMeaning = lexicon?.namesByMeaning ?? []
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
            var names = finder.names(in: segment.units, morphemes: morphemes)
            if let lexicon {
                // An organisation's generic tail (`大学`, `省`) finds the lexicon's `university` in any sentence
                // about another university: the name rule compares a kanji organisation's entries with the other
                // side's names only (`民主党`, `Democrats`), not with every word of the sentence.
                for index in names.indices where names[index].script != .latin {
                    names[index].lexiconEntries = lexicon.words(
                        in: Array(segment.units[names[index].range]), language: .japanese)
                }
            }
            segments.append(
                SegmentNames(
                    names: names, words: finder.katakanaWords(in: segment.units),
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
        /// A capitalised word at a sentence start (not a name anchor): a name only when no dictionary knows it in
        /// lower case.
        var startsSentence = false
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
            // A capitalised word starting a sentence is a name when the dictionary has it only capitalised
            // (`Ukrainian`, `Google`): decided below, once the word list is read.
            let text = TokenizedText(units: segment.units)
            for index in grammar.sentenceInitialWords(in: text, shape: SegmentShape(segment))
            where !longest.contains(where: { $0.range.contains(text.tokens[index].range.lowerBound) }) {
                let word = text.folded(index)
                asked.insert(word)
                let anchor = Anchor(
                    kind: .name, value: word, surface: text.text(index), range: text.tokens[index].range, weight: 0.5)
                list.append(Candidate(anchor: anchor, words: [word], inTitle: false, startsSentence: true))
            }
            list.sort { $0.anchor.range.lowerBound < $1.anchor.range.lowerBound }
            candidates.append(list)
        }
        let dictionary = asked.isEmpty ? [] : try (wordList ?? EnglishWordList.installed()).ordinaryWords(among: asked)
        for (index, segment) in document.segments.enumerated() where !candidates[index].isEmpty {
            let anchored = candidates[index].indices.filter { !candidates[index][$0].startsSentence }
            let inTitle = Self.titles(
                anchored.map { candidates[index][$0].anchor }, units: segment.units,
                isHeading: SegmentShape(segment).isHeading, dictionary: dictionary)
            for (position, title) in zip(anchored, inTitle) {
                let candidate = candidates[index][position]
                candidates[index][position] = Candidate(anchor: candidate.anchor, words: candidate.words, inTitle: title)
            }
        }
        var segments: [SegmentNames] = []
        segments.reserveCapacity(document.segments.count)
        for (segment, list) in zip(document.segments, candidates) {
            // In a headline written in title case (`Lender Watch Amid Dropping Income`) capitals say nothing:
            // only names certain without them are kept.
            let titleCase = Self.isTitleCase(segment.units)
            segments.append(
                SegmentNames(
                    names: list.compactMap { englishName($0, units: segment.units, dictionary: dictionary) }
                        .filter { !titleCase || $0.isCertain },
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
                anchor.surface.contains(" " as Character)
                    && anchor.surface.split { !$0.isLetter }.last.map { EnglishNameParts.isGeneric($0.lowercased()) } == true
            }
            // One name of ordinary words alone (`Google Maps`, `Pampered Chef`) is a brand as often as a title: a
            // name, though not a certain one (see `englishName`).
            if chain.count >= 2 && (generic || ordinary) || headed {
                for index in chainStart..<end { result[index] = true }
            }
        }
        for index in names.indices.dropFirst() {
            let gap = String(units: units[names[index - 1].range.upperBound..<names[index].range.lowerBound])
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
        if candidate.startsSentence {
            guard let word = candidate.words.first, !dictionary.contains(word),
                !everydayEnglish.contains(word) || namesByMeaning.contains(word)
            else { return nil }
        }
        let letters = anchor.surface.unicodeScalars.filter { $0.properties.isAlphabetic }
        let loud = letters.allSatisfy { $0.properties.isUppercase }
        let isAcronym = candidate.words.count == 1 && letters.count >= 2
            && letters.filter({ $0.properties.isUppercase }).count >= 2 && !anchor.surface.contains(" " as Character)
        // A capitalised dictionary word not preceded by a lower-case word or a comma starts a sentence or an
        // utterance (`Yeah`, `Okay`, `Like`, after a speaker's label or a quotation mark): an ordinary word.
        let midSentence = Self.followsLowerCaseWord(anchor.range.lowerBound, in: units)
            || anchor.surface.contains(" " as Character)
        let before = Self.wordBefore(anchor.range.lowerBound, in: units)
        // An acronym that spells a word, after the article (`the WHO`, `the US`; no word is shouted there), or one
        // of the organisations and countries so named (`through WHO`).
        let spellsAcronym = isAcronym
            && (before == "the" || candidate.words.count == 1 && EnglishNameParts.acronymsSpellingWords.contains(candidate.words[0]))
        var parts: [[String]] = []
        for word in candidate.words {
            let inCapitals = Self.isWrittenInCapitals(word, in: anchor.surface)
            let ordinary =
                EnglishNameParts.isOrdinary(word, lowerCase: [])
                || (candidate.inTitle || !midSentence) && !inCapitals
                    && (dictionary.contains(word) || everydayEnglish.contains(word))
                || (loud || inCapitals) && !spellsAcronym
                    && (EnglishNameParts.isShouting(word, everydayWords: everydayEnglish)
                        || word.count >= 4 && dictionary.contains(word))
                    && !Self.namesAKind(anchor.surface, besides: word)
            // A name the lexicon renders in katakana (`Germany`: ドイツ) is a name even in a title, unless it is also
            // an ordinary lower-case word (`trade`: トレード).
            if ordinary && !(namesByMeaning.contains(word) && !dictionary.contains(word)) { continue }
            parts.append([word])
        }
        guard !parts.isEmpty else { return nil }
        // The state before a head of state's name (`President of the Republic of Tajikistan Emomali RAHMON`, whose
        // run is `Tajikistan Emomali RAHMON`) says whose president, not who: the person is compared by the rest.
        if parts.count >= 3, before == "of",
            let state = Self.wordBefore(Self.startOfWord(before: anchor.range.lowerBound, in: units), in: units),
            EnglishNameParts.states.contains(state)
        {
            parts.removeFirst()
        }
        // Capitalised words the dictionary also has in lower case (`Equal`, `Range`, `Young`) may be a brand or a
        // surname as well as an ordinary word: the name is not certain.
        if parts.count == 1, let word = parts.first?.first, EnglishNameParts.interjections.contains(word) { return nil }
        // A name of ordinary words and words for peoples (`Detailed Design`, `Asian Counter-Terrorism Workshop`,
        // `Japanese`) is a title or rendered by meaning as often as it is a name.
        // So is a long one with one other word (`Decarbonized Heat Energy Supply System`), and a title.
        let ordinaryCount = parts.filter { part in
            part.allSatisfy {
                (dictionary.contains($0) || EnglishNameParts.isPeople($0)) && !Self.isWrittenInCapitals($0, in: anchor.surface)
            }
        }.count
        let ordinaryLetters = !isAcronym && ordinaryCount >= parts.count - (parts.count >= 3 ? 1 : 0)
        // Everyday words of the lexicon (`Maps`, in the singular `map`) beside a word that is not (`Google`).
        let ordinaryParts = Set(parts.indices.filter { index in
            parts[index].allSatisfy { word in
                !Self.isWrittenInCapitals(word, in: anchor.surface)
                    && (everydayEnglish.contains(word) || word.hasSuffix("s") && everydayEnglish.contains(String(word.dropLast())))
            }
        })
        // A person's name with the family name in capitals (`Emomali RAHMON`) is a name even inside a title's chain
        // (`President of the Republic of Tajikistan Emomali RAHMON`).
        let familyNameInCapitals = !isAcronym && parts.count >= 2
            && parts.contains { $0.contains { $0.count >= 3 && Self.isWrittenInCapitals($0, in: anchor.surface) } }
        let titled = before.map(EnglishNameParts.personTitles.contains) ?? false
        // The lexicon's renderings of the identifying parts: `Google Maps` is not rendered by `マップ`.
        let identifying = ordinaryParts.count < parts.count
            ? parts.indices.filter { !ordinaryParts.contains($0) }.map { parts[$0] } : parts
        // A name the lexicon renders in katakana and no dictionary has in lower case is a place (`Germany`, ドイツ).
        let place = parts.count == 1 && parts[0].allSatisfy { namesByMeaning.contains($0) && !dictionary.contains($0) }
        var name = ProperName(
            range: anchor.range, surface: anchor.surface,
            kind: isAcronym ? .acronym : titled || parts.count >= 2 ? .person : place ? .place : .other, script: .latin,
            parts: parts, isCertain: !ordinaryLetters && (!candidate.inTitle || familyNameInCapitals),
            lexiconEntries: lexicon?.words(
                in: Array(identifying.compactMap(\.first).joined(separator: " ").utf16), language: .english) ?? [])
        name.ordinaryParts = ordinaryParts
        return name
    }

    /// Whether most words of four letters or more in a segment start with a capital and it ends without a full
    /// stop (a headline in title case).
    private static func isTitleCase(_ units: [UInt16]) -> Bool {
        if let last = units.last(where: { $0 != 0x20 && $0 != 0x0A }), last == 0x2E || last == 0x21 || last == 0x3F {
            return false
        }
        var words = 0
        var capitalised = 0
        var start: Int?
        for index in 0...units.count {
            let isLetter = index < units.count && CharacterClass.isLatinLetter(units[index])
            if isLetter, start == nil { start = index }
            if !isLetter, let first = start {
                if index - first >= 4 {
                    words += 1
                    if CharacterClass.isCapital(units[first]) { capitalised += 1 }
                }
                start = nil
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7
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
    /// Where the word before `offset` starts (past the spaces before `offset`).
    private static func startOfWord(before offset: Int, in units: [UInt16]) -> Int {
        var start = offset
        while start > 0, units[start - 1] == 0x20 { start -= 1 }
        while start > 0, CharacterClass.isLatinLetter(units[start - 1]) { start -= 1 }
        return start
    }

    private static func wordBefore(_ offset: Int, in units: [UInt16]) -> String? {
        var end = offset
        while end > 0, units[end - 1] == 0x20 || units[end - 1] == 0x2E { end -= 1 }
        var start = end
        while start > 0, CharacterClass.isLatinLetter(units[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        return String(units: units[start..<end].map(CharacterClass.foldedLatin))
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
                if keep { words.append(String(units: current)) }
                current = []
            }
        }
        if !current.isEmpty, keep { words.append(String(units: current)) }
        return words
    }
}
