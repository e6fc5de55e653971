/// Cuts tab- or comma-separated UTF-8 text into records of fields, remembering the line each record starts on.
///
/// Works on the bytes: tabs, commas, quotes and line breaks are ASCII and never part of a multi-byte sequence.
/// The bytes must already be valid UTF-8 (`GlossaryReading` checks them first).
package enum DelimitedRecords {
    package struct Record: Sendable, Equatable {
        /// The 1-based line the record starts on.
        package let line: Int
        package let fields: [String]

        /// Whether every field is empty (a blank line, or a row of separators only).
        package var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
    }

    private static let tab = UInt8(ascii: "\t")
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Records of Taiyaku's TSV: one per line, fields separated by tabs, no quoting (a field never holds a tab
    /// or a line break). Lines end in LF, CRLF or CR; a byte order mark is skipped.
    /// - Complexity: O(n).
    package static func tabSeparated(_ bytes: [UInt8]) -> [Record] {
        bytes.withUnsafeBufferPointer { buffer in
            var records: [Record] = []
            var fields: [String] = []
            let count = buffer.count
            var index = hasByteOrderMark(buffer) ? 3 : 0
            var fieldStart = index
            var line = 1
            func closeField(at end: Int) {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<end]), as: UTF8.self))
            }
            while index < count {
                let byte = buffer[index]
                if byte == tab {
                    closeField(at: index)
                    fieldStart = index + 1
                } else if byte == lineFeed || byte == carriageReturn {
                    closeField(at: index)
                    records.append(Record(line: line, fields: fields))
                    fields = []
                    if byte == carriageReturn, index + 1 < count, buffer[index + 1] == lineFeed { index += 1 }
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
    }

    /// Records of comma-separated values as spreadsheet programs write them (RFC 4180): a field in double quotes
    /// may hold commas, line breaks and doubled quotes (`""`); a quote inside an unquoted field is kept as is. A
    /// byte order mark is skipped.
    /// - Throws: `GlossaryError.malformedRow` for a quote that is never closed (naming the line it opens on) or
    ///   text after a closing quote.
    /// - Complexity: O(n).
    package static func commaSeparated(_ bytes: [UInt8], file: String) throws(GlossaryError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        let count = bytes.count
        var index = bytes.withUnsafeBufferPointer { hasByteOrderMark($0) } ? 3 : 0
        var atFieldStart = true
        var recordHasContent = false
        func isLineEnd(_ position: Int) -> Bool {
            bytes[position] == lineFeed || (bytes[position] == carriageReturn && !(position + 1 < count && bytes[position + 1] == lineFeed))
        }
        while index < count {
            let byte = bytes[index]
            if atFieldStart, byte == quote {
                // A quoted field: read to the closing quote.
                let openingLine = line
                index += 1
                var closed = false
                while index < count {
                    let inner = bytes[index]
                    if inner == quote {
                        if index + 1 < count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        closed = true
                        index += 1
                        break
                    }
                    if isLineEnd(index) { line += 1 }
                    field.append(inner)
                    index += 1
                }
                guard closed else {
                    throw .malformedRow(file: file, line: openingLine, reason: "unclosed quote")
                }
                if index < count, ![comma, lineFeed, carriageReturn].contains(bytes[index]) {
                    throw .malformedRow(file: file, line: line, reason: "text after a closing quote")
                }
                atFieldStart = false
                recordHasContent = true
                continue
            }
            switch byte {
            case comma:
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                recordHasContent = true
            case lineFeed, carriageReturn:
                fields.append(String(decoding: field, as: UTF8.self))
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                field.removeAll(keepingCapacity: true)
                atFieldStart = true
                recordHasContent = false
                if byte == carriageReturn, index + 1 < count, bytes[index + 1] == lineFeed { index += 1 }
                line += 1
                recordLine = line
            default:
                field.append(byte)
                atFieldStart = false
                recordHasContent = true
            }
            index += 1
        }
        if recordHasContent {
            fields.append(String(decoding: field, as: UTF8.self))
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }

    private static func hasByteOrderMark(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
    }
}
