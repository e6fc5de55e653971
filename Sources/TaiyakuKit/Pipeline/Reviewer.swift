/// Runs the whole review of a translation pair: alignment, then every enabled check.
public struct Reviewer: Sendable {
    public var aligner: Aligner
    public var checks: [any Check]
    /// The glossary and variant groups for the terminology checks (`nil`: those checks find nothing).
    public var terminology: Terminology?
    /// Everyday words the aligner looks for on both sides as weak evidence (`nil`: none).
    public var lexicon: LexiconIndex?
    /// The date relative dates refer to (`this year`, `本年`) when a call names none; `nil`: the date the documents
    /// give in their headings.
    public var documentDate: CalendarDate?

    public init(
        aligner: Aligner = Aligner(), checks: [any Check], terminology: Terminology? = nil, lexicon: LexiconIndex? = nil,
        documentDate: CalendarDate? = nil
    ) {
        self.aligner = aligner
        self.checks = checks
        self.terminology = terminology
        self.lexicon = lexicon
        self.documentDate = documentDate
    }

    /// Finds glossary terms, extracts anchors, aligns the pair (terms and anchors are its evidence) and runs the
    /// checks. Anchors and glossary terms become highlights for the HTML report.
    /// - Parameter documentDate: the date relative dates refer to; by default the one the documents give.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func review(_ pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> Review {
        let prepared = try prepare(pair, documentDate: documentDate)
        let context = prepared.context
        let findings = checks.flatMap { $0.findings(in: context) }
        return Review(
            source: pair.source, target: pair.target, beads: context.beads, findings: findings,
            rules: checks.map(RuleDescriptor.init),
            sourceHighlights: Self.highlights(prepared.sides.source.anchors, context.terms(.source)),
            targetHighlights: Self.highlights(prepared.sides.target.anchors, context.terms(.target)))
    }

    /// What the checks read, after terms, anchors and alignment, without running any check.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func context(for pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> CheckContext {
        try prepare(pair, documentDate: documentDate).context
    }

    /// The alignment of the pair with the evidence a review uses (anchors and glossary terms).
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func alignment(for pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> Alignment {
        try prepare(pair, documentDate: documentDate).alignment
    }

    private func prepare(
        _ pair: TranslationPair, documentDate: CalendarDate?
    ) throws -> (context: CheckContext, sides: (source: AlignmentSide, target: AlignmentSide), alignment: Alignment) {
        var sourceTerms = SegmentTerms()
        var targetTerms = SegmentTerms()
        if let terminology {
            sourceTerms = try SegmentTerms(pair.source, terminology: terminology)
            targetTerms = try SegmentTerms(pair.target, terminology: terminology)
        }
        let sides = try pair.alignmentSides(
            documentDate: documentDate ?? self.documentDate, sourceTerms: sourceTerms.conceptIDs,
            targetTerms: targetTerms.conceptIDs, lexicon: lexicon)
        let alignment = aligner.align(sides.source, with: sides.target)
        let context = CheckContext(
            source: pair.source, target: pair.target, beads: alignment.beads, terminology: terminology,
            sourceTerms: sourceTerms, targetTerms: targetTerms, sourceAnchors: SegmentAnchors(sides.source),
            targetAnchors: SegmentAnchors(sides.target), isTranslation: alignment.isTranslation)
        return (context, sides, alignment)
    }

    /// Glossary terms, then anchors worth showing (every kind but the low-weight ones such as `two countries`).
    private static func highlights(_ anchors: [[Anchor]], _ terms: SegmentTerms) -> [[Highlight]] {
        anchors.enumerated().map { index, list in
            let termHighlights = (index < terms.matches.count ? terms.matches[index] : []).map {
                Highlight(kind: .term, range: $0.range, label: $0.conceptID)
            }
            return termHighlights + list.filter { $0.weight >= 0.3 }.map {
                Highlight(kind: .anchor, range: $0.range, label: "\($0.kind.rawValue) \($0.value)")
            }
        }
    }
}
