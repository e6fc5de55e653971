#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// Every output (the report, each HTML page, the baseline) is staged and put in place at the end, after every
    /// output was checked against every file the run reads.
    /// - Parameter manifest: the manifest the pairs come from, which the outputs must not replace either.
    func runBatch(_ pairs: [BatchPair], unpaired: [String], manifest: String? = nil) throws {
        let workingDirectory = FileManager.default.currentDirectoryPath
        var files = RunFiles()
        files.reads("the manifest", manifest)
        for pair in pairs {
            files.reads("the source of pair \(pair.name)", pair.source)
            files.reads("the target of pair \(pair.name)", pair.target)
        }
        addSharedFiles(to: &files)
        let htmlFolder = format == .html ? try htmlFolderPath() : nil
        if let htmlFolder {
            for (index, pair) in pairs.enumerated() {
                let page = HTMLReportWriter.fileName(for: pair, number: index + 1, of: pairs.count)
                files.writes("the page", htmlFolder.appendingPathComponent(page).path)
            }
            files.writes("the index", htmlFolder.appendingPathComponent(HTMLReportWriter.indexFileName).path)
        } else {
            files.writes("--output", output)
        }
        let createdFolders = try htmlFolder.map(Self.createFolder) ?? []
        do {
            try files.verify()
            try runBatch(pairs, unpaired: unpaired, htmlFolder: htmlFolder, workingDirectory: workingDirectory)
        } catch {
            // A failed run leaves nothing new behind (a batch with failed pairs still writes its report and
            // reports them with CommandFailure, after the commit: the folder is not empty then).
            Self.removeEmptyFolders(createdFolders)
            throw error
        }
    }

    private func runBatch(_ pairs: [BatchPair], unpaired: [String], htmlFolder: URL?, workingDirectory: String) throws {
        let outputs = RunOutputs()
        var builder = reportBuilder(pairCount: pairs.count, htmlFolder: htmlFolder, outputs: outputs)
        let accepted = try baseline.map { try Baseline.load(contentsOf: $0) }
        let reviewer = BatchReviewer(reviewer: Reviewer(configuration: try configuration()))
        let line = Terminal.showsProgress ? ProgressLine() : nil
        var progress: (@Sendable (BatchReviewer.Progress) -> Void)?
        if let line {
            progress = { line.show($0) }
        }
        let run: BatchReviewer.Run
        do {
            defer { line?.finish() }
            run = try reviewer.run(
                pairs, unpaired: unpaired, baseline: accepted, recordingBaseline: writeBaseline != nil,
                workingDirectory: workingDirectory, into: &builder, progress: progress)
        }
        let summary = run.summary
        if let writeBaseline, let written = run.baselineOfFindings {
            try outputs.stage(try written.jsonData(), for: OutputDestination(path: writeBaseline))
        }
        let destination = OutputDestination(
            path: htmlFolder.map { $0.appendingPathComponent(HTMLReportWriter.indexFileName).path } ?? output)
        try outputs.stage(try builder.report(summary: summary), for: destination)
        try outputs.commit()
        if let writeBaseline {
            ReportNotice.wroteBaseline(writeBaseline, findings: run.recordedCount)
        }
        let totals = summary.totals
        if let path = destination.path {
            ReportNotice.wrote(
                path, errors: totals.errors, warnings: totals.warnings, notes: totals.notes,
                pages: format == .html ? totals.reviewed : nil)
        }
        if let baseline, let accepted {
            ReportNotice.accepted(run.acceptedCount, by: baseline)
            ReportNotice.warnNoEntries(
                in: accepted, path: baseline,
                for: run.reviewedPairs,
                workingDirectory: workingDirectory)
        }

        if totals.failed > 0 {
            throw CommandFailure(message: "\(totals.failed) of \(totals.pairs) pairs could not be checked (see the summary)")
        }
        if summary.fails(at: failOn.severity) {
            throw ExitCode(1)
        }
    }

    /// The builder of the report `--format` asks for; for HTML each pair's page is staged in `htmlFolder` as it
    /// is made.
    private func reportBuilder(pairCount: Int, htmlFolder: URL?, outputs: RunOutputs) -> any BatchReportBuilder {
        let folder = htmlFolder ?? URL(fileURLWithPath: ".", isDirectory: true)
        return format.batchBuilder(pairCount: pairCount, settings: reportSettings) { page in
            // Many pages: each is staged without holding a file descriptor until the end.
            try outputs.stage(
                Data(page.html.utf8), for: OutputDestination(path: folder.appendingPathComponent(page.fileName).path),
                keepsDescriptor: false)
        }
    }

    /// The folder `--output` names for a batch's HTML pages (not created yet).
    private func htmlFolderPath() throws -> URL {
        guard let output else {
            throw CommandFailure(message: "--format html in a batch writes one page per pair: give --output FOLDER")
        }
        if FileManager.default.fileExists(atPath: output), !Self.isDirectory(output) {
            throw CommandFailure(message: "\(output): --format html in a batch writes one page per pair into a folder, and this is a file")
        }
        return URL(fileURLWithPath: output, isDirectory: true)
    }

    /// Creates `folder` and any missing folders above it; returns those this run created, deepest first (to be
    /// removed, if still empty, when the run fails).
    private static func createFolder(_ folder: URL) throws -> [String] {
        var missing: [String] = []
        var current = folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
            missing.append(current.path)
            current = current.deletingLastPathComponent()
        }
        for path in missing.reversed() where mkdir(path, 0o777) != 0 {
            let reason = StagedFile.reason(errno)
            removeEmptyFolders(missing)
            throw CommandFailure(message: "\(folder.path): cannot create the folder: \(reason)")
        }
        return missing
    }

    /// Removes `folders` (deepest first) where they are empty.
    private static func removeEmptyFolders(_ folders: [String]) {
        for path in folders { rmdir(path) }
    }
}
