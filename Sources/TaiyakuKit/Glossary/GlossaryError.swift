/// Why a glossary could not be read or written. Every case names the file and, where it applies, the line.
public enum GlossaryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is missing, a directory, unreadable, or holds a NUL byte.
    case unreadable(DocumentError)
    /// `byte` is the 0-based offset of the first byte that is not UTF-8; `line` is the 1-based line it is on.
    case invalidUTF8(file: String, line: Int, byte: Int)
    /// A header or row that cannot be read: a wrong number of columns, an unclosed quote, an empty term, an
    /// unknown kind or column, a concept without an id.
    case malformedRow(file: String, line: Int, reason: String)
    /// TBX that is not well-formed XML or not TBX.
    case malformedXML(file: String, line: Int, reason: String)
    /// TBX with a document type declaration or an entity declaration, which Taiyaku never processes.
    case forbiddenXML(file: String, line: Int, reason: String)
    /// The file name does not end in `.tsv`, `.csv` or `.tbx`.
    case unknownFormat(file: String)
    /// Two glossaries (or one) define the same concept id.
    case duplicateConcept(id: String, file: String, line: Int, firstFile: String, firstLine: Int)
    /// An entry that the output format cannot hold (a tab or line break in a TSV field, a `|` inside a term).
    case unrepresentable(file: String, concept: String, reason: String)
    /// The output file could not be written.
    case writeFailed(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let error):
            return error.description
        case .invalidUTF8(let file, let line, let byte):
            return "\(file):\(line): invalid UTF-8 at byte \(byte); save the file as UTF-8 text"
        case .malformedRow(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .malformedXML(let file, let line, let reason):
            return "\(file):\(line): not a readable TBX glossary: \(reason)"
        case .forbiddenXML(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .unknownFormat(let file):
            return "\(file): unknown glossary format (use a .tsv, .csv or .tbx file name)"
        case .duplicateConcept(let id, let file, let line, let firstFile, let firstLine):
            return "\(file):\(line): concept id '\(id)' is already defined at \(firstFile):\(firstLine)"
        case .unrepresentable(let file, let concept, let reason):
            return "\(file): cannot write concept '\(concept)': \(reason)"
        case .writeFailed(let file, let reason):
            return "\(file): cannot be written: \(reason)"
        }
    }
}
