import Foundation

/// A bilingual list of everyday words (`commute` ↔ `通勤`), used by the aligner as weak evidence that two sentences
/// say the same thing. Unlike a glossary it prescribes nothing and no check reads it.
///
/// The file is UTF-8 text: `#` comment lines, a header naming one language per column (`en<TAB>ja`), then one entry
/// per line with the forms of each language separated by ` | `. How a column's forms are found in text depends on
/// its language's rules: by whole stemmed words where the language has stemming suffixes (`commutes` finds
/// `commute`), otherwise as substrings (`通勤` in `通勤時間`).
public struct Lexicon: Sendable {
    /// The language of each column.
    public let languages: [Language]
    /// `forms[entry][column]`: the forms of an entry in each column's language, as written in the file.
    public let forms: [[[String]]]

    public init(languages: [Language], forms: [[[String]]]) {
        precondition(forms.allSatisfy { $0.count == languages.count }, "one list of forms per language")
        self.languages = languages
        self.forms = forms
    }

    /// The number of entries.
    public var count: Int { forms.count }

    /// The lexicon shipped with Taiyaku (English–Japanese), compiled into the library.
    /// - Throws: `LexiconError.malformedLine` when the shipped file is malformed (a broken build, caught by the tests).
    public static func builtIn() throws(LexiconError) -> Lexicon {
        let file = EmbeddedFile.lexicon
        return try parse(String(decoding: file.bytes, as: UTF8.self), file: file.name)
    }

    /// Reads a lexicon file.
    /// - Throws: `LexiconError.malformedLine` naming the file and line of the first line it cannot read.
    /// - Complexity: O(n) in the length of the text (one pass over its UTF-8 bytes).
    public static func parse(_ text: String, file: String) throws(LexiconError) -> Lexicon {
        let bytes = Array(text.utf8)
        var languages: [Language]?
        var forms: [[[String]]] = []
        var lineStart = 0
        var number = 0
        while lineStart < bytes.count {
            number += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            let line = trimmed(lineStart..<lineEnd, in: bytes)
            if line.isEmpty || bytes[line.lowerBound] == 0x23 { continue }
            let fields = split(line, at: 0x09, in: bytes)
            guard let columns = languages else {
                var header: [Language] = []
                for field in fields {
                    guard let language = Language(rawValue: String(decoding: bytes[field], as: UTF8.self)),
                        !header.contains(language)
                    else {
                        throw .malformedLine(
                            file: file, line: number, reason: "the header names one language per column (en, ja)")
                    }
                    header.append(language)
                }
                guard header.count >= 2 else {
                    throw .malformedLine(file: file, line: number, reason: "the header names at least two languages")
                }
                languages = header
                continue
            }
            guard fields.count == columns.count else {
                throw .malformedLine(
                    file: file, line: number, reason: "expected \(columns.count) tab-separated fields, found \(fields.count)")
            }
            var entry: [[String]] = []
            for (field, language) in zip(fields, columns) {
                let list = split(field, at: 0x7C, in: bytes).map { trimmed($0, in: bytes) }
                guard list.allSatisfy({ !$0.isEmpty }) else {
                    throw .malformedLine(file: file, line: number, reason: "an empty \(language) form")
                }
                entry.append(list.map { String(decoding: bytes[$0], as: UTF8.self) })
            }
            forms.append(entry)
        }
        guard let languages else {
            throw .malformedLine(file: file, line: 1, reason: "no header line naming the languages")
        }
        return Lexicon(languages: languages, forms: forms)
    }

    /// `range` without spaces, tabs and carriage returns at either end.
    private static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0D }
        while lower < upper, isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The pieces of `range` between occurrences of `separator`.
    private static func split(_ range: Range<Int>, at separator: UInt8, in bytes: [UInt8]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            pieces.append(start..<index)
            start = index + 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }
}

/// Why a lexicon could not be read.
public enum LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(file: String)
    case malformedLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missing(let file): return "\(file): lexicon not found"
        case .malformedLine(let file, let line, let reason): return "\(file):\(line): \(reason)"
        }
    }
}
