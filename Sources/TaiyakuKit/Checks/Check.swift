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

/// A pair of texts (the target may be empty for a check of one document) and whether the check fires on it.
public struct CheckExample: Sendable {
    public let source: String
    public let target: String
    public let triggers: Bool

    public init(source: String, target: String = "", triggers: Bool) {
        self.source = source
        self.target = target
        self.triggers = triggers
    }
}
