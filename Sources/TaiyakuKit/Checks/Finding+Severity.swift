extension Finding {
    /// The same finding at another severity: a check states its default and lowers it where the evidence is not
    /// conclusive (see the severity contract in the README).
    package func with(severity: Severity) -> Finding {
        Finding(
            ruleID: ruleID, severity: severity, message: message, source: source, target: target,
            suggestion: suggestion, subject: subject)
    }

    /// The same finding about another subject: the original document alone, or the translation.
    package func about(_ subject: Subject) -> Finding {
        Finding(
            ruleID: ruleID, severity: severity, message: message, source: source, target: target,
            suggestion: suggestion, subject: subject)
    }
}
