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
            let base = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                let lead = bytes[index]
                // Eight ASCII bytes without a NUL are copied at once (most of an English text).
                if lead < 0x80, let base, count - index >= 8 {
                    let word = UInt64(littleEndian: (base + index).loadUnaligned(as: UInt64.self))
                    let highBits: UInt64 = 0x8080_8080_8080_8080
                    if word & highBits == 0, (word &- 0x0101_0101_0101_0101) & ~word & highBits == 0 {
                        for byte in 0..<8 {
                            output[written + byte] = UInt16(truncatingIfNeeded: word >> UInt64(byte * 8)) & 0xFF
                        }
                        written += 8
                        index += 8
                        continue
                    }
                }
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
                // A three-byte sequence of the Japanese scripts (kana, kanji, full-width forms) with no special
                // range for its second byte: decoded without the general loop.
                if lead >= 0xE1, lead != 0xED, lead <= 0xEF, count - index >= 3 {
                    let second = bytes[index + 1]
                    let third = bytes[index + 2]
                    if second & 0xC0 == 0x80, third & 0xC0 == 0x80 {
                        output[written] = UInt16(lead & 0x0F) << 12 | UInt16(second & 0x3F) << 6 | UInt16(third & 0x3F)
                        written += 1
                        index += 3
                        continue
                    }
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
