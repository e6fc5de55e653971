import Foundation

extension Glossary {
    /// Reads the glossary at `path`; the format follows the extension (`.tsv`, `.csv`, `.tbx`) unless given.
    /// - Throws: `GlossaryError` naming the file and line of the first problem: a missing or unreadable file,
    ///   invalid UTF-8, a wrong number of columns, an unclosed quote, an empty term, an unknown kind, malformed
    ///   TBX, or a TBX with a DOCTYPE or entity declaration.
    public static func load(contentsOf path: String, format: GlossaryFormat? = nil) throws(GlossaryError) -> Glossary {
        guard let format = format ?? GlossaryFormat(path: path) else { throw .unknownFormat(file: path) }
        let data = try readBytes(path)
        return try Glossary(name: path, bytes: data, format: format)
    }

    /// Reads a glossary from `bytes`.
    /// - Parameter name: the file name used in errors.
    /// - Throws: as `load(contentsOf:format:)`.
    public init(name: String, bytes: some Collection<UInt8>, format: GlossaryFormat) throws(GlossaryError) {
        let reading = try GlossaryReading.read(bytes, name: name, format: format)
        if let problem = reading.problems.first {
            throw .malformedRow(file: problem.file, line: problem.line, reason: problem.message)
        }
        self = reading.glossary(name: name)
    }

    /// The glossary in `format` (TSV or TBX; CSV is read only).
    /// - Parameter file: the output's name, used in errors and in the TBX header.
    /// - Throws: `GlossaryError.unrepresentable` for an entry the format cannot hold.
    public func encoded(as format: GlossaryFormat, file: String) throws(GlossaryError) -> Data {
        switch format {
        case .tsv:
            return Data(try TSVGlossaryWriter.text(of: self, file: file).utf8)
        case .tbx:
            let source = "Taiyaku glossary converted from \(URL(fileURLWithPath: name).lastPathComponent)"
            return Data(try TBXGlossaryWriter.text(of: self, sourceName: source, file: file).utf8)
        case .csv:
            throw .unrepresentable(file: file, concept: "", reason: "CSV is read only; write .tsv or .tbx")
        }
    }

    /// Writes the glossary to `path` atomically (a temporary file beside it renamed into place: a failure leaves
    /// the old file and no temporary file; a symbolic link and the file's mode are kept), in the format its
    /// extension names.
    /// - Throws: `GlossaryError.unknownFormat`, `.unrepresentable` or `.writeFailed`.
    public func write(to path: String) throws(GlossaryError) {
        guard let format = GlossaryFormat(path: path) else { throw .unknownFormat(file: path) }
        let data = try encoded(as: format, file: path)
        do {
            try StagedFile.write(data, to: path)
        } catch {
            throw .writeFailed(file: path, reason: error.reason)
        }
    }

    static func readBytes(_ path: String) throws(GlossaryError) -> [UInt8] {
        do {
            return try InputFile.read(path)
        } catch {
            throw .unreadable(error)
        }
    }
}
