/// Cuts a document into segments: layout repair, then ICU sentence breaks inside each body paragraph and item,
/// then the rules ICU lacks (abbreviations, initials, breaks inside brackets, item labels).
///
/// Owns an ICU break iterator, so one segmenter serves one task at a time.
public struct Segmenter {
    package let rules: LanguageRules
    private let layout: LayoutAnalyzer
    private let breaker: SentenceBreaker

    /// - Throws: `ICUError` when ICU has no sentence rules for the language's locale.
    package init(rules: LanguageRules) throws(ICUError) {
        self.rules = rules
        self.layout = LayoutAnalyzer(rules: rules)
        self.breaker = try SentenceBreaker(locale: rules.icuLocale)
    }

    /// A segmenter with Taiyaku's built-in rules for `language`.
    public init(language: Language) throws {
        try self.init(rules: LanguageRules.builtIn(for: language))
    }

    /// Segments `document`.
    /// - Complexity: O(n) in the length of the document.
    public func segment(_ document: Document) throws(ICUError) -> SegmentedDocument {
        let paragraphs = layout.paragraphs(of: document)
        var segments: [Segment] = []
        segments.reserveCapacity(paragraphs.count * 2)
        for paragraph in paragraphs {
            if paragraph.kind == .heading {
                segments.append(
                    Segment(
                        index: segments.count, paragraphIndex: paragraph.index, kind: .heading,
                        label: paragraph.label, units: paragraph.units, offsets: paragraph.offsets))
                continue
            }
            var first = true
            for range in try sentenceRanges(in: paragraph) {
                // A one-sentence paragraph shares its storage instead of copying it.
                let whole = range == paragraph.units.indices
                segments.append(
                    Segment(
                        index: segments.count, paragraphIndex: paragraph.index,
                        kind: first && paragraph.kind == .listItem ? .listItem : .sentence,
                        label: first ? paragraph.label : nil,
                        units: whole ? paragraph.units : Array(paragraph.units[range]),
                        offsets: whole ? paragraph.offsets : paragraph.offsets.slice(range)))
                first = false
            }
        }
        return SegmentedDocument(
            document: document, language: rules.language, paragraphs: paragraphs, segments: segments)
    }

    /// The ranges of the sentences of a body paragraph or item, trimmed of white space.
    private func sentenceRanges(in paragraph: Paragraph) throws(ICUError) -> [Range<Int>] {
        let units = paragraph.units
        var breakRules = SentenceBreakRules(rules: rules, units: units, protectedPrefix: paragraph.labelLength)
        var ranges: [Range<Int>] = []
        var start = 0
        func close(at end: Int) {
            var lower = start
            var upper = end
            while lower < upper, CharacterClass.isSpace(units[lower]) { lower += 1 }
            while upper > lower, CharacterClass.isSpace(units[upper - 1]) { upper -= 1 }
            if lower < upper { ranges += Limits.standard.segmentPieces(lower..<upper, of: units) }
            start = end
        }
        try units.withUnsafeBufferPointer { buffer throws(ICUError) in
            try breaker.forEachBoundary(in: buffer) { icuBoundary in
                // ICU counts opening brackets as sentence-break "Close": in `挙げた。「今回` it breaks after `「`.
                // The opener belongs to the next sentence.
                var boundary = icuBoundary
                while boundary > start + 1, boundary < units.count, CharacterClass.isOpeningBracket(units[boundary - 1]) {
                    boundary -= 1
                }
                if boundary < units.count, breakRules.suppressesBreak(at: boundary) {
                    return
                }
                close(at: boundary)
            }
        }
        if start < units.count {
            close(at: units.count)
        }
        return ranges
    }
}
