extension Baseline {
    /// A baseline accepting every finding of every reviewed pair of `batch`, each in its own pair.
    /// - Parameter workingDirectory: the directory the entries' paths are made relative to (see `ArtifactPair`).
    public init(accepting batch: BatchReview, workingDirectory: String) {
        self.init()
        for review in batch.reviews {
            accept(review, workingDirectory: workingDirectory)
        }
    }
}
