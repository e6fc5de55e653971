import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One run of a program as a child process, measured on its own: wall-clock time and the child's peak resident
/// memory from `wait4` (not the maximum over every child so far, which `getrusage(RUSAGE_CHILDREN)` gives).
///
/// `posix_spawn` runs the child in the parent's memory until `exec`, and Linux carries that memory's high-water mark
/// into the child's peak: reset the parent's mark first (`Harness.resetPeakMemory()`) and keep the parent small.
/// Waiting with `wait4` also avoids Foundation's `Process.waitUntilExit`, which polls in 50 ms steps on Linux and
/// added up to that much to every run timed with it.
struct ChildRun {
    let status: Int32
    let seconds: Double
    /// The child's processor time, user and system (`ru_utime + ru_stime` from `wait4`): unlike the wall-clock time,
    /// it hardly moves when other processes share the machine.
    let cpuSeconds: Double
    /// The child's peak resident memory (`ru_maxrss`), in MiB.
    let peakMemoryMiB: Double
    let standardError: String

    /// Runs `executable` with `arguments` in the current directory and the current environment, standard output
    /// discarded, standard error kept.
    /// - Throws: `BenchmarkFailure` when the program cannot be started or waited for.
    static func run(_ executable: URL, _ arguments: [String]) throws -> ChildRun {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-bench-\(UUID().uuidString).err")
        defer { try? FileManager.default.removeItem(at: errorFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable.path] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv + [nil], environ)
        guard spawned == 0 else {
            throw BenchmarkFailure("cannot start \(executable.path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchmarkFailure("cannot wait for \(executable.path): \(String(cString: strerror(errno)))") }
        }
        let elapsed = ContinuousClock.now - start
        // A normal exit has no signal number in the low seven bits; its status is the next byte.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ChildRun(
            status: exitStatus,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            cpuSeconds: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6,
            peakMemoryMiB: Double(usage.ru_maxrss) / 1024,
            standardError: try String(contentsOf: errorFile, encoding: .utf8))
    }
}
