import ArgumentParser
import Foundation
import TaiyakuKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Review a translation: align it with its source and report what a careful reviewer would catch.",
        discussion: """
            SOURCE is the original and TARGET its translation. An English original:
              taiyaku check release.en.txt release.ja.txt
            A Japanese original with an English 仮訳 (provisional translation):
              taiyaku check release.ja.txt release.en.txt --source-lang ja --target-lang en
            Text output lists what to fix first (errors, then document order), each finding with a window of both \
            sentences, wrapped to the terminal (COLUMNS, or 100 columns); --verbose adds segment numbers and \
            fingerprints. With --output, one line on standard error says what was written.
            Terminology: without --glossary the shipped Glossaries/central-asia.tsv is used, and without \
            --variants the shipped Glossaries/variants.ja.tsv (both compiled into taiyaku). --no-glossary runs \
            without the terminology rules.
            Batch: --pairs MANIFEST checks the pairs a manifest lists (one SOURCE<TAB>TARGET per line, paths \
            relative to the manifest; blank lines and # comments ignored); two folders as SOURCE and TARGET (or one \
            folder twice) pair x.en.txt with x.ja.txt (the codes follow --source-lang and --target-lang). Pairs run \
            in parallel and are reported in order, then a summary table; --format html then needs --output to be a \
            folder (one page per pair and an index.html). Baselines are per pair: an entry accepts a finding only \
            in the pair whose paths (relative to the working directory) it names.
            Exit codes: 0 when no finding reaches --fail-on, 1 when one does (also with --write-baseline, which \
            records the findings but does not accept them for this run), 2 for usage or input errors. In a \
            batch: 2 when any pair could not be loaded (the others are still checked and reported), else 1 when a \
            finding reaches --fail-on, else 0.
            """
    )

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, note, never

        var severity: Finding.Severity? {
            switch self {
            case .error: return .error
            case .warning: return .warning
            case .note: return .note
            case .never: return nil
            }
        }
    }

    @Argument(help: "The source release (English by default), or a folder of them.")
    var source: String?

    @Argument(help: "Its translation (Japanese by default), or a folder of them.")
    var target: String?

    @Option(name: .customLong("pairs"), help: ArgumentHelp(
        "Check every pair this manifest lists: SOURCE<TAB>TARGET per line, relative to the manifest's folder.",
        valueName: "manifest"))
    var manifest: String?

    @Option(name: .customLong("pairs-root"), help: ArgumentHelp(
        "With --pairs: the folder the manifest's files must lie in (default: the manifest's own folder).",
        valueName: "folder"))
    var pairsRoot: String?

    @Flag(name: .customLong("allow-outside-paths"), help: "With --pairs: review files the manifest names anywhere, not only in its folder.")
    var allowOutsidePaths = false

    @OptionGroup var languages: PairLanguageOptions

    @Option(help: ArgumentHelp(
        "The date relative dates refer to (this year, 本年); by default the date the documents give.",
        valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "text (for people), json, sarif (code scanning), junit (GitLab, Jenkins) or html (side by side).")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file (atomically; never over an input) instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when a finding of this severity or worse remains: error, warning, note or never.")
    var failOn: FailOn = .error

    @Option(help: "Accepted findings: report and fail only on findings not in this baseline file (per pair, by paths relative to the working directory).")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the current findings to this file as a baseline, each under its pair's paths.")
    var writeBaseline: String?

    @Option(name: .customLong("disable"), help: "A rule id to switch off (repeatable).")
    var disabled: [String] = []

    @Flag(help: "Text report: also show segment numbers, fingerprints and alignment counts.")
    var verbose = false

    @OptionGroup var terminologyOptions: GlossaryOptions

    func validate() throws {
        if manifest != nil, source != nil || target != nil {
            throw ValidationError("--pairs takes the pairs from the manifest: give no SOURCE or TARGET with it")
        }
        if manifest == nil, source == nil || target == nil {
            throw ValidationError("give SOURCE and TARGET (two files, or two folders of pairs), or --pairs MANIFEST")
        }
        if manifest == nil, pairsRoot != nil || allowOutsidePaths {
            throw ValidationError("--pairs-root and --allow-outside-paths apply to --pairs MANIFEST only")
        }
        if pairsRoot != nil, allowOutsidePaths {
            throw ValidationError("give --pairs-root FOLDER or --allow-outside-paths, not both")
        }
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date takes a real day as YYYY-MM-DD, not '\(date)'")
        }
        let known = Set(CheckRegistry.all.map(\.id))
        for rule in disabled where !known.contains(rule) {
            throw ValidationError("unknown rule '\(rule)' for --disable; rules: \(known.sorted().joined(separator: ", "))")
        }
    }

    func run() throws {
        if let manifest {
            var pairs = try PairManifest.load(contentsOf: manifest)
            if !allowOutsidePaths {
                pairs = try pairs.confined(to: pairsRoot)
            }
            try runBatch(pairs.pairs, unpaired: [], manifest: manifest)
            return
        }
        guard let source, let target else {
            throw ValidationError("give SOURCE and TARGET, or --pairs MANIFEST")
        }
        if Self.isDirectory(source), Self.isDirectory(target) {
            try runBatch(folders: source, target)
            return
        }
        try runSingle(source: source, target: target)
    }

    /// One pair: the report of its review.
    private func runSingle(source: String, target: String) throws {
        var files = RunFiles()
        files.reads("the source", source)
        files.reads("the target", target)
        addSharedFiles(to: &files)
        files.writes("--output", output)
        try files.verify()

        let reviewer = Reviewer(configuration: try configuration())
        // Read before anything is written: `--write-baseline` may name the same file.
        let accepted = try baseline.map { try Baseline.load(contentsOf: $0) }
        var review = try reviewer.review(source: source, target: target)
        // Baselines name each finding's pair by its paths relative to where the command runs.
        let workingDirectory = FileManager.default.currentDirectoryPath
        let outputs = RunOutputs()
        if let writeBaseline {
            let written = Baseline(accepting: review.findings, in: ArtifactPair(review, workingDirectory: workingDirectory))
            try outputs.stage(try written.jsonData(), for: OutputDestination(path: writeBaseline))
        }
        if let baseline, let accepted {
            let before = review.findings.count
            review = review.excluding(accepted, workingDirectory: workingDirectory)
            ReportNotice.accepted(before - review.findings.count, by: baseline)
            ReportNotice.warnNoEntries(
                in: accepted, path: baseline, for: [ArtifactPair(review, workingDirectory: workingDirectory)],
                workingDirectory: workingDirectory)
        }
        try outputs.stage(try report(review), for: OutputDestination(path: output))
        try outputs.commit()
        if let writeBaseline {
            ReportNotice.wroteBaseline(writeBaseline, findings: review.findings.count)
        }
        if let output {
            let summary = ReviewReport.Summary(review)
            ReportNotice.wrote(output, errors: summary.errors, warnings: summary.warnings, notes: summary.notes)
        }
        if review.fails(at: failOn.severity) {
            throw ExitCode(1)
        }
    }

    /// The files every form of `check` reads or writes besides the pairs and the report: glossaries, variant
    /// groups, the baseline, and the baseline written (which may update `--baseline` in place: it is read first).
    func addSharedFiles(to files: inout RunFiles) {
        for (role, path) in terminologyOptions.inputPaths { files.reads(role, path) }
        files.reads("--baseline", baseline)
        files.writes("--write-baseline", writeBaseline)
        files.allow(output: "--write-baseline", toReplace: "--baseline")
    }

    /// The text report's writer: colour on a terminal, the terminal's width (or `COLUMNS`, or 100).
    var textWriter: TextReportWriter {
        TextReportWriter(colour: output == nil && Terminal.supportsColour, width: Terminal.reportWidth, verbose: verbose)
    }

    /// The date `--date` names (validated in `validate()`).
    var documentDate: CalendarDate? {
        date.flatMap { CalendarDate(iso: $0) }
    }

    /// The configuration the options describe: the library's standard one (every rule, the shipped glossary and
    /// lexicon, an English source and a Japanese target), changed only where an option says so.
    func configuration() throws -> ReviewConfiguration {
        let (terminology, lexicon) = try terminologyOptions.resources()
        return ReviewConfiguration(
            checks: CheckRegistry.all, terminology: terminology, lexicon: lexicon,
            sourceLanguage: languages.sourceLanguage.language,
            targetLanguage: languages.targetLanguage.language, documentDate: documentDate
        ).disabling(disabled)
    }

    /// What the report writers need besides the review.
    var reportSettings: ReportFormat.Settings {
        ReportFormat.Settings(
            toolVersion: Taiyaku.configuration.version, workingDirectory: FileManager.default.currentDirectoryPath,
            failingSeverity: failOn.severity, text: textWriter)
    }

    private func report(_ review: Review) throws -> Data {
        try format.report(for: review, settings: reportSettings)
    }
}

extension ReportFormat: ExpressibleByArgument {}
