extension SARIFLog {
    /// One log with one run for a whole batch: the results of every reviewed pair (their artifact URIs name the
    /// pair's files, their fingerprints include them), the rules of all of them, and for pairs that could not be
    /// checked an unsuccessful invocation with one error notification each.
    /// - Parameter workingDirectory: artifact URIs, and the paths in fingerprints, are relative to it.
    public init(_ batch: BatchReview, toolVersion: String, workingDirectory: String) {
        self.init(
            reviews: batch.reviews,
            failures: batch.entries.compactMap { entry in entry.failure.map { "\(entry.pair.name): \($0)" } },
            toolVersion: toolVersion, workingDirectory: workingDirectory)
    }
}
