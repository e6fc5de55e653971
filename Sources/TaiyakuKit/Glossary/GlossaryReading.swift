/// A glossary as read from a file, with the problems found on the way (empty terms, unknown kinds).
///
/// `Glossary.load` turns the first problem into an error; `GlossaryLinter` reports them all.
package struct GlossaryReading: Sendable {
    package var entries: [GlossaryEntry] = []
    package var origins: [Glossary.Origin] = []
    package var problems: [GlossaryProblem] = []

    package func glossary(name: String) -> Glossary {
        Glossary(name: name, entries: entries, origins: origins)
    }

    /// Reads `bytes` in `format`.
    /// - Throws: `GlossaryError` for input that cannot be read at all: invalid UTF-8, a wrong number of columns,
    ///   an unclosed quote, malformed or forbidden XML.
    package static func read(
        _ bytes: some Collection<UInt8>, name: String, format: GlossaryFormat
    ) throws(GlossaryError) -> GlossaryReading {
        let bytes = Array(bytes)
        switch format {
        case .tsv:
            try check(bytes, name: name)
            return try GlossaryTable.read(DelimitedRecords.tabSeparated(bytes), file: name)
        case .csv:
            try check(bytes, name: name)
            return try GlossaryTable.read(DelimitedRecords.commaSeparated(bytes, file: name), file: name)
        case .tbx:
            return try TBXGlossaryReader.read(bytes: bytes, units: try decode(bytes, name: name), file: name)
        }
    }

    /// The UTF-16 text of `bytes`; a byte order mark is skipped.
    /// - Throws: `GlossaryError.invalidUTF8` with the line of the bad byte, `.unreadable` for a NUL byte.
    static func decode(_ bytes: some Collection<UInt8>, name: String) throws(GlossaryError) -> [UInt16] {
        try check(bytes, name: name)
        return try document(bytes, name: name).units
    }

    /// Checks that `bytes` are UTF-8 without a NUL: the standard library's fast validation, and Taiyaku's decoder
    /// only to name the place of a problem.
    /// - Throws: as `decode(_:name:)`.
    static func check(_ bytes: some Collection<UInt8>, name: String) throws(GlossaryError) {
        let valid = bytes.withContiguousStorageIfAvailable { buffer in
            String(validating: buffer, as: UTF8.self) != nil && buffer.firstIndex(of: 0) == nil
        }
        if valid == true { return }
        _ = try document(bytes, name: name)
    }

    private static func document(_ bytes: some Collection<UInt8>, name: String) throws(GlossaryError) -> Document {
        do {
            return try Document(name: name, bytes: bytes)
        } catch .invalidUTF8(let file, let byte) {
            let line = bytes.prefix(byte).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw .invalidUTF8(file: file, line: line, byte: byte)
        } catch {
            throw .unreadable(error)
        }
    }
}

/// A problem in one entry that does not stop the file from being read.
package struct GlossaryProblem: Sendable, Hashable {
    package let file: String
    package let line: Int
    package let message: String
}
