/// A review rule: a small type that reads a `CheckContext` and produces findings.
///
/// A new check is one file plus one line in `CheckRegistry.all`. Its examples are its tests and its
/// documentation: a parameterised test runs every check's examples.
public protocol Check: Sendable {
    /// The rule id in reports, e.g. `term-missing`.
    var id: String { get }
    /// One line for reports and `--help`.
    var summary: String { get }
    var defaultSeverity: Finding.Severity { get }
    /// Texts on which the check must and must not fire.
    var examples: [CheckExample] { get }

    func findings(in context: CheckContext) -> [Finding]
}

/// A pair of texts (the target may be empty for a check of one document), whether the check fires on it, and where
/// its finding lands: the text it marks on each side.
public struct CheckExample: Sendable {
    public let source: String
    public let target: String
    public let triggers: Bool
    /// What a finding of a triggering example marks in the source and in the target (`nil`: not stated, or the
    /// finding has no place on that side).
    public let sourceMark: String?
    public let targetMark: String?

    public init(source: String, target: String = "", triggers: Bool) {
        self.source = source
        self.target = target
        self.triggers = triggers
        self.sourceMark = nil
        self.targetMark = nil
    }

    /// A triggering example whose finding marks `sourceMark` in the source and `targetMark` in the target (give at
    /// least one).
    public init(source: String, target: String = "", marking sourceMark: String?, _ targetMark: String? = nil) {
        precondition(sourceMark != nil || targetMark != nil, "a marking example names what its finding marks")
        self.source = source
        self.target = target
        self.triggers = true
        self.sourceMark = sourceMark
        self.targetMark = targetMark
    }
}
