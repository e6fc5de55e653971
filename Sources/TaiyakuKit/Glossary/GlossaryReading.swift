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
        let units = try decode(bytes, name: name)
        switch format {
        case .tsv:
            return try GlossaryTable.read(DelimitedRecords.tabSeparated(units), file: name)
        case .csv:
            return try GlossaryTable.read(DelimitedRecords.commaSeparated(units, file: name), file: name)
        case .tbx:
            return try TBXGlossaryReader.read(bytes: Array(bytes), units: units, file: name)
        }
    }

    /// The UTF-16 text of `bytes`; a byte order mark is skipped.
    /// - Throws: `GlossaryError.invalidUTF8` with the line of the bad byte, `.unreadable` for a NUL byte.
    static func decode(_ bytes: some Collection<UInt8>, name: String) throws(GlossaryError) -> [UInt16] {
        do {
            return try Document(name: name, bytes: bytes).units
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
