import Foundation

/// Reads JSON input files (baselines, alignment parameters) with messages in the user's words: a syntax error
/// names its line and column, nesting deeper than `Limits.maximumJSONDepth` is refused as such (not as "invalid
/// JSON"), and a file of the wrong shape names the field, never a `DecodingError` or a coding key.
package enum JSONInput {
    /// Decodes `T` from `bytes` after checking their syntax.
    /// - Parameters:
    ///   - what: what the file should be, in the user's words (`a Taiyaku baseline`).
    ///   - advice: what to do when the file has the wrong shape.
    /// - Throws: `JSONInputError`.
    /// - Complexity: O(n) in the length of the file.
    package static func decode<T: Decodable>(
        _ type: T.Type, from bytes: [UInt8], file: String, what: String, advice: String, limits: Limits = .standard
    ) throws(JSONInputError) -> T {
        try validate(bytes, file: file, limits: limits)
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw .wrongShape(file: file, what: what, reason: describe(error), advice: advice)
        } catch {
            throw .wrongShape(file: file, what: what, reason: "it cannot be read", advice: advice)
        }
    }

    /// Checks that `bytes` are one JSON value (RFC 8259) nested no deeper than `limits.maximumJSONDepth`.
    /// - Throws: `JSONInputError.invalid` or `.tooDeep` with the line and column of the problem.
    /// - Complexity: O(n).
    package static func validate(_ bytes: [UInt8], file: String, limits: Limits = .standard) throws(JSONInputError) {
        var scanner = JSONSyntaxScanner(bytes: bytes, file: file, maximumDepth: limits.maximumJSONDepth)
        try scanner.scanDocument()
    }

    /// A decoding error as the field it concerns and what was wrong with it.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return text
        }
        func kind(_ type: Any.Type) -> String {
            switch type {
            case is String.Type: return "text"
            case is Int.Type: return "a whole number"
            case is Double.Type: return "a number"
            case is Bool.Type: return "true or false"
            default:
                return String(describing: type).hasPrefix("Array") ? "a list" : "an object"
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "the field '\(key.stringValue)' is missing" + (parent.isEmpty ? "" : " in '\(parent)'")
        case .typeMismatch(let type, let context):
            let field = path(context.codingPath)
            return (field.isEmpty ? "the file" : "the field '\(field)'") + " should be \(kind(type))"
        case .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            return (field.isEmpty ? "the file" : "the field '\(field)'") + " is null; it should be \(kind(type))"
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            return field.isEmpty ? "its content cannot be read" : "the field '\(field)' holds a value that is not allowed"
        @unknown default:
            return "its content cannot be read"
        }
    }
}

/// Why a JSON input file could not be read.
public enum JSONInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not JSON: `line` and `column` (1-based, columns in bytes) point at the problem.
    case invalid(file: String, line: Int, column: Int, reason: String)
    /// Arrays and objects nested deeper than `limit`.
    case tooDeep(file: String, line: Int, column: Int, limit: Int)
    /// JSON, but not the kind of file expected (`what`): a field missing or of the wrong type.
    case wrongShape(file: String, what: String, reason: String, advice: String)

    /// What is wrong, without the file's name: for a message that names the file in its own way.
    public var reason: String {
        switch self {
        case .invalid(_, let line, let column, let reason):
            return "not valid JSON at line \(line), column \(column): \(reason)"
        case .tooDeep(_, let line, let column, let limit):
            return "arrays and objects are nested more than \(limit) deep (line \(line), column \(column)); "
                + "Taiyaku reads JSON nested up to \(limit) levels"
        case .wrongShape(_, _, let reason, let advice):
            return reason + (advice.isEmpty ? "" : "; \(advice)")
        }
    }

    public var description: String {
        switch self {
        case .invalid(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): not valid JSON: \(reason)"
        case .tooDeep(let file, let line, let column, let limit):
            return "\(file):\(line):\(column): arrays and objects are nested more than \(limit) deep; "
                + "Taiyaku reads JSON nested up to \(limit) levels"
        case .wrongShape(let file, let what, let reason, let advice):
            return "\(file): not \(what): \(reason)" + (advice.isEmpty ? "" : "; \(advice)")
        }
    }
}

