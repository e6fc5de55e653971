/// Everything a review depends on besides the two documents: the rules, the glossary, the lexicon, the aligner's
/// parameters, the languages and the date. `taiyaku check` builds one from its options; a library user starts from
/// the same defaults with `ReviewConfiguration.standard()`.
public struct ReviewConfiguration: Sendable {
    /// The checks to run, in report order (by default every check of `CheckRegistry.all`).
    public var checks: [any Check]
    /// The glossary and variant groups of the terminology checks and of the aligner's term evidence (`nil`: none).
    public var terminology: Terminology?
    /// Everyday words the aligner looks for on both sides as weak evidence (`nil`: none).
    public var lexicon: LexiconIndex?
    public var alignmentParameters: AlignmentParameters
    /// The language sources must be written in (`nil`: whatever their script shows); `targetLanguage` alike.
    public var sourceLanguage: Language?
    public var targetLanguage: Language?
    /// The date relative dates refer to (`this year`, `本年`); `nil`: the date the documents give.
    public var documentDate: CalendarDate?

    /// A configuration with exactly what it is given: no glossary and no lexicon unless named.
    public init(
        checks: [any Check] = CheckRegistry.all, terminology: Terminology? = nil, lexicon: LexiconIndex? = nil,
        alignmentParameters: AlignmentParameters = .standard, sourceLanguage: Language? = .english,
        targetLanguage: Language? = .japanese, documentDate: CalendarDate? = nil
    ) {
        self.checks = checks
        self.terminology = terminology
        self.lexicon = lexicon
        self.alignmentParameters = alignmentParameters
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.documentDate = documentDate
    }

    /// What `taiyaku check` uses when given no options: every check, the shipped glossary and its variant groups,
    /// the shipped lexicon, the standard aligner, an English source and a Japanese target.
    /// - Throws: an error naming the shipped resource that cannot be read (only a damaged build has one).
    public static func standard() throws -> ReviewConfiguration {
        let (terminology, lexicon) = try ParallelWork.both(
            { try ShippedResources.terminology() }, { try LexiconIndex(ShippedResources.lexicon()) })
        return ReviewConfiguration(terminology: terminology, lexicon: lexicon)
    }

    /// The same configuration without the checks whose rule ids are in `ruleIDs`.
    public func disabling(_ ruleIDs: some Sequence<String>) -> ReviewConfiguration {
        let disabled = Set(ruleIDs)
        var copy = self
        copy.checks = checks.filter { !disabled.contains($0.id) }
        return copy
    }
}
