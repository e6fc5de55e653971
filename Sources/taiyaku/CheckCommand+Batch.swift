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
    func runBatch(_ pairs: [BatchPair], unpaired: [String]) throws {
        let htmlFolder = try format == .html ? prepareHTMLFolder() : nil
        let accepted = try baseline.map { try Baseline.load(contentsOf: $0) }
        let checks = CheckRegistry.all.filter { !disabled.contains($0.id) }
        let reviewer = BatchReviewer(
            reviewer: Reviewer(checks: checks, terminology: try terminologyOptions.terminology(), documentDate: documentDate),
            sourceLanguage: languages.sourceLanguage.language, targetLanguage: languages.targetLanguage.language)
        var batch: BatchReview
        if Terminal.showsProgress {
            let line = ProgressLine()
            batch = reviewer.review(pairs, unpaired: unpaired, progress: { line.show($0) })
            line.finish()
        } else {
            batch = reviewer.review(pairs, unpaired: unpaired)
        }

        // Baselines name each finding's pair by its paths relative to where the command runs.
        let workingDirectory = FileManager.default.currentDirectoryPath
        if let writeBaseline {
            try OutputDestination(path: writeBaseline).write(try Baseline(accepting: batch, workingDirectory: workingDirectory).jsonData())
        }
        if let accepted {
            batch = batch.excluding(accepted, workingDirectory: workingDirectory)
        }
        let version = Taiyaku.configuration.version
        switch format {
        case .text:
            let writer = TextReportWriter(colour: output == nil && Terminal.supportsColour)
            try OutputDestination(path: output).write(Data(writer.text(for: batch).utf8))
        case .json:
            try OutputDestination(path: output).write(try BatchReport(batch, toolVersion: version).jsonData())
        case .sarif:
            let log = SARIFLog(batch, toolVersion: version, workingDirectory: workingDirectory)
            try OutputDestination(path: output).write(try log.jsonData())
        case .junit:
            try OutputDestination(path: output).write(Data(JUnitWriter(failingSeverity: failOn.severity).document(for: batch).utf8))
        case .html:
            guard let htmlFolder else { break }
            for page in HTMLReportWriter(toolVersion: version).pages(for: batch) {
                try OutputDestination(path: htmlFolder.appendingPathComponent(page.fileName).path).write(Data(page.html.utf8))
            }
        }

        let failed = batch.entries.filter { $0.failure != nil }.count
        if failed > 0 {
            throw CommandFailure(message: "\(failed) of \(batch.entries.count) pairs could not be checked (see the summary)")
        }
        if batch.fails(at: failOn.severity) {
            throw ExitCode(1)
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
