import ArgumentParser
import Foundation
import TaiyakuKit

/// The `taiyaku` command: a thin layer over TaiyakuKit.
///
/// Exit codes: 0 success (no finding at or above `--fail-on`), 1 findings that fail the run, 2 usage or input
/// errors.
@main
struct Taiyaku: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taiyaku",
        abstract: "Pair an English release with its Japanese version sentence by sentence and review the translation.",
        version: "0.1.0",
        subcommands: [CheckCommand.self, AlignCommand.self, SegmentCommand.self, AnchorsCommand.self, GlossaryCommand.self]
    )

    /// Runs the command; messages on standard error show the input's control characters escaped (file names can
    /// hold them), their line breaks kept.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data(("error: " + TerminalText.escapedLines(failure.message) + "\n").utf8))
            Foundation.exit(failure.exitCode)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                self.exit(withError: error)
            }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((TerminalText.escapedLines(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(CommandFailure.usageOrInput)
            }
            // Errors from the library: bad input, named by file and position.
            FileHandle.standardError.write(Data(("error: " + TerminalText.escapedLines(String(describing: error)) + "\n").utf8))
            Foundation.exit(CommandFailure.usageOrInput)
        }
    }
}

/// A failure the command reports with its own message and exit code.
struct CommandFailure: Error {
    static let usageOrInput: Int32 = 2

    let message: String
    var exitCode: Int32 = usageOrInput
}
