import Foundation

/// Timing and memory helpers for the benchmarks. Reports medians; never asserts a time.
enum Harness {
    /// The repository's top folder (benchmarks read the seeds and examples there).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// `text` repeated (separated by blank lines) until it holds at least `bytes` UTF-8 bytes.
    static func repeated(_ text: String, toAtLeast bytes: Int) -> String {
        let count = max(1, (bytes + text.utf8.count) / (text.utf8.count + 2))
        return Array(repeating: text, count: count).joined(separator: "\n\n")
    }

    /// The median wall-clock seconds of `runs` calls of `body`, after one warm-up call unless `warmUp` is false.
    static func medianSeconds(runs: Int = 5, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Double {
        if warmUp { try body() }
        var times: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        times.sort()
        return times[times.count / 2]
    }

    /// The process's peak resident memory so far, in MiB (Linux `VmHWM`), or nil where unavailable.
    static func peakMemoryMiB() -> Double? {
        statusField("VmHWM:")
    }

    private static func statusField(_ name: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }

    /// Resets the kernel's peak-memory mark (Linux), so the next `peakMemoryMiB()` covers what follows.
    static func resetPeakMemory() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The process's resident memory now, in MiB (Linux `VmRSS`).
    static func residentMemoryMiB() -> Double? {
        statusField("VmRSS:")
    }

    static func megabytesPerSecond(bytes: Int, seconds: Double) -> String {
        String(format: "%.1f MB/s", Double(bytes) / 1_000_000 / seconds)
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}
