import Foundation
import TaiyakuKit

/// A single updating line `[k/n] name` on standard error while a batch runs; only used on a terminal.
struct ProgressLine: Sendable {
    /// Columns the line may take, so that it never wraps (a wrapped line cannot be rewritten in place).
    private let width = Terminal.columns(of: STDERR_FILENO) ?? 80

    func show(_ progress: BatchReviewer.Progress) {
        var line = "[\(progress.completed)/\(progress.total)] " + TerminalText.escaped(progress.pair.name)
        if line.count >= width {
            line = String(line.prefix(max(1, width - 2))) + "…"
        }
        // Carriage return, then erase the line: the next update replaces this one.
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
    }

    /// Erases the line, so the report starts on a clean line.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
