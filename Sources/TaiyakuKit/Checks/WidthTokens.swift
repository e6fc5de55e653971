/// Cuts text into the tokens whose width the `variant-inconsistent` check compares: runs of Latin letters and
/// digits (with `.`, `,`, `/`, `:` or `-` between them: `77/158`, `1,000`, `2015-2030`), and single symbols that
/// have a full-width and a half-width form (`+`/`＋`, `(`/`（`, `/`/`／`, `｢`/`「`).
package enum WidthTokens {
    package enum Width: Sendable, Hashable {
        case half
        case full
        /// Both widths inside one token (`ADF１４`).
        case mixed
    }

    package enum Kind: Sendable, Hashable {
        case alphanumeric
        case symbol
    }

    package struct Token: Sendable, Hashable {
        package let range: Range<Int>
        /// The half-width form, shared by both widths; paired brackets share one key (`()`).
        package let key: String
        package let width: Width
        package let kind: Kind
    }

    /// The tokens of `units[range]`.
    /// - Complexity: O(n).
    package static func tokens(in units: [UInt16], from start: Int = 0) -> [Token] {
        var tokens: [Token] = []
        var index = start
        let count = units.count
        while index < count {
            let unit = units[index]
            if isAlphanumeric(unit) {
                let tokenStart = index
                var key: [UInt16] = []
                var half = false
                var full = false
                while index < count {
                    let current = units[index]
                    if isAlphanumeric(current) {
                        key.append(halfWidth(current))
                        if current >= 0xFF00 { full = true } else { half = true }
                        index += 1
                    } else if isConnector(current), index + 1 < count, isAlphanumeric(units[index + 1]), index > tokenStart {
                        key.append(halfWidth(current))
                        if current >= 0xFF00 { full = true } else { half = true }
                        index += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    Token(
                        range: tokenStart..<index, key: String(units: key),
                        width: half && full ? .mixed : (full ? .full : .half), kind: .alphanumeric))
                continue
            }
            if let symbol = symbolKey(unit) {
                tokens.append(Token(range: index..<index + 1, key: symbol.key, width: symbol.width, kind: .symbol))
            }
            index += 1
        }
        return tokens
    }

    static func isAlphanumeric(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return true
        default: return false
        }
    }

    static func isConnector(_ unit: UInt16) -> Bool {
        [0x2E, 0x2C, 0x2F, 0x3A, 0x2D, 0xFF0E, 0xFF0C, 0xFF0F, 0xFF1A, 0xFF0D].contains(unit)
    }

    static func halfWidth(_ unit: UInt16) -> UInt16 {
        (0xFF01...0xFF5E).contains(unit) ? unit - 0xFEE0 : unit
    }

    /// The key and width of a symbol with two widths, or `nil` for anything else. Quotes are left out: straight
    /// and curly quotes are not a width difference.
    static func symbolKey(_ unit: UInt16) -> (key: String, width: Width)? {
        let half: UInt16
        let width: Width
        switch unit {
        case 0x21, 0x23...0x26, 0x28...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
            half = unit
            width = .half
        case 0xFF01, 0xFF03...0xFF06, 0xFF08...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E:
            half = unit - 0xFEE0
            width = .full
        case 0xFF61: return ("。", .half)
        case 0xFF62, 0xFF63: return ("「」", .half)
        case 0xFF64: return ("、", .half)
        case 0xFF65: return ("・", .half)
        case 0x3002: return ("。", .full)
        case 0x300C, 0x300D: return ("「」", .full)
        case 0x3001: return ("、", .full)
        case 0x30FB: return ("・", .full)
        default: return nil
        }
        switch half {
        case 0x28, 0x29: return ("()", width)
        case 0x5B, 0x5D: return ("[]", width)
        case 0x7B, 0x7D: return ("{}", width)
        default: return (String(units: [half]), width)
        }
    }
}
