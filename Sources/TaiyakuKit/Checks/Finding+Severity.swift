extension Finding {
    /// The same finding at another severity: a check states its default and lowers it where the evidence is not
    /// conclusive (see the severity contract in the README).
    package func with(severity: Severity) -> Finding {
        Finding(
            ruleID: ruleID, severity: severity, message: message, source: source, target: target,
            suggestion: suggestion, subject: subject)
    }

    /// The same finding about another subject: the original document alone, or the translation. A finding about
    /// the original alone (its quotes, dashes, date styles, widths, spellings) is at most a `note`: the translator
    /// cannot act on it, and a CI gate on a translation must not fail for it.
    package func about(_ subject: Subject) -> Finding {
        Finding(
            ruleID: ruleID, severity: subject == .original ? min(severity, .note) : severity, message: message,
            source: source, target: target,
            suggestion: suggestion, subject: subject)
    }
}
