import Foundation
import Testing

/// A finding of a JSON report of `taiyaku check`, as much of it as the fixture tests read.
struct ReportFinding: Decodable, Sendable, CustomStringConvertible {
    struct Place: Decodable, Sendable {
        let line: Int
        let segment: Int
        let sentence: String?
    }

    let rule: String
    let severity: String
    let message: String
    let source: Place?
    let target: Place?

    func place(_ side: String) -> Place? { side == "source" ? source : target }

    /// What identifies the complaint apart from the translation's wording: the rule, the message and the source
    /// sentence (the source is the same file in a clean and a planted run), or the target sentence when the
    /// finding has no source.
    var complaint: String {
        [rule, message, source?.sentence ?? "target: " + (target?.sentence ?? "")].joined(separator: "\t")
    }

    var description: String {
        let places = [("source", source), ("target", target)].compactMap { side, place in
            place.map { "\(side):\($0.line)" }
        }
        return "\(rule) \(severity) [\(places.joined(separator: " "))] \(message)"
    }

    private struct Report: Decodable {
        let findings: [ReportFinding]
    }

    /// Runs `taiyaku check SOURCE TARGET --format json --fail-on never` and returns its findings.
    static func check(_ source: String, _ target: String, _ arguments: [String]) throws -> [ReportFinding] {
        let result = try CommandRunner.run(
            ["check", source, target, "--format", "json", "--fail-on", "never"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONDecoder().decode(Report.self, from: Data(result.standardOutput.utf8)).findings
    }
}
