@testable import TaiyakuKit

extension TranslationPair {
    /// Both sides analysed with anchors only (no glossary, no lexicon), as the aligner's tests read them.
    func analysed(documentDate: CalendarDate? = nil) throws -> Pair<AnalysedDocument> {
        try DocumentAnalyser(documentDate: documentDate).analyse(self)
    }
}
