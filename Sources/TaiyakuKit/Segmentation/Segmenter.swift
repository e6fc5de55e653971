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
            for sentence in try sentences(in: paragraph) {
                let range = sentence.range
                // A one-sentence paragraph shares its storage instead of copying it.
                let whole = range == paragraph.units.indices
                let kind: Segment.Kind
                let label: String?
                if let item = sentence.item, item.isLabelled {
                    kind = .listItem
                    label = String(units: paragraph.units[item.label])
                } else {
                    kind = first && paragraph.kind == .listItem ? .listItem : .sentence
                    label = first ? paragraph.label : nil
                }
                segments.append(
                    Segment(
                        index: segments.count, paragraphIndex: paragraph.index, kind: kind, label: label,
                        units: whole ? paragraph.units : Array(paragraph.units[range]),
                        offsets: whole ? paragraph.offsets : paragraph.offsets.slice(range)))
                first = false
            }
        }
        return SegmentedDocument(
            document: document, language: rules.language, paragraphs: paragraphs, segments: segments)
    }

    /// A sentence of a paragraph: its range, trimmed of white space, and the inline item it starts, if any.
    private struct Sentence {
        let range: Range<Int>
        let item: InlineItem?
    }

    /// The sentences of a body paragraph or item: ICU's boundaries less those the rules drop, plus the sentence
    /// starts ICU misses (`SentenceStarts`), merged in one ordered pass.
    private func sentences(in paragraph: Paragraph) throws(ICUError) -> [Sentence] {
        let units = paragraph.units
        let marks = PunctuationMarks(in: units, from: 0, brackets: rules.brackets)
        let items = InlineItem.items(in: units, marks: marks, rules: rules)
        var breakRules = SentenceBreakRules(
            rules: rules, units: units, protectedPrefix: paragraph.labelLength, items: items, marks: marks)
        let starts = SentenceStarts(
            units: units, protectedPrefix: paragraph.labelLength, marks: marks, items: items, rules: rules)
        var sentences: [Sentence] = []
        var start = 0
        var startItem: InlineItem?
        var nextStart = 0
        func close(at end: Int) {
            var lower = start
            var upper = end
            while lower < upper, CharacterClass.isSpace(units[lower]) { lower += 1 }
            while upper > lower, CharacterClass.isSpace(units[upper - 1]) { upper -= 1 }
            if lower < upper, upper - lower <= Limits.standard.maximumSegmentLength {
                sentences.append(Sentence(range: lower..<upper, item: startItem))
            } else if lower < upper {
                // A sentence longer than the limit is cut into pieces; only its first piece starts the item.
                for (index, piece) in Limits.standard.segmentPieces(lower..<upper, of: units).enumerated() {
                    sentences.append(Sentence(range: piece, item: index == 0 ? startItem : nil))
                }
            }
            start = end
            startItem = starts.items[end]
        }
        func closeAtStarts(before limit: Int) {
            while nextStart < starts.offsets.count, starts.offsets[nextStart] < limit {
                if starts.offsets[nextStart] > start { close(at: starts.offsets[nextStart]) }
                nextStart += 1
            }
        }
        try units.withUnsafeBufferPointer { buffer throws(ICUError) in
            try breaker.forEachBoundary(in: buffer) { icuBoundary in
                closeAtStarts(before: icuBoundary + 1)
                // ICU counts opening brackets as sentence-break "Close": in `挙げた。「今回` it breaks after `「`.
                // The opener belongs to the next sentence.
                var boundary = icuBoundary
                while boundary > start + 1, boundary < units.count, CharacterClass.isOpeningBracket(units[boundary - 1]) {
                    boundary -= 1
                }
                if boundary <= start || boundary < units.count && breakRules.suppressesBreak(at: boundary, rules: rules) {
                    return
                }
                close(at: boundary)
            }
        }
        closeAtStarts(before: units.count)
        if start < units.count {
            close(at: units.count)
        }
        return sentences
    }
}
