import Foundation

/// A text file as Taiyaku reads it: validated UTF-8, decoded to UTF-16 code units.
///
/// All offsets in Taiyaku are UTF-16 code units from the start of the decoded text (a leading byte order mark is
/// not part of the text). The original text is never rewritten: layout repair and segmentation keep spans into it.
public struct Document: Sendable {
    /// How the file is named in messages and reports (the path as the user gave it).
    public let name: String
    /// The decoded text in UTF-16 code units.
    public let units: [UInt16]
    /// The UTF-16 offset at which each line starts; lines end at LF, CRLF or CR.
    public let lineStarts: [Int]

    /// Decodes `bytes` as UTF-8.
    /// - Parameters:
    ///   - name: the file name used in errors and reports.
    ///   - bytes: the file's content; a leading UTF-8 byte order mark is skipped.
    /// - Throws: `DocumentError.invalidUTF8` at the first bad byte, `DocumentError.nulByte` at the first NUL.
    /// - Complexity: O(n) in the number of bytes.
    public init(name: String, bytes: some Collection<UInt8>) throws(DocumentError) {
        self.name = name
        let decoded = bytes.withContiguousStorageIfAvailable { buffer in
            UTF8Decoding.decode(buffer)
        } ?? Array(bytes).withUnsafeBufferPointer { UTF8Decoding.decode($0) }
        let units: [UInt16]
        switch decoded {
        case .success(let decodedUnits):
            units = decodedUnits
        case .failure(.invalid(let byte)):
            if let encoding = Document.unicodeEncoding(byteOrderMark: bytes.prefix(4)) {
                throw .otherEncoding(file: name, encoding: encoding)
            }
            // Control bytes other than white space and escape in the first few hundred bytes: not a text file.
            if bytes.prefix(512).contains(where: { $0 < 0x09 || (0x0E...0x1A).contains($0) }) {
                throw .binary(file: name)
            }
            throw .invalidUTF8(file: name, byte: byte)
        case .failure(.nul(let byte, let unit)):
            if let encoding = Document.unicodeEncoding(byteOrderMark: bytes.prefix(4)) {
                throw .otherEncoding(file: name, encoding: encoding)
            }
            let lines = Document.lineStarts(of: UTF8Decoding.decodePrefix(bytes, upTo: byte))
            let line = lines.count
            throw .nulByte(file: name, byte: byte, line: line, column: unit - (lines.last ?? 0) + 1)
        }
        self.units = units
        self.lineStarts = Document.lineStarts(of: units)
    }

    /// Decodes `text`, for documents built in memory.
    public init(name: String, text: String) {
        self.name = name
        self.units = Array(text.utf16)
        self.lineStarts = Document.lineStarts(of: units)
    }

    /// Reads and decodes the file at `path`.
    /// - Throws: `DocumentError` when the file is missing, a directory, not a regular file, above
    ///   `Limits.maximumFileBytes`, unreadable or not valid UTF-8 text.
    public static func load(contentsOf path: String) throws(DocumentError) -> Document {
        try Document(name: path, bytes: InputFile.read(path))
    }

    /// The name of the Unicode encoding whose byte order mark `prefix` starts with, other than UTF-8.
    static func unicodeEncoding(byteOrderMark prefix: some Collection<UInt8>) -> String? {
        let bytes = Array(prefix.prefix(4))
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return "UTF-32"
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// The whole text as a string.
    public var text: String { String(units: units) }

    /// The text of `range`, a range of UTF-16 offsets.
    public func text(in range: Range<Int>) -> String {
        String(units: units[range])
    }

    /// The 1-based line and column (in UTF-16 code units) of `offset`.
    /// - Complexity: O(log n) in the number of lines.
    public func location(of offset: Int) -> TextLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return TextLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    static func lineStarts(of units: [UInt16]) -> [Int] {
        var starts = [0]
        var previousWasCR = false
        var offset = 0
        for index in units.indices {
            let unit = units[index]
            offset += 1
            if unit > 0x0D {
                previousWasCR = false
                continue
            }
            if unit == 0x0A {
                if previousWasCR {
                    starts[starts.count - 1] = offset
                } else {
                    starts.append(offset)
                }
                previousWasCR = false
            } else if unit == 0x0D {
                starts.append(offset)
                previousWasCR = true
            } else {
                previousWasCR = false
            }
        }
        return starts
    }
}

/// A 1-based line and column; columns count UTF-16 code units.
public struct TextLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
