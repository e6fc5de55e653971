/// A strict UTF-8 decoder that reports where decoding failed, which the standard library does not.
enum UTF8Decoding {
    enum Failure: Error {
        /// The byte offset of the first byte that is not part of a valid sequence.
        case invalid(byte: Int)
        /// A NUL at this byte offset, which is `unit` UTF-16 code units into the text.
        case nul(byte: Int, unit: Int)
    }

    /// Decodes `bytes` to UTF-16, skipping a leading byte order mark.
    /// Rejects overlong forms, surrogates and code points above U+10FFFF, as the Unicode standard requires.
    /// - Complexity: O(n).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[UInt16], Failure> {
        var failure: Failure?
        let units = [UInt16](unsafeUninitializedCapacity: bytes.count) { output, written in
            written = 0
            let count = bytes.count
            var index = 0
            if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                index = 3
            }
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead == 0 {
                        failure = .nul(byte: index, unit: written)
                        return
                    }
                    output[written] = UInt16(lead)
                    written += 1
                    index += 1
                    continue
                }
                let length: Int
                var scalar: UInt32
                var lowest: UInt8 = 0x80
                var highest: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF:
                    length = 2
                    scalar = UInt32(lead & 0x1F)
                case 0xE0...0xEF:
                    length = 3
                    scalar = UInt32(lead & 0x0F)
                    if lead == 0xE0 { lowest = 0xA0 }
                    if lead == 0xED { highest = 0x9F }
                case 0xF0...0xF4:
                    length = 4
                    scalar = UInt32(lead & 0x07)
                    if lead == 0xF0 { lowest = 0x90 }
                    if lead == 0xF4 { highest = 0x8F }
                default:
                    failure = .invalid(byte: index)
                    return
                }
                for position in 1..<length {
                    guard index + position < count else {
                        failure = .invalid(byte: index + position)
                        return
                    }
                    let byte = bytes[index + position]
                    let low = position == 1 ? lowest : 0x80
                    let high = position == 1 ? highest : 0xBF
                    guard byte >= low, byte <= high else {
                        failure = .invalid(byte: index + position)
                        return
                    }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
                // A four-byte sequence becomes two UTF-16 units, never more units than bytes.
                if scalar >= 0x10000 {
                    let value = scalar - 0x10000
                    output[written] = UInt16(0xD800 + (value >> 10))
                    output[written + 1] = UInt16(0xDC00 + (value & 0x3FF))
                    written += 2
                } else {
                    output[written] = UInt16(scalar)
                    written += 1
                }
                index += length
            }
        }
        if let failure {
            return .failure(failure)
        }
        return .success(units)
    }

    /// The UTF-16 units of the valid prefix `bytes[..<end]` (used to place an error by line and column).
    static func decodePrefix(_ bytes: some Collection<UInt8>, upTo end: Int) -> [UInt16] {
        let prefix = Array(bytes.prefix(end))
        let decoded = prefix.withUnsafeBufferPointer { decode($0) }
        switch decoded {
        case .success(let units): return units
        case .failure: return []
        }
    }
}
