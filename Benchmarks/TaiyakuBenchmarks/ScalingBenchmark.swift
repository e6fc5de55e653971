import Foundation
import TaiyakuKit

/// `taiyaku-bench scaling`: the hostile input shapes of issue #13, each run at size n and 2n in one run, as child
/// processes of the release binary, printing the time, peak memory and report size at both sizes and their ratios.
/// Linear work shows ratios near 2; a ratio near 4 is quadratic. The table reports whatever the binary does: it
/// never fails on a ratio. Besides the wall-clock time it prints the child's processor time (user and system), which
/// other builds on a shared machine change less; and, counted in this process after the children have run, the
/// aligner's band and cells for each pair as `check` aligns it: a count no load changes, to tell a slow machine
/// from a quadratic programme.
///
/// (a) one English sentence holding "Third" k times against a short Japanese sentence; (b) a source with twice the
/// target's sentences; (c) a pair of one repeated sentence, 10% more often on one side (2n = 1 MB of source);
/// (d) an HTML report of a pair with a number mismatch in every sentence.
///
/// `TAIYAKU_SCALING_SCALE` multiplies every n (default 1; 0.25 for a quick look). `TAIYAKU_SCALING_SHAPES` picks
/// shapes by letter (`c`, `ad`; default all). `TAIYAKU_BENCH_BINARY` names another binary, as for `check`.
enum ScalingBenchmark {
    struct Shape: Sendable {
        let name: String
        /// n at scale 1, and what it counts.
        let n: Int
        let unit: String
        let format: String
        /// The source and target texts at size `n`.
        let pair: @Sendable (Int) -> (source: String, target: String)
    }

    static let shapes: [Shape] = [
        Shape(name: "(a) one sentence, \"Third\" k times", n: 2_000, unit: "k", format: "json") { k in
            let thirds = Array(repeating: "Third", count: k).joined(separator: ", ")
            return ("The \(thirds) meetings were held in Tokyo.\n", "会議は東京で開催された。\n")
        },
        Shape(name: "(b) twice the target's sentences", n: 3_000, unit: "target sentences", format: "json") { n in
            let source = (0..<(2 * n)).map { "On day \($0 + 1) the Ministry allocated \(7 * $0 + 3) million yen to project \($0 + 1)." }
            let target = (0..<n).map { "\($0 * 2 + 1)日目に、外務省は事業\($0 * 2 + 1)に\(7 * $0 * 2 + 3)百万円を配分した。" }
            return (source.joined(separator: "\n") + "\n", target.joined(separator: "\n") + "\n")
        },
        Shape(name: "(c) one sentence repeated, 10% more on one side", n: 512 << 10, unit: "source bytes", format: "json") { bytes in
            let english = "The Foreign Minister welcomed the delegation of Tajikistan to Tokyo."
            let japanese = "外務大臣は、タジキスタン代表団の東京訪問を歓迎した。"
            let count = max(1, bytes / (english.utf8.count + 1))
            return (
                Array(repeating: english, count: count + count / 10).joined(separator: "\n") + "\n",
                Array(repeating: japanese, count: count).joined(separator: "\n") + "\n"
            )
        },
        Shape(name: "(d) HTML report, a number mismatch per sentence", n: 2_000, unit: "sentences", format: "html") { n in
            let source = (0..<n).map { "The Ministry paid \($0 + 11) million yen to programme \($0 + 1) on \(1 + $0 % 28) May 2024." }
            let target = (0..<n).map { "外務省は、2024年5月\(1 + $0 % 28)日、事業\($0 + 1)に\($0 + 12)百万円を支払った。" }
            return (source.joined(separator: "\n") + "\n", target.joined(separator: "\n") + "\n")
        },
    ]

