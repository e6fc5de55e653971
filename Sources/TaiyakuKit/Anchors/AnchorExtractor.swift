/// Extracts the anchors of segments — dates, numbers and names, normalised so that the same thing has the same
/// value in English and Japanese.
///
/// ```swift
/// let segmented = try Segmenter(language: .japanese).segment(document)
/// let extractor = AnchorExtractor(language: .japanese, documentDate: DocumentDate.find(in: segmented))
/// let anchors = try extractor.anchors(in: segmented)   // one array per segment
/// ```
///
/// Where two finds claim the same text, dates win over numbers and both over names (`2025年` is a date, not a
/// count of years; `LLDC 3` is a code, not the name `LLDC`).
///
/// The Japanese extractor owns an ICU transliterator (for katakana), which is not thread-safe: use one extractor
/// per task, and do not share one between concurrent tasks.
public struct AnchorExtractor {
    public let language: Language
    /// The date relative dates are resolved against (`this year`, `本年１２月`, `12月10日`).
    public let documentDate: CalendarDate?
    private let dates: DateExtractor
    private let numbers: NumberExtractor
    private let names: NameExtractor

    /// - Parameters:
    ///   - language: the language of the segments to be read.
    ///   - documentDate: the release's date, usually `DocumentDate.find(in:)`; `nil` leaves dates without a year
    ///     in the form `--MM-DD` and drops relative dates.
    ///   - knownNames: names whose spellings are known in both languages (from a glossary); their occurrences
    ///     become name anchors with the same value on both sides.
    public init(language: Language, documentDate: CalendarDate?, knownNames: [KnownName] = []) {
        self.language = language
        self.documentDate = documentDate
        dates = DateExtractor(grammar: AnchorGrammars.dates(for: language), documentDate: documentDate)
        numbers = NumberExtractor(grammar: AnchorGrammars.numbers(for: language))
        names = NameExtractor(
            grammar: AnchorGrammars.names(for: language),
            knownNames: KnownNameScanner(names: knownNames, language: language))
    }

    /// The anchors of one segment, in order of position. Without the rest of the document, a capitalised word
    /// at the start of an English sentence is not taken for a name (see `anchors(in:)` for a document).
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    /// - Complexity: O(n) in the length of the segment.
    public func anchors(in segment: Segment) throws(ICUError) -> [Anchor] {
        try anchors(
            in: TokenizedText(units: segment.units), shape: SegmentShape(segment), label: segment.label, properNouns: []
        )
    }

    /// The anchors of every segment of `document`, indexed like `document.segments`. Words the document shows
    /// to be proper nouns are names at sentence starts and in headings too.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    /// - Complexity: O(n) in the length of the document.
    public func anchors(in document: SegmentedDocument) throws(ICUError) -> [[Anchor]] {
        let texts = document.segments.map { (TokenizedText(units: $0.units), SegmentShape($0)) }
        let properNouns = names.grammar.properNouns(in: texts)
        var result: [[Anchor]] = []
        result.reserveCapacity(texts.count)
        for (segment, (text, shape)) in zip(document.segments, texts) {
            result.append(try anchors(in: text, shape: shape, label: segment.label, properNouns: properNouns))
        }
        return result
    }

    private func anchors(
        in text: TokenizedText, shape: SegmentShape, label: String?, properNouns: Set<String>
    ) throws(ICUError) -> [Anchor] {
        let dateAnchors = dates.anchors(in: text)
        let numberAnchors = AnchorOverlap.removing(
            numbers.anchors(in: text, label: label), overlapping: dateAnchors, candidateRange: \.range,
            blockerRange: \.range)
        let claimed = AnchorOverlap.merge(dateAnchors, numberAnchors, by: \.range)
        let nameAnchors = AnchorOverlap.removing(
            try names.anchors(in: text, shape: shape, properNouns: properNouns), overlapping: claimed,
            candidateRange: \.range, blockerRange: \.range)
        return (claimed + nameAnchors).sorted {
            ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
        }
    }
}
