import Foundation
import TaiyakuKit

/// `taiyaku check` end to end, as a user runs it: the release binary started as a subprocess, so process start,
/// loading the shipped glossary and writing the report are included.
///
/// (a) one pair of about 100 sentences, median of 5 runs; (b) 1,000 pairs in one batch run
/// (`taiyaku check DIR DIR --format F --output …`) for F = json, sarif and text, median of 3 runs each, in pairs
/// per second. Every run's peak memory is its own (`wait4`); the table gives the median.
///
/// `TAIYAKU_BENCH_BINARY` names another binary to time (an older build, to compare); it uses the glossary compiled
/// into it (builds before the resources were embedded looked for it in `$TAIYAKU_GLOSSARY_DIR`).
enum CheckBenchmark {
    static let batchPairs = 1_000

    static func run() throws {
        let override = ProcessInfo.processInfo.environment["TAIYAKU_BENCH_BINARY"].flatMap { $0.isEmpty ? nil : $0 }
        let binary = override.map { URL(fileURLWithPath: $0) } ?? Harness.root.appendingPathComponent(".build/release/taiyaku")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            FileHandle.standardError.write(Data("""
                error: \(binary.path) not found: build it first with `swift build -c release`, \
                then run `swift run -c release taiyaku-bench check`

                """.utf8))
            exit(2)
        }
        if override == nil {
            warnIfStale(binary)
        }
        // The runs name files by absolute paths; the batch's reports name them relative to the package.
        guard FileManager.default.changeCurrentDirectoryPath(Harness.root.path) else {
            throw BenchmarkFailure("cannot change to \(Harness.root.path)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-check-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("## check, end to end (\(binary.path) as a subprocess; \(cores) cores; load average before: \(loadAverage()))")
        print("| run | input | time | throughput | peak memory |")
        print("|---|---|---|---|---|")

        // (a) One pair of about 100 sentences: seed 004 and our translation, with their first paragraphs again.
        let (source, target, counts) = try hundredSentencePair()
        let sourceFile = folder.appendingPathComponent("100.en.txt")
        let targetFile = folder.appendingPathComponent("100.ja.txt")
        try Data(source.utf8).write(to: sourceFile)
        try Data(target.utf8).write(to: targetFile)
        let pairInput = "\(counts.source) × \(counts.target) segments"
        let single = try median(runs: 5) {
            try check(binary, ["check", sourceFile.path, targetFile.path, "--format", "json", "--output", folder.appendingPathComponent("100.json").path])
        }
        print("| `taiyaku check` one pair (shipped glossary) | \(pairInput) | \(Harness.format(single.seconds)) | | \(mebibytes(single.peak)) |")
        let bare = try median(runs: 5) {
            try check(binary, ["check", sourceFile.path, targetFile.path, "--no-glossary", "--format", "json", "--output", folder.appendingPathComponent("100.json").path])
        }
        print("| `taiyaku check --no-glossary` one pair | \(pairInput) | \(Harness.format(bare.seconds)) | | \(mebibytes(bare.peak)) |")
        let start = try median(runs: 5) {
            try check(binary, ["--version"], acceptedStatuses: [0])
        }
        print("| `taiyaku --version` (process start alone) | | \(Harness.format(start.seconds)) | | \(mebibytes(start.peak)) |")

        // (b) 1,000 pairs in one folder: copies of the two example pairs, alternating.
        let pairs = folder.appendingPathComponent("pairs")
        try FileManager.default.createDirectory(at: pairs, withIntermediateDirectories: true)
        let examples = [
            ("seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt"),
            ("seeds/examples/003-turkmenistan.en.txt", "seeds/003_8de714b2e908a213.txt"),
        ]
        var bytes = 0
        for index in 0..<batchPairs {
            let (en, ja) = examples[index % examples.count]
            let name = String(format: "release-%04d", index + 1)
            for (relative, suffix) in [(en, "en"), (ja, "ja")] {
                let data = try Data(contentsOf: Harness.root.appendingPathComponent(relative))
                bytes += data.count
                try data.write(to: pairs.appendingPathComponent("\(name).\(suffix).txt"))
            }
        }
        // The JSON report is read only after every run: a spawned child starts with its parent's peak memory as
        // its own (Linux carries the high-water mark over `exec`), so the parent stays small while they run.
        var rows: [(format: String, report: URL, seconds: Double, peak: Double)] = []
        for format in ["json", "sarif", "text"] {
            let report = folder.appendingPathComponent("batch.\(format)")
            let batch = try median(runs: 3, warmUp: false) {
                try check(binary, ["check", pairs.path, pairs.path, "--format", format, "--output", report.path])
            }
            rows.append((format, report, batch.seconds, batch.peak))
        }
        let parentMemory = Harness.residentMemoryMiB()
        let totals = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: rows[0].report)).totals
        for row in rows {
            let size = (try FileManager.default.attributesOfItem(atPath: row.report.path)[.size] as? Int) ?? 0
            var input = "\(batchPairs) pairs (\(String(format: "%.1f MB", Double(bytes) / 1_000_000))"
            if row.format == "json" {
                input += "; \(totals.reviewed) reviewed, \(totals.failed) failed, \(totals.errors + totals.warnings + totals.notes) findings"
            }
            input += String(format: ") → %.1f MB report", Double(size) / 1_000_000)
            print(
                "| `taiyaku check DIR DIR --format \(row.format)` | \(input) | \(Harness.format(row.seconds)) "
                    + "| \(String(format: "%.1f", Double(totals.reviewed) / row.seconds)) pairs/s | \(mebibytes(row.peak)) |")
        }
        print("")
        print("Load average after: \(loadAverage()); the benchmark's own resident memory while the children ran: "
            + "\(parentMemory.map(mebibytes) ?? "unknown") (a child's peak never reads below it).")
    }

    /// The medians of the time and of the peak memory of `runs` runs (each median on its own), after one warm-up
    /// run unless `warmUp` is false.
    static func median(runs: Int, warmUp: Bool = true, _ body: () throws -> ChildRun) rethrows -> (seconds: Double, peak: Double) {
        if warmUp { _ = try body() }
        var results: [ChildRun] = []
        for _ in 0..<runs {
            results.append(try body())
        }
        let seconds = results.map(\.seconds).sorted()
        let peaks = results.map(\.peakMemoryMiB).sorted()
        return (seconds[runs / 2], peaks[runs / 2])
    }

    static func mebibytes(_ value: Double) -> String {
        String(format: "%.0f MiB", value)
    }

    /// Seed 004 and our Japanese (77 segments each) with their first paragraphs after the title appended again,
    /// as many as bring the English side closest to 100 segments; the same paragraphs of the Japanese side, which
    /// correspond one to one.
    static func hundredSentencePair() throws -> (source: String, target: String, counts: (source: Int, target: Int)) {
        let source = try Harness.read("seeds/004_c378caca38268456.txt")
        let target = try Harness.read("seeds/examples/004-tajikistan.ja.txt")
        let sourceParagraphs = paragraphs(source)
        let targetParagraphs = paragraphs(target)
        let sourceSegmenter = try Segmenter(language: .english)
        let targetSegmenter = try Segmenter(language: .japanese)
        func extended(_ text: String, _ paragraphs: [String], by count: Int) -> String {
            count == 0 ? text : text.trimmingCharacters(in: .newlines) + "\n\n" + paragraphs[1...count].joined(separator: "\n\n") + "\n"
        }
        var best = (extra: 0, distance: Int.max)
        for extra in 0..<min(sourceParagraphs.count, targetParagraphs.count) {
            let segments = try sourceSegmenter.segment(Document(name: "en", text: extended(source, sourceParagraphs, by: extra))).segments.count
            if abs(segments - 100) < best.distance { best = (extra, abs(segments - 100)) }
            if segments >= 100 { break }
        }
        let builtSource = extended(source, sourceParagraphs, by: best.extra)
        let builtTarget = extended(target, targetParagraphs, by: best.extra)
        let counts = (
            try sourceSegmenter.segment(Document(name: "en", text: builtSource)).segments.count,
            try targetSegmenter.segment(Document(name: "ja", text: builtTarget)).segments.count
        )
        return (builtSource, builtTarget, counts)
    }

    /// The text's paragraphs (separated by blank lines).
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Runs the binary with `arguments`; standard output is discarded, a status outside `acceptedStatuses` (0 no
    /// finding, 1 findings) stops the benchmark with the command's error.
    static func check(_ binary: URL, _ arguments: [String], acceptedStatuses: Set<Int32> = [0, 1]) throws -> ChildRun {
        // The child inherits the parent's high-water mark: bring it down to what the parent holds now.
        Harness.resetPeakMemory()
        let run = try ChildRun.run(binary, arguments)
        guard acceptedStatuses.contains(run.status) else {
            throw BenchmarkFailure("taiyaku \(arguments.joined(separator: " ")) exited with \(run.status): \(run.standardError)")
        }
        return run
    }

    /// Warns when a source file is newer than the binary (the figures would be of old code).
    static func warnIfStale(_ binary: URL) {
        let manager = FileManager.default
        guard let built = (try? manager.attributesOfItem(atPath: binary.path))?[.modificationDate] as? Date,
            let files = manager.enumerator(atPath: Harness.root.appendingPathComponent("Sources").path)
        else { return }
        for case let file as String in files where file.hasSuffix(".swift") {
            let path = Harness.root.appendingPathComponent("Sources/\(file)").path
            if let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date, modified > built {
                FileHandle.standardError.write(Data("warning: Sources/\(file) is newer than \(binary.path): run `swift build -c release` first\n".utf8))
                return
            }
        }
    }

    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
