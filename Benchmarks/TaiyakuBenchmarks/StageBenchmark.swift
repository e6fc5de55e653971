import Foundation
import TaiyakuKit

/// Where one `taiyaku check` of the 100-sentence pair spends its time, stage by stage, in this process: the first
/// call (what a fresh process pays, with its one-time costs such as opening MeCab's dictionary) and the median of 9
/// calls after it. The stages run in the order a check runs them, each once cold before any is timed warm.
enum StageBenchmark {
    static func run() throws {
        let (sourceText, targetText, counts) = try CheckBenchmark.hundredSentencePair()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-stage-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sourcePath = folder.appendingPathComponent("100.en.txt").path
        let targetPath = folder.appendingPathComponent("100.ja.txt").path
        try Data(sourceText.utf8).write(to: URL(fileURLWithPath: sourcePath))
        try Data(targetText.utf8).write(to: URL(fileURLWithPath: targetPath))

        print("## One check's stages (\(counts.source) × \(counts.target) segments, in process; first call, then median of 9)")
        print("| stage | first call | median |")
        print("|---|---|---|")
        var rows: [(String, Double, Double)] = []
        func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = ContinuousClock.now
            let result = try body()
            let first = seconds(ContinuousClock.now - start)
            let median = try Harness.medianSeconds(runs: 9, warmUp: false) { _ = try body() }
            rows.append((name, first, median))
            return result
        }

        let lexicon = try stage("read the shipped lexicon") { try ShippedResources.lexicon() }
        let index = try stage("index the lexicon (both languages)") { try LexiconIndex(lexicon) }
        let terminology = try stage("read and index the shipped glossary and variants") { try ShippedResources.terminology() }
        let configuration = ReviewConfiguration(terminology: terminology, lexicon: index)
        let reviewer = Reviewer(configuration: configuration)
        let pair = try stage("read and segment both files") {
            try TranslationPair.load(source: sourcePath, target: targetPath)
        }
        let analyser = DocumentAnalyser(terminology: terminology, lexicon: index)
        let dates = Pair(source: DocumentDate.find(in: pair.source), target: DocumentDate.find(in: pair.target))
        _ = try stage("analyse the English side") { try analyser.analyse(pair.source, documentDate: dates.source) }
        _ = try stage("analyse the Japanese side (MeCab opened)") { try analyser.analyse(pair.target, documentDate: dates.target) }
        let analysis = try stage("analyse the pair") { try reviewer.analyse(pair) }
        let alignment = stage("align") { Aligner().align(analysis.source, with: analysis.target) }
        let context = CheckContext(
            analysis: analysis, beads: alignment.beads, isTranslation: alignment.isTranslation, terminology: terminology)
        var checkRows: [(String, Double, Double)] = []
        for check in configuration.checks {
            let start = ContinuousClock.now
            _ = check.findings(in: context)
            let first = seconds(ContinuousClock.now - start)
            let median = Harness.medianSeconds(runs: 9, warmUp: false) { _ = check.findings(in: context) }
            checkRows.append(("check `\(check.id)`", first, median))
        }
        rows.append(("every check", checkRows.reduce(0) { $0 + $1.1 }, checkRows.reduce(0) { $0 + $1.2 }))
        let review = try stage("review (analyse, align, check)") { try reviewer.review(pair) }
        _ = try stage("JSON report") {
            try ReportFormat.json.report(
                for: review, settings: ReportFormat.Settings(toolVersion: "bench", workingDirectory: folder.path))
        }
        for (name, first, median) in rows {
            print("| \(name) | \(Harness.format(first)) | \(Harness.format(median)) |")
        }
        for (name, first, median) in checkRows.sorted(by: { $0.2 > $1.2 }).prefix(6) {
            print("| \(name) | \(Harness.format(first)) | \(Harness.format(median)) |")
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