    static func run() throws {
        let override = ProcessInfo.processInfo.environment["TAIYAKU_BENCH_BINARY"].flatMap { $0.isEmpty ? nil : $0 }
        let binary = override.map { URL(fileURLWithPath: $0) } ?? Harness.root.appendingPathComponent(".build/release/taiyaku")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw BenchmarkFailure("\(binary.path) not found: build it first with `swift build -c release`")
        }
        if override == nil { CheckBenchmark.warnIfStale(binary) }
        let scale = ProcessInfo.processInfo.environment["TAIYAKU_SCALING_SCALE"].flatMap(Double.init) ?? 1
        let letters = ProcessInfo.processInfo.environment["TAIYAKU_SCALING_SHAPES"].map { Set($0.lowercased()) } ?? []
        let shapes = letters.isEmpty ? Self.shapes : Self.shapes.filter { shape in
            shape.name.dropFirst().first.map { letters.contains($0) } ?? false
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-scaling-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        print("## scaling: each shape at n and 2n (\(binary.path) as a subprocess; scale \(scale); load average before: \(CheckBenchmark.loadAverage()))")
        print("| shape | n | time n → 2n | ratio | CPU time n → 2n | ratio | peak memory n → 2n | ratio | report n → 2n | ratio | exit |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for shape in shapes {
            let n = max(1, Int(Double(shape.n) * scale))
            var runs: [(run: ChildRun, reportBytes: Int)] = []
            for size in [n, 2 * n] {
                let (source, target) = shape.pair(size)
                let sourceFile = folder.appendingPathComponent("s\(size).en.txt")
                let targetFile = folder.appendingPathComponent("s\(size).ja.txt")
                let report = folder.appendingPathComponent("s\(size).\(shape.format)")
                try Data(source.utf8).write(to: sourceFile)
                try Data(target.utf8).write(to: targetFile)
                Harness.resetPeakMemory()
                let run = try ChildRun.run(
                    binary, ["check", sourceFile.path, targetFile.path, "--format", shape.format, "--output", report.path])
                let reportBytes = (try? FileManager.default.attributesOfItem(atPath: report.path)[.size] as? Int) ?? 0
                runs.append((run, reportBytes))
                try? FileManager.default.removeItem(at: report)
            }
            let (small, large) = (runs[0], runs[1])
            func ratio(_ a: Double, _ b: Double) -> String { a > 0 ? String(format: "%.2f×", b / a) : "–" }
            let status = small.run.status == large.run.status ? "\(small.run.status)" : "\(small.run.status), \(large.run.status)"
            print(
                "| \(shape.name) | \(n) \(shape.unit) | \(Harness.format(small.run.seconds)) → \(Harness.format(large.run.seconds)) "
                    + "| \(ratio(small.run.seconds, large.run.seconds)) "
                    + "| \(Harness.format(small.run.cpuSeconds)) → \(Harness.format(large.run.cpuSeconds)) "
                    + "| \(ratio(small.run.cpuSeconds, large.run.cpuSeconds)) "
                    + "| \(CheckBenchmark.mebibytes(small.run.peakMemoryMiB)) → \(CheckBenchmark.mebibytes(large.run.peakMemoryMiB)) "
                    + "| \(ratio(small.run.peakMemoryMiB, large.run.peakMemoryMiB)) "
                    + "| \(bytes(small.reportBytes)) → \(bytes(large.reportBytes)) | \(ratio(Double(small.reportBytes), Double(large.reportBytes))) "
                    + "| \(status) |")
            for run in [small.run, large.run] where run.status >= 2 {
                print("  (exit \(run.status): \(run.standardError.split(separator: "\n").first ?? ""))")
            }
        }
        print("(load average after: \(CheckBenchmark.loadAverage()))")
        print()
        print("## the aligner's work on the same pairs, as `check` aligns them (counted in this process after the runs)")
        print("| shape | source × target n | source × target 2n | band n → 2n | cells n → 2n | ratio | widest band's bytes n → 2n |")
        print("|---|---|---|---|---|---|---|")
        let reviewer = Reviewer(configuration: try .standard())
        for shape in shapes {
            let n = max(1, Int(Double(shape.n) * scale))
            var works: [Alignment] = []
            for size in [n, 2 * n] {
                let (source, target) = shape.pair(size)
                let sourceFile = folder.appendingPathComponent("w\(size).en.txt")
                let targetFile = folder.appendingPathComponent("w\(size).ja.txt")
                try Data(source.utf8).write(to: sourceFile)
                try Data(target.utf8).write(to: targetFile)
                works.append(try reviewer.alignment(for: TranslationPair.load(source: sourceFile.path, target: targetFile.path)))
                try? FileManager.default.removeItem(at: sourceFile)
                try? FileManager.default.removeItem(at: targetFile)
            }
            let (small, large) = (works[0], works[1])
            // What the programme held at its peak: the largest band's cells times the bytes of a cell.
            func bandBytes(_ alignment: Alignment) -> String {
                bytes(alignment.largestBandCellCount * Aligner.bytesPerCell)
            }
            print(
                "| \(shape.name) | \(small.source.segments.count) × \(small.target.segments.count) "
                    + "| \(large.source.segments.count) × \(large.target.segments.count) | ±\(small.bandWidth) → ±\(large.bandWidth) "
                    + "| \(small.cellCount) → \(large.cellCount) "
                    + "| \(String(format: "%.2f×", Double(large.cellCount) / Double(max(1, small.cellCount)))) "
                    + "| \(bandBytes(small)) → \(bandBytes(large)) |")
        }
    }

    static func bytes(_ count: Int) -> String {
        count >= 1 << 20 ? String(format: "%.1f MB", Double(count) / 1_048_576) : String(format: "%.0f kB", Double(count) / 1024)
    }
}
