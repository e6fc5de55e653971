/// Every check Taiyaku has, in the order reports list them. A new check is one file plus one line here.
public enum CheckRegistry {
    public static let all: [any Check] = [
        NotATranslationCheck(),
        OmissionCheck(),
        AdditionCheck(),
        LowConfidenceCheck(),
        TermMissingCheck(),
        TermDeprecatedCheck(),
        TermInconsistentCheck(),
        TermNearMissCheck(),
        VariantInconsistentCheck(),
        NumberMismatchCheck(),
        DateMismatchCheck(),
        NameMismatchCheck(),
        DateFormatInconsistentCheck(),
        QuoteStyleInconsistentCheck(),
        DashInconsistentCheck(),
        NameOrderInconsistentCheck(),
    ]

    /// The check with rule id `id`, or `nil`.
    public static func check(id: String) -> (any Check)? {
        all.first { $0.id == id }
    }
}
