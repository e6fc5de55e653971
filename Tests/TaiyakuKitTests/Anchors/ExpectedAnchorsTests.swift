import Foundation
import Testing

@testable import TaiyakuKit

/// The anchors of seeds 000, 003 and 004 against `Fixtures/anchors/expected-anchors.tsv`, read by hand.
///
/// A row passes when the document's anchors include one of the row's kind and value whose range in the file
/// overlaps the row's surface on the row's line. When a surface occurs more than once on a line, the rows with
/// that surface take its occurrences in order (the third `two countries` row of a line is the third occurrence).
@Suite struct ExpectedAnchorsTests {
    struct Row: CustomStringConvertible {
        let seed: String
        let line: Int
        let surface: String
        let kind: String
        let value: String
        let note: String
        /// Which occurrence of `surface` on the line the row means, from 0.
        let occurrence: Int

        var description: String { "\(seed):\(line) «\(surface)» \(kind) \(value)" }
    }

    struct Outcome {
        let row: Row
        let passed: Bool
        /// What was found at the surface when the row failed.
        let found: [Anchor.Kind: [String]]
    }

    static func rows() throws -> [Row] {
        let text = try String(
            contentsOfFile: Fixtures.path("Tests/TaiyakuKitTests/Fixtures/anchors/expected-anchors.tsv"),
            encoding: .utf8)
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let number = Int(fields[1]) else {
                Issue.record("malformed fixture row: \(line)")
                continue
            }
            let key = "\(fields[0])|\(number)|\(fields[2])"
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            rows.append(
                Row(
                    seed: fields[0], line: number, surface: fields[2], kind: fields[3], value: fields[4],
                    note: fields.count > 5 ? fields[5] : "", occurrence: occurrence))
        }
        return rows
    }

    /// Every row's outcome, seed by seed.
    static func outcomes(of rows: [Row]) throws -> [Outcome] {
        var outcomes: [Outcome] = []
        for seed in Set(rows.map(\.seed)).sorted() {
            let segmented = try Fixtures.segmented(seed)
            let extractor = AnchorExtractor(
                language: segmented.language, documentDate: DocumentDate.find(in: segmented))
            let perSegment = try extractor.anchors(in: segmented)
            var placed: [(range: Range<Int>, anchor: Anchor)] = []
            for (segment, anchors) in zip(segmented.segments, perSegment) {
                for anchor in anchors {
                    placed.append((segment.originalRange(of: anchor.range), anchor))
                }
            }
            let document = segmented.document
            for row in rows where row.seed == seed {
                guard let surfaceRange = Self.range(of: row, in: document) else {
                    outcomes.append(Outcome(row: row, passed: false, found: [:]))
                    continue
                }
                let overlapping = placed.filter { $0.range.overlaps(surfaceRange) }
                let passed = overlapping.contains {
                    $0.anchor.kind.rawValue == row.kind && $0.anchor.value == row.value
                }
                var found: [Anchor.Kind: [String]] = [:]
                for (_, anchor) in overlapping {
                    found[anchor.kind, default: []].append(anchor.value)
                }
                outcomes.append(Outcome(row: row, passed: passed, found: found))
            }
        }
        return outcomes
    }

    /// The file range of the row's surface: its `occurrence`-th occurrence on the row's line.
    static func range(of row: Row, in document: Document) -> Range<Int>? {
        guard row.line >= 1, row.line <= document.lineStarts.count else { return nil }
        let start = document.lineStarts[row.line - 1]
        let end = row.line < document.lineStarts.count ? document.lineStarts[row.line] : document.units.count
        let needle = Array(row.surface.utf16)
        guard !needle.isEmpty else { return nil }
        var seen = 0
        var offset = start
        while offset + needle.count <= end {
            if document.units[offset..<(offset + needle.count)].elementsEqual(needle) {
                if seen == row.occurrence { return offset..<(offset + needle.count) }
                seen += 1
                offset += needle.count
            } else {
                offset += 1
            }
        }
        return nil
    }

    @Test func atLeastNinetyFivePercentOfTheRowsPass() throws {
        let outcomes = try Self.outcomes(of: Self.rows())
        #expect(outcomes.count == 209)
        let failures = outcomes.filter { !$0.passed }
        let passed = outcomes.count - failures.count
        print("expected-anchors.tsv: \(passed)/\(outcomes.count) rows pass")
        for failure in failures {
            let found = failure.found.map { "\($0.key.rawValue)=\($0.value.joined(separator: ","))" }.sorted()
            print("  FAIL \(failure.row)  found: \(found.isEmpty ? "nothing" : found.joined(separator: " "))")
        }
        #expect(
            Double(passed) >= 0.95 * Double(outcomes.count),
            "\(passed)/\(outcomes.count) rows pass; failing: \(failures.map(\.row.description).joined(separator: "; "))"
        )
    }

    /// The rule can fail: a wrong value, a wrong kind, a surface elsewhere on the line or on another line.
    @Test func rowsThatDoNotHoldFail() throws {
        func row(_ line: Int, _ surface: String, _ kind: String, _ value: String, occurrence: Int = 0) -> Row {
            Row(seed: "000", line: line, surface: surface, kind: kind, value: value, note: "", occurrence: occurrence)
        }
        let outcomes = try Self.outcomes(of: [
            row(5, "April 15, 2025", "date", "2025-04-15"),
            row(5, "April 15, 2025", "date", "2025-04-16"),
            row(5, "April 15, 2025", "number", "2025-04-15"),
            row(7, "the 14th of April", "date", "2025-04-15"),
            row(9, "two countries", "date", "2025-04-15"),
            row(5, "April 15, 2025", "date", "2025-04-15", occurrence: 1),
        ])
        #expect(outcomes.map(\.passed) == [true, false, false, false, false, false])
    }

    @Test func everyRowsSurfaceIsOnItsLine() throws {
        let rows = try Self.rows()
        for seed in Set(rows.map(\.seed)) {
            let document = try Fixtures.seed(seed)
            for row in rows where row.seed == seed {
                #expect(Self.range(of: row, in: document) != nil, "\(row): surface not found on the line")
            }
        }
    }
}
