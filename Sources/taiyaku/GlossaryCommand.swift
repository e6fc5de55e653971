import ArgumentParser
import Foundation
import TaiyakuKit

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Lint and convert glossaries (.tsv, .csv, .tbx).",
        subcommands: [Lint.self, Convert.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report empty terms, duplicate ids, terms under two concepts and deprecated forms equal to "
                + "accepted ones.",
            discussion: "Prints FILE:LINE: message per problem. Exit codes: 0 clean, 1 problems, 2 unreadable input."
        )

        @Argument(help: "A glossary file (.tsv, .csv or .tbx).")
        var file: String

        func run() throws {
            let problems = try GlossaryLinter.lint(contentsOf: file)
            // Terms and file names come from the input: a terminal never receives their control characters.
            let output = problems.map { TerminalText.escaped(String(describing: $0)) + "\n" }.joined()
            FileHandle.standardOutput.write(Data(output.utf8))
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a glossary between formats, chosen by the file extensions (.tsv, .csv, .tbx in; "
                + ".tsv, .tbx out).",
            discussion: "The output is written atomically; the input is never modified."
        )

        @Argument(help: "The glossary to read.")
        var input: String

        @Argument(help: "The file to write (.tsv or .tbx).")
        var output: String

        func validate() throws {
            guard GlossaryFormat(path: input) != nil else {
                throw ValidationError("\(input): unknown glossary format (use .tsv, .csv or .tbx)")
            }
            guard let format = GlossaryFormat(path: output), format != .csv else {
                throw ValidationError("\(output): the output must be a .tsv or .tbx file")
            }
        }

        func run() throws {
            var files = RunFiles()
            files.reads("the input", input)
            files.writes("the output", output)
            try files.verify()
            try Glossary.load(contentsOf: input).write(to: output)
        }
    }
}
