extension RuleDescriptor {
    /// What reports say about `check`.
    package init(_ check: any Check) {
        self.init(id: check.id, summary: check.summary, defaultSeverity: check.defaultSeverity)
    }
}
