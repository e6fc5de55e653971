extension TranslationPair {
    /// Both sides ready for the aligner: anchors extracted from every segment, relative dates resolved against
    /// `documentDate`, else the date each document's heading gives, else the other document's.
    /// - Parameters:
    ///   - knownNames: names whose spellings are known in both languages (from a glossary).
    ///   - sourceTerms: glossary concepts found in each source segment (nil: none looked for); `targetTerms` alike.
    ///   - lexicon: everyday words to look for on both sides (nil: none).
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    /// - Complexity: O(n) in the length of the documents.
    public func alignmentSides(
        documentDate: CalendarDate? = nil, knownNames: [KnownName] = [], sourceTerms: [[String]]? = nil,
        targetTerms: [[String]]? = nil, lexicon: LexiconIndex? = nil
    ) throws -> (source: AlignmentSide, target: AlignmentSide) {
        let sourceDate = documentDate ?? DocumentDate.find(in: source) ?? DocumentDate.find(in: target)
        let targetDate = documentDate ?? DocumentDate.find(in: target) ?? sourceDate
        let sourceAnchors = try AnchorExtractor(language: source.language, documentDate: sourceDate, knownNames: knownNames)
            .anchors(in: source)
        let targetAnchors = try AnchorExtractor(language: target.language, documentDate: targetDate, knownNames: knownNames)
            .anchors(in: target)
        let sourceWords = lexicon?.words(in: source)
        let targetWords = lexicon?.words(in: target)
        return (
            AlignmentSide(
                document: source, anchors: sourceAnchors, terms: sourceTerms, words: sourceWords, documentDate: sourceDate),
            AlignmentSide(
                document: target, anchors: targetAnchors, terms: targetTerms, words: targetWords, documentDate: targetDate)
        )
    }
}
