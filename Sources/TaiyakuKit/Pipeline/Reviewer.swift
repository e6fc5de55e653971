/// Runs the whole review of a translation pair: analyse both sides, align them, run every check, collect.
///
/// ```swift
/// let reviewer = Reviewer(configuration: try .standard())
/// let review = try reviewer.review(source: "release.en.txt", target: "release.ja.txt")
/// for finding in review.findings where finding.severity == .error { print(finding.message) }
/// ```
public struct Reviewer: Sendable {
    public var configuration: ReviewConfiguration
    /// The caps a review keeps (findings per document, the aligner's cells).
    public var limits: Limits

    public init(configuration: ReviewConfiguration, limits: Limits = .standard) {
        self.configuration = configuration
        self.limits = limits
    }

    /// A reviewer with the given parts and nothing else (no glossary or lexicon unless named); the aligner's
    /// parameters and caps are the review's.
    public init(
        aligner: Aligner = Aligner(), checks: [any Check], terminology: Terminology? = nil, lexicon: LexiconIndex? = nil,
        documentDate: CalendarDate? = nil
    ) {
        self.init(
            configuration: ReviewConfiguration(
                checks: checks, terminology: terminology, lexicon: lexicon, alignmentParameters: aligner.parameters,
                documentDate: documentDate),
            limits: aligner.limits)
    }

    /// Loads, segments and reviews two files, in the configuration's languages.
    /// - Throws: `DocumentError` for an unreadable file, `PairError` for a pair that cannot be aligned, `ICUError`
    ///   when ICU fails.
    public func review(source: String, target: String) throws -> Review {
        try review(
            TranslationPair.load(
                source: source, target: target, sourceLanguage: configuration.sourceLanguage,
                targetLanguage: configuration.targetLanguage))
    }

    /// Analyses, aligns and checks a segmented pair.
    /// - Parameter documentDate: the date relative dates refer to; by default the configuration's, else the one
    ///   the documents give.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func review(_ pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> Review {
        let analysis = try analyse(pair, documentDate: documentDate)
        let alignment = aligner.align(analysis.source, with: analysis.target)
        let context = CheckContext(
            analysis: analysis, beads: alignment.beads, isTranslation: alignment.isTranslation,
            terminology: configuration.terminology)
        // The checks read the context only, so they run side by side; their findings keep the checks' order.
        var (findings, truncated) = limits.capped(
            ParallelWork.map(configuration.checks) { $0.findings(in: context) }.flatMap { $0 })
        let narrowing = limits.narrowingNote(for: alignment, parameters: configuration.alignmentParameters)
        if let narrowing { findings.insert(narrowing, at: 0) }
        return Review(
            source: context.source, target: context.target, beads: context.beads, findings: findings,
            rules: configuration.checks.map(RuleDescriptor.init) + (narrowing != nil ? [Limits.narrowingRule] : [])
                + (truncated ? [Limits.truncationRule] : []),
            sourceHighlights: context.analysis.source.highlights, targetHighlights: context.analysis.target.highlights)
    }

    /// What the checks read: the analysis of both sides and their alignment, without running any check.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func context(for pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> CheckContext {
        let analysis = try analyse(pair, documentDate: documentDate)
        let alignment = aligner.align(analysis.source, with: analysis.target)
        return CheckContext(
            analysis: analysis, beads: alignment.beads, isTranslation: alignment.isTranslation,
            terminology: configuration.terminology)
    }

    /// The alignment of the pair with the evidence a review uses (anchors, glossary terms, lexicon words).
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func alignment(for pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> Alignment {
        let analysis = try analyse(pair, documentDate: documentDate)
        return aligner.align(analysis.source, with: analysis.target)
    }

    /// The aligner with this reviewer's parameters and caps.
    var aligner: Aligner {
        Aligner(parameters: configuration.alignmentParameters, limits: limits)
    }

    /// The analysis stage with this reviewer's glossary, lexicon and date.
    /// - Throws: `ICUError` when ICU fails to transliterate or normalise.
    public func analyse(_ pair: TranslationPair, documentDate: CalendarDate? = nil) throws -> Pair<AnalysedDocument> {
        try DocumentAnalyser(
            terminology: configuration.terminology, lexicon: configuration.lexicon,
            documentDate: documentDate ?? configuration.documentDate
        ).analyse(pair)
    }
}
