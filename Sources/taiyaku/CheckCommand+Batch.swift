import ArgumentParser
import Foundation
import TaiyakuKit

/// `taiyaku check --pairs MANIFEST` and `taiyaku check DIR_A DIR_B`: many pairs in one run.
extension CheckCommand {
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Pairs `x.en.txt` in `sourceFolder` with `x.ja.txt` in `targetFolder` and checks the pairs.
    func runBatch(folders sourceFolder: String, _ targetFolder: String) throws {
        guard let sourceLanguage = languages.sourceLanguage.language, let targetLanguage = languages.targetLanguage.language else {
            throw CommandFailure(message: "pairing folders by file name needs --source-lang and --target-lang to be en or ja, not auto")
        }
        let pairing = try DirectoryPairing(
            sourceDirectory: sourceFolder, targetDirectory: targetFolder,
            sourceSuffix: DirectoryPairing.suffix(for: sourceLanguage), targetSuffix: DirectoryPairing.suffix(for: targetLanguage))
        guard !pairing.pairs.isEmpty else {
            throw CommandFailure(message: """
                no pairs: no file x\(DirectoryPairing.suffix(for: sourceLanguage)) in \(sourceFolder) has a partner \
                x\(DirectoryPairing.suffix(for: targetLanguage)) in \(targetFolder)
                """)
        }
        try runBatch(pairing.pairs, unpaired: pairing.unpaired)
    }

    /// Checks `pairs` in parallel, writes one report of them all, and exits with 2 when a pair could not be
    /// loaded, else 1 when a finding reaches `--fail-on`.
    ///
    /// Each pair's entry goes, in pair order, through the baseline into the summary and the format's builder, which
    /// keep their compact parts of it; the review itself is dropped there, so memory does not grow with its size.
    func runBatch(_ pairs: [BatchPair], unpaired: [String]) throws {
        let workingDirectory = FileManager.default.currentDirectoryPath
        let (formatBuilder, destination) = try reportBuilder(pairCount: pairs.count, workingDirectory: workingDirectory)
        var builder = formatBuilder
        let accepted = try baseline.map { try Baseline.load(contentsOf: $0) }
        let checks = CheckRegistry.all.filter { !disabled.contains($0.id) }
        let reviewer = BatchReviewer(
            reviewer: Reviewer(
                checks: checks, terminology: try terminologyOptions.terminology(),
                lexicon: try terminologyOptions.lexicon(), documentDate: documentDate),
            sourceLanguage: languages.sourceLanguage.language, targetLanguage: languages.targetLanguage.language)
        var summary = BatchSummary(unpaired: unpaired)
        var written = writeBaseline.map { _ in Baseline() }
        var matcher = (accepted ?? Baseline()).matcher()
        var writtenCount = 0
        var acceptedCount = 0
        var checkedPairs: [ArtifactPair] = []

        let line = Terminal.showsProgress ? ProgressLine() : nil
        var progress: (@Sendable (BatchReviewer.Progress) -> Void)?
        if let line {
            progress = { line.show($0) }
        }
        do {
            defer { line?.finish() }
            try reviewer.forEachEntry(reviewing: pairs, progress: progress) { (entry: BatchReview.Entry) throws in
                var entry = entry
                if let review = entry.review {
                    written?.accept(review, workingDirectory: workingDirectory)
                    checkedPairs.append(ArtifactPair(review, workingDirectory: workingDirectory))
                    writtenCount += review.findings.count
                }
                if accepted != nil {
                    let before = entry.review?.findings.count ?? 0
                    entry = entry.excluding(using: &matcher, workingDirectory: workingDirectory)
                    acceptedCount += before - (entry.review?.findings.count ?? 0)
                }
                summary.add(entry)
                try builder.add(entry)
            }
        }

        if let writeBaseline, let written {
            try OutputDestination(path: writeBaseline).write(try written.jsonData())
            ReportNotice.wroteBaseline(writeBaseline, findings: writtenCount)
        }
        try destination.write(try builder.report(summary: summary))
        let totals = summary.totals
        if let path = destination.path {
            ReportNotice.wrote(
                path, errors: totals.errors, warnings: totals.warnings, notes: totals.notes,
                pages: format == .html ? totals.reviewed : nil)
        }
        if let baseline, let accepted {
            ReportNotice.accepted(acceptedCount, by: baseline)
            ReportNotice.warnNoEntries(
                in: accepted, path: baseline,
                for: checkedPairs,
                workingDirectory: workingDirectory)
        }

        if totals.failed > 0 {
            throw CommandFailure(message: "\(totals.failed) of \(totals.pairs) pairs could not be checked (see the summary)")
        }
        if summary.fails(at: failOn.severity) {
            throw ExitCode(1)
        }
    }

    /// The builder of the report `--format` asks for, and where its report goes: `--output` (standard output when
    /// not given), or for HTML the `index.html` of the `--output` folder, into which the pairs' pages are written as
    /// they come.
    /// - Throws: `CommandFailure` when HTML has no folder to go to.
    private func reportBuilder(
        pairCount: Int, workingDirectory: String
    ) throws -> (builder: any BatchReportBuilder, destination: OutputDestination) {
        let version = Taiyaku.configuration.version
        switch format {
        case .text:
            return (TextReportWriter.BatchBuilder(writer: textWriter), OutputDestination(path: output))
        case .json:
            return (BatchReport.Builder(toolVersion: version), OutputDestination(path: output))
        case .sarif:
            return (SARIFLog.BatchBuilder(toolVersion: version, workingDirectory: workingDirectory), OutputDestination(path: output))
        case .junit:
            return (JUnitWriter.BatchBuilder(writer: JUnitWriter(failingSeverity: failOn.severity)), OutputDestination(path: output))
        case .html:
            let folder = try prepareHTMLFolder()
            let builder = HTMLReportWriter.BatchBuilder(writer: HTMLReportWriter(toolVersion: version, workingDirectory: workingDirectory), pairCount: pairCount) { page in
                try OutputDestination(path: folder.appendingPathComponent(page.fileName).path).write(Data(page.html.utf8))
            }
            return (builder, OutputDestination(path: folder.appendingPathComponent(HTMLReportWriter.indexFileName).path))
        }
    }

    /// The folder `--output` names for a batch's HTML pages, created when missing.
    private func prepareHTMLFolder() throws -> URL {
        guard let output else {
            throw CommandFailure(message: "--format html in a batch writes one page per pair: give --output FOLDER")
        }
        if FileManager.default.fileExists(atPath: output), !Self.isDirectory(output) {
            throw CommandFailure(message: "\(output): --format html in a batch writes one page per pair into a folder, and this is a file")
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "\(output): cannot create the folder: \((error as NSError).localizedDescription)")
        }
        return URL(fileURLWithPath: output, isDirectory: true)
    }
}
