/// Cuts tab- or comma-separated text into records of fields, remembering the line each record starts on.
package enum DelimitedRecords {
    package struct Record: Sendable, Equatable {
        /// The 1-based line the record starts on.
        package let line: Int
        package let fields: [String]

        /// Whether every field is empty (a blank line, or a row of separators only).
        package var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
    }

    /// Records of Taiyaku's TSV: one per line, fields separated by tabs, no quoting (a field never holds a tab
    /// or a line break). Lines end in LF, CRLF or CR.
    /// - Complexity: O(n).
    package static func tabSeparated(_ units: [UInt16]) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var fieldStart = 0
        var line = 1
        var index = 0
        let count = units.count
        func closeField(at end: Int) {
            fields.append(String(decoding: units[fieldStart..<end], as: UTF16.self))
        }
        while index < count {
            let unit = units[index]
            if unit == 0x09 {
                closeField(at: index)
                fieldStart = index + 1
            } else if unit == 0x0A || unit == 0x0D {
                closeField(at: index)
                records.append(Record(line: line, fields: fields))
                fields = []
                if unit == 0x0D, index + 1 < count, units[index + 1] == 0x0A { index += 1 }
                fieldStart = index + 1
                line += 1
            }
            index += 1
        }
        if fieldStart < count || !fields.isEmpty {
            closeField(at: count)
            records.append(Record(line: line, fields: fields))
        }
        return records
    }

    /// Records of comma-separated values as spreadsheet programs write them (RFC 4180): a field in double quotes
    /// may hold commas, line breaks and doubled quotes (`""`); a quote inside an unquoted field is kept as is.
    /// - Throws: `GlossaryError.malformedRow` for a quote that is never closed (naming the line it opens on) or
    ///   text after a closing quote.
    /// - Complexity: O(n).
    package static func commaSeparated(_ units: [UInt16], file: String) throws(GlossaryError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt16] = []
        var line = 1
        var recordLine = 1
        var index = 0
        let count = units.count
        var atFieldStart = true
        var recordHasContent = false
        while index < count {
            let unit = units[index]
            if atFieldStart, unit == 0x22 {
                // A quoted field: read to the closing quote.
                let openingLine = line
                index += 1
                var closed = false
                while index < count {
                    let inner = units[index]
                    if inner == 0x22 {
                        if index + 1 < count, units[index + 1] == 0x22 {
                            field.append(0x22)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if inner == 0x0A || (inner == 0x0D && !(index + 1 < count && units[index + 1] == 0x0A)) {
                        line += 1
                    }
                    field.append(inner)
                    index += 1
                }
                guard closed else {
                    throw .malformedRow(file: file, line: openingLine, reason: "unclosed quote")
                }
                if index < count, ![0x2C, 0x0A, 0x0D].contains(units[index]) {
                    throw .malformedRow(file: file, line: line, reason: "text after a closing quote")
                }
                atFieldStart = false
                recordHasContent = true
                continue
            }
            switch unit {
            case 0x2C:
                fields.append(String(decoding: field, as: UTF16.self))
                field = []
                atFieldStart = true
                recordHasContent = true
            case 0x0A, 0x0D:
                fields.append(String(decoding: field, as: UTF16.self))
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                field = []
                atFieldStart = true
                recordHasContent = false
                if unit == 0x0D, index + 1 < count, units[index + 1] == 0x0A { index += 1 }
                line += 1
                recordLine = line
            default:
                field.append(unit)
                atFieldStart = false
                recordHasContent = true
            }
            index += 1
        }
        if recordHasContent {
            fields.append(String(decoding: field, as: UTF16.self))
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
