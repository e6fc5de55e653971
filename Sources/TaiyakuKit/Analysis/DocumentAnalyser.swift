/// The analysis stage: reads both documents of a pair once and records what each segment holds (anchors,
/// glossary terms and variant spellings, lexicon words), the product the aligner, the checks and the reports read.
///
/// ```swift
/// let analysis = try DocumentAnalyser(terminology: terminology, lexicon: lexicon).analyse(pair)
/// let alignment = Aligner().align(analysis.source, with: analysis.target)
/// ```
///
/// An analyser holds no ICU or MeCab handle of its own: each call makes the extractors it needs and borrows a MeCab
/// analyser (on the installed IPAdic dictionary) from `MorphologyPool.shared` for a Japanese document, so one
/// analyser may serve concurrent calls.
/// The two sides of a pair are analysed at once, on two cores where there are two.
public struct DocumentAnalyser: Sendable {
    /// The glossary and variant groups to search for (`nil`: none).
    public var terminology: Terminology?
    /// Everyday words to look for on both sides as weak alignment evidence (`nil`: none).
    public var lexicon: LexiconIndex?
    /// The date relative dates refer to (`this year`, `本年`); `nil`: the date each document's heading gives, else
    /// the other document's.
    public var documentDate: CalendarDate?
    /// Names whose spellings are known in both languages; their occurrences become name anchors.
    public var knownNames: [KnownName]

    public init(
        terminology: Terminology? = nil, lexicon: LexiconIndex? = nil, documentDate: CalendarDate? = nil,
        knownNames: [KnownName] = []
    ) {
        self.terminology = terminology
        self.lexicon = lexicon
        self.documentDate = documentDate
        self.knownNames = knownNames
    }

    /// Analyses both documents of `pair`.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise; `MeCabError` when a side is Japanese and
    ///   MeCab's dictionary is missing; `WordListError` when a side is English and the word list is missing.
    /// - Complexity: O(n) in the length of the documents (times the longest glossary term).
    public func analyse(_ pair: TranslationPair) throws -> Pair<AnalysedDocument> {
        let sourceDate = documentDate ?? DocumentDate.find(in: pair.source) ?? DocumentDate.find(in: pair.target)
        let dates = Pair(source: sourceDate, target: documentDate ?? DocumentDate.find(in: pair.target) ?? sourceDate)
        // The two sides at once, each with its own name analyser (MeCab's handle serves one thread).
        return try pair.mapInParallel { side, document in
            try analyse(document, documentDate: dates[side])
        }
    }

    /// Analyses one document, its relative dates read against `documentDate`.
    /// - Throws: as `analyse(_:)` does for a pair.
    public func analyse(_ document: SegmentedDocument, documentDate: CalendarDate?) throws -> AnalysedDocument {
        guard document.language == .japanese else {
            return try analyse(document, documentDate: documentDate, names: NameAnalyser(morphology: nil, lexicon: lexicon))
        }
        // A MeCab analyser of the process's pool, lent to this document alone.
        return try MorphologyPool.shared.lending { morphology in
            try analyse(document, documentDate: documentDate, names: NameAnalyser(morphology: morphology, lexicon: lexicon))
        }
    }

    private func analyse(
        _ document: SegmentedDocument, documentDate: CalendarDate?, names: NameAnalyser
    ) throws -> AnalysedDocument {
        let anchors = try AnchorExtractor(language: document.language, documentDate: documentDate, knownNames: knownNames)
            .anchors(in: document)
        let documentNames = try names.names(in: document, anchors: anchors)
        // Terms after the morphemes: in Japanese they match only between words.
        let terms = try terminology.map { terminology throws(ICUError) in
            try SegmentTerms(document, terminology: terminology, names: documentNames)
        }
        return AnalysedDocument(
            document: document, anchors: anchors, terms: terms, words: lexicon?.words(in: document),
            documentDate: documentDate, names: documentNames)
    }
}
