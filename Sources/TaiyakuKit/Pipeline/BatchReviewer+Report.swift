extension BatchReviewer {
    /// What a batch run produced besides its report.
    public struct Run: Sendable {
        /// The counts of every pair, after the baseline, and the unpaired files.
        public var summary: BatchSummary
        /// A baseline accepting every finding of every reviewed pair (before the baseline used was applied), when
        /// one was asked for.
        public var baselineOfFindings: Baseline?
        /// How many findings the baseline used accepted.
        public var acceptedCount: Int
        /// The findings the baseline of findings records.
        public var recordedCount: Int
        /// The reviewed pairs, as baselines name them.
        public var reviewedPairs: [ArtifactPair]
    }

    /// Reviews every pair and hands each entry, in pair order and after `baseline`, to `builder`, which keeps its
    /// report's part of it; the reviews themselves are dropped as soon as the builder has taken them, so memory does
    /// not grow with their size. A single pair is a batch of one.
    /// - Parameters:
    ///   - baseline: accepted findings, per pair (`nil`: none).
    ///   - recordingBaseline: whether to record every finding into `Run.baselineOfFindings` (`--write-baseline`).
    ///   - workingDirectory: what baseline entries' paths are relative to.
    ///   - progress: called after each pair, from the worker that checked it.
    /// - Throws: what the builder throws (HTML pages are written as they are made).
    public func run(
        _ pairs: [BatchPair], unpaired: [String] = [], baseline: Baseline?, recordingBaseline: Bool,
        workingDirectory: String, into builder: inout any BatchReportBuilder,
        progress: (@Sendable (Progress) -> Void)? = nil
    ) throws -> Run {
        var run = Run(
            summary: BatchSummary(unpaired: unpaired), baselineOfFindings: recordingBaseline ? Baseline() : nil,
            acceptedCount: 0, recordedCount: 0, reviewedPairs: [])
        var matcher = (baseline ?? Baseline()).matcher()
        try forEachEntry(reviewing: pairs, progress: progress) { (entry: BatchReview.Entry) throws in
            var entry = entry
            if let review = entry.review {
                run.baselineOfFindings?.accept(review, workingDirectory: workingDirectory)
                run.reviewedPairs.append(ArtifactPair(review, workingDirectory: workingDirectory))
                run.recordedCount += review.findings.count
            }
            if baseline != nil {
                let before = entry.review?.findings.count ?? 0
                entry = entry.excluding(using: &matcher, workingDirectory: workingDirectory)
                run.acceptedCount += before - (entry.review?.findings.count ?? 0)
            }
            run.summary.add(entry)
            try builder.add(entry)
        }
        return run
    }
}
