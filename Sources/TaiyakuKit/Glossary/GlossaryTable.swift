import Foundation

/// The column layout shared by TSV and CSV glossaries, and the conversion of rows into entries.
///
/// Columns: `id`, `kind`, then for each language (`en`, `ja`) the preferred form, `<lang>_variants` (accepted
/// forms) and `<lang>_deprecated`, then `note` and `seen_in`. Variant lists are separated by ` | `. The header
/// names the columns; their order is free, `note` and `seen_in` may be left out.
package enum GlossaryTable {
    /// The separator of forms in a variant list.
    package static let listSeparator = " | "

    /// The header Taiyaku writes.
    package static var columns: [String] {
        ["id", "kind"]
            + Language.allCases.flatMap { [$0.rawValue, "\($0.rawValue)_variants", "\($0.rawValue)_deprecated"] }
            + ["note", "seen_in"]
    }

    private static let optionalColumns: Set<String> = ["note", "seen_in"]

    /// Reads records whose first non-blank record is the header.
    /// - Throws: `GlossaryError.malformedRow` for a bad header or a row with the wrong number of columns.
    package static func read(_ records: [DelimitedRecords.Record], file: String) throws(GlossaryError) -> GlossaryReading {
        var reading = GlossaryReading()
        var rows = records.drop { $0.isBlank }[...]
        guard let header = rows.popFirst() else {
            throw .malformedRow(file: file, line: 1, reason: "no header (expected: \(columns.joined(separator: ", ")))")
        }
        let layout = Layout(try columnPositions(header, file: file))
        reading.entries.reserveCapacity(rows.count)
        reading.origins.reserveCapacity(rows.count)
        for row in rows where !row.isBlank {
            guard row.fields.count == header.fields.count else {
                throw .malformedRow(
                    file: file, line: row.line,
                    reason: "\(row.fields.count) column\(row.fields.count == 1 ? "" : "s"), expected \(header.fields.count)")
            }
            let (entry, problems) = entry(row, layout: layout, file: file)
            reading.entries.append(entry)
            reading.origins.append(Glossary.Origin(file: file, line: row.line))
            reading.problems += problems
        }
        return reading
    }

    private static func columnPositions(
        _ header: DelimitedRecords.Record, file: String
    ) throws(GlossaryError) -> [String: Int] {
        var positions: [String: Int] = [:]
        let known = Set(columns)
        for (position, rawName) in header.fields.enumerated() {
            let name = rawName.trimmingWhiteSpace.lowercased()
            guard known.contains(name) else {
                throw .malformedRow(file: file, line: header.line, reason: "unknown column '\(rawName)' in the header")
            }
            guard positions[name] == nil else {
                throw .malformedRow(file: file, line: header.line, reason: "column '\(name)' appears twice")
            }
            positions[name] = position
        }
        let missing = columns.filter { positions[$0] == nil && !optionalColumns.contains($0) }
        guard missing.isEmpty else {
            throw .malformedRow(
                file: file, line: header.line,
                reason: "the header lacks \(missing.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return positions
    }

    /// Where each column is, resolved once for all rows.
    private struct Layout {
        let id: Int?
        let kind: Int?
        let note: Int?
        let seenIn: Int?
        /// For each language: preferred, variants, deprecated.
        let terms: [(language: Language, preferred: Int?, variants: Int?, deprecated: Int?)]

        init(_ positions: [String: Int]) {
            id = positions["id"]
            kind = positions["kind"]
            note = positions["note"]
            seenIn = positions["seen_in"]
            terms = Language.allCases.map { language in
                let code = language.rawValue
                return (language, positions[code], positions["\(code)_variants"], positions["\(code)_deprecated"])
            }
        }
    }

    private static func entry(
        _ row: DelimitedRecords.Record, layout: Layout, file: String
    ) -> (GlossaryEntry, [GlossaryProblem]) {
        var problems: [GlossaryProblem] = []
        func field(_ position: Int?) -> String {
            position.map { row.fields[$0] } ?? ""
        }
        func problem(_ message: String) {
            problems.append(GlossaryProblem(file: file, line: row.line, message: message))
        }
        let id = field(layout.id).trimmingWhiteSpace
        if id.isEmpty { problem("empty id") }
        let kindText = field(layout.kind).trimmingWhiteSpace
        let kind = GlossaryEntry.Kind(rawValue: kindText) ?? .term
        if GlossaryEntry.Kind(rawValue: kindText) == nil {
            problem("unknown kind '\(kindText)' (expected one of \(GlossaryEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var terms: [Language: GlossaryTerms] = [:]
        for columns in layout.terms {
            let code = columns.language.rawValue
            let preferred = field(columns.preferred).trimmingWhiteSpace
            if preferred.isEmpty { problem("empty term in column '\(code)'") }
            let (accepted, emptyAccepted) = splitList(field(columns.variants))
            if emptyAccepted { problem("empty term in the list in column '\(code)_variants'") }
            let (deprecated, emptyDeprecated) = splitList(field(columns.deprecated))
            if emptyDeprecated { problem("empty term in the list in column '\(code)_deprecated'") }
            terms[columns.language] = GlossaryTerms(preferred: preferred, accepted: accepted, deprecated: deprecated)
        }
        let entry = GlossaryEntry(id: id, kind: kind, terms: terms, note: field(layout.note), seenIn: field(layout.seenIn))
        return (entry, problems)
    }

    /// The forms of a ` | `-separated list, trimmed, and whether an item was empty.
    static func splitList(_ text: String) -> (items: [String], hasEmpty: Bool) {
        if text.isEmpty || text.trimmingWhiteSpace.isEmpty { return ([], false) }
        var items: [String] = []
        var hasEmpty = false
        // Split the UTF-8 view: splitting the string itself would compute grapheme breaks.
        for part in text.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false) {
            let item = Substring(part).trimmingWhiteSpace
            if item.isEmpty {
                hasEmpty = true
            } else {
                items.append(item)
            }
        }
        return (items, hasEmpty)
    }
}
