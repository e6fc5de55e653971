/// Why a document could not be read. Every case names the file, and where it applies the position.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(file: String)
    case isDirectory(file: String)
    case unreadable(file: String, reason: String)
    /// `byte` is the 0-based offset of the first byte that is not valid UTF-8, counted from the start of the file.
    case invalidUTF8(file: String, byte: Int)
    /// A NUL character, which never occurs in a text release; `byte` is its 0-based offset in the file.
    case nulByte(file: String, byte: Int, line: Int, column: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let file):
            return "\(file): no such file"
        case .isDirectory(let file):
            return "\(file): is a directory, not a text file"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        case .invalidUTF8(let file, let byte):
            return "\(file): invalid UTF-8 at byte \(byte)"
        case .nulByte(let file, let byte, let line, let column):
            return "\(file): NUL byte at byte \(byte) (line \(line), column \(column))"
        }
    }
}