/// A strict, non-recursive JSON syntax check (RFC 8259) that knows where it is.
private struct JSONSyntaxScanner {
    let bytes: [UInt8]
    let file: String
    let maximumDepth: Int
    var index = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8], file: String, maximumDepth: Int) {
        self.bytes = bytes
        self.file = file
        self.maximumDepth = maximumDepth
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    private enum Container { case array, object }

    private func fail(_ reason: String) -> JSONInputError {
        .invalid(file: file, line: line, column: index - lineStart + 1, reason: reason)
    }

    private var found: String {
        guard index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return String(format: "byte 0x%02X", byte)
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    mutating func scanDocument() throws(JSONInputError) {
        skipSpace()
        if index >= bytes.count { throw fail("the file is empty; expected a JSON value") }
        var stack: [Container] = []
        // Each turn reads one value; containers push and pop without recursion.
        while true {
            skipSpace()
            try scanValueStart(&stack)
            // After a value: close containers or expect the next member.
            while true {
                skipSpace()
                guard let container = stack.last else {
                    if index < bytes.count { throw fail("expected the end of the file after the value, found \(found)") }
                    return
                }
                guard index < bytes.count else {
                    throw fail("the file ends inside \(container == .array ? "an array" : "an object")")
                }
                let byte = bytes[index]
                if byte == 0x2C {  // ,
                    index += 1
                    if container == .object { try scanKey() }
                    break
                }
                if (container == .array && byte == 0x5D) || (container == .object && byte == 0x7D) {
                    index += 1
                    stack.removeLast()
                    continue
                }
                throw fail(
                    container == .array ? "expected ',' or ']' in an array, found \(found)"
                        : "expected ',' or '}' in an object, found \(found)")
            }
        }
    }

    /// Reads a scalar, or opens a container (and reads its first key, or closes it when empty).
    private mutating func scanValueStart(_ stack: inout [Container]) throws(JSONInputError) {
        while true {
            skipSpace()
            guard index < bytes.count else { throw fail("expected a value, found the end of the file") }
            let byte = bytes[index]
            switch byte {
            case 0x5B, 0x7B:  // [ {
                if stack.count >= maximumDepth {
                    throw .tooDeep(file: file, line: line, column: index - lineStart + 1, limit: maximumDepth)
                }
                index += 1
                skipSpace()
                if byte == 0x5B {
                    if index < bytes.count, bytes[index] == 0x5D {
                        index += 1
                        return
                    }
                    stack.append(.array)
                    continue
                }
                if index < bytes.count, bytes[index] == 0x7D {
                    index += 1
                    return
                }
                stack.append(.object)
                try scanKeyAfterSpace()
                continue
            case 0x22: try scanString(); return
            case 0x74: try scanLiteral("true"); return
            case 0x66: try scanLiteral("false"); return
            case 0x6E: try scanLiteral("null"); return
            case 0x2D, 0x30...0x39: try scanNumber(); return
            default: throw fail("expected a value, found \(found)")
            }
        }
    }

    private mutating func scanKey() throws(JSONInputError) {
        skipSpace()
        try scanKeyAfterSpace()
    }

    private mutating func scanKeyAfterSpace() throws(JSONInputError) {
        guard index < bytes.count, bytes[index] == 0x22 else { throw fail("expected a field name in quotes, found \(found)") }
        try scanString()
        skipSpace()
        guard index < bytes.count, bytes[index] == 0x3A else { throw fail("expected ':' after a field name, found \(found)") }
        index += 1
    }

    private mutating func scanLiteral(_ word: String) throws(JSONInputError) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw fail("expected a value, found \(found)")
        }
        index += expected.count
    }

    private mutating func scanNumber() throws(JSONInputError) {
        func digits() -> Int {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            return index - start
        }
        let start = index
        let startColumn = index - lineStart + 1
        if bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw fail("expected a digit, found \(found)") }
        if bytes[index] == 0x30 { index += 1 } else { _ = digits() }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { throw fail("expected a digit after the decimal point, found \(found)") }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { throw fail("expected a digit in the exponent, found \(found)") }
        }
        // Valid JSON, but no reader of ours can hold it: say so here rather than "not valid JSON" later.
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let value = Double(text), !value.isFinite {
            throw .invalid(
                file: file, line: line, column: startColumn,
                reason: "the number \(text.count > 24 ? text.prefix(24) + "…" : text) is too large to read")
        }
    }

    private mutating func scanString() throws(JSONInputError) {
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22:
                index += 1
                return
            case 0x5C:
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: index += 1
                case 0x75:
                    index += 1
                    for _ in 0..<4 {
                        guard index < bytes.count, isHexDigit(bytes[index]) else {
                            throw fail("expected four hexadecimal digits after \\u, found \(found)")
                        }
                        index += 1
                    }
                default: throw fail("unknown escape \\\(found) in a string")
                }
            case 0x0A:
                throw fail("a line break inside a string (write it as \\n), or a missing closing quote")
            case 0x00..<0x20:
                throw fail("a control character (\(found)) inside a string; write it as \\u00XX")
            default:
                index += 1
            }
        }
        throw fail("the file ends inside a string (a closing quote is missing)")
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
