import CICU

/// Unicode normalisation through ICU.
package enum UnicodeNormalization {
    /// ICU's `U_BUFFER_OVERFLOW_ERROR`: the result needs the length returned.
    package static let bufferOverflow: Int32 = 15

    /// The NFKC form of `text`: full-width Latin letters and digits become half-width, half-width katakana
    /// full-width, compatibility characters their plain forms. For comparison only; never shown to a user.
    package static func nfkc(_ text: String) throws(ICUError) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        var capacity = source.count * 2 + 8
        while true {
            var destination = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let length = source.withUnsafeBufferPointer { input in
                destination.withUnsafeMutableBufferPointer { output in
                    taiyaku_normalize_nfkc(
                        input.baseAddress, Int32(input.count), output.baseAddress, Int32(capacity), &status)
                }
            }
            if status == Self.bufferOverflow {
                capacity = Int(length) + 8
                continue
            }
            try ICUError.check(status, "normalise text to NFKC")
            return String(units: destination[..<Int(length)])
        }
    }
}
