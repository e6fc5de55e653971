/// Why a document could not be read. Every case names the file, and where it applies the position, and says what
/// to do about it.
public enum DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(file: String)
    case isDirectory(file: String)
    /// A FIFO, a device or a socket: something that may block or never end, not a file to review.
    case notRegularFile(file: String, kind: String)
    /// A file above `Limits.maximumFileBytes`.
    case tooLarge(file: String, bytes: Int, limit: Int)
    case unreadable(file: String, reason: String)
    /// `byte` is the 0-based offset of the first byte that is not valid UTF-8, counted from the start of the file.
    case invalidUTF8(file: String, byte: Int)
    /// A file in another Unicode encoding, recognised by its byte order mark (`encoding` is `UTF-16` or `UTF-32`).
    case otherEncoding(file: String, encoding: String)
    /// Bytes that are not text at all (a NUL or other control bytes near the start, as in a PDF, an image or a
    /// word-processor file).
    case binary(file: String)
    /// A NUL character, which never occurs in a text release; `byte` is its 0-based offset in the file.
    case nulByte(file: String, byte: Int, line: Int, column: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let file):
            return "\(file): no such file (check the path)"
        case .isDirectory(let file):
            return "\(file): is a directory, not a text file"
        case .notRegularFile(let file, let kind):
            return "\(file): is \(kind), not a regular file; save the text to a file and give its path"
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): is \(Limits.describe(bytes: bytes)) or more, above the \(Limits.describe(bytes: limit)) "
                + "Taiyaku reads; split it into smaller files"
        case .unreadable(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        case .invalidUTF8(let file, let byte):
            return "\(file): invalid UTF-8 at byte \(byte); save the file as UTF-8 text"
        case .otherEncoding(let file, let encoding):
            return "\(file): this file is \(encoding) (it starts with a byte-order mark); save it as UTF-8"
        case .binary(let file):
            return "\(file): this looks like a binary file (a PDF, an image, a word-processor file?), not text; "
                + "save the release as UTF-8 plain text"
        case .nulByte(let file, let byte, let line, let column):
            return "\(file): NUL byte at byte \(byte) (line \(line), column \(column)); this looks like a binary "
                + "file, not UTF-8 text"
        }
    }
}
