import CICU

@testable import TaiyakuKit

/// An ICU transliterator such as `Katakana-Latin`: the reference `KatakanaRomanizer` is tested against.
///
/// Owns an ICU handle, so it is a class, and it is not safe to share between threads: make one per task.
final class Transliterator {
    private let handle: OpaquePointer
    /// The ICU transform id this transliterator was opened with.
    let id: String

    /// Opens the ICU transform `id`.
    /// - Throws: `ICUError` when ICU does not know the transform.
    init(id: String) throws(ICUError) {
        let units = Array(id.utf16)
        var status: Int32 = 0
        let opened = units.withUnsafeBufferPointer { buffer in
            taiyaku_transliterator_open(buffer.baseAddress, Int32(buffer.count), &status)
        }
        try ICUError.check(status, "open the transliterator \(id)")
        guard let opened else {
            throw ICUError(status: 1, operation: "open the transliterator \(id)")
        }
        handle = opened
        self.id = id
    }

    deinit {
        taiyaku_transliterator_close(handle)
    }

    /// The transliteration of `text`.
    func transliterate(_ text: String) throws(ICUError) -> String {
        let source = Array(text.utf16)
        var capacity = max(16, source.count * 4)
        while true {
            var buffer = source + Array(repeating: 0, count: capacity - source.count)
            var status: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer { pointer in
                taiyaku_transliterate(handle, pointer.baseAddress, Int32(source.count), Int32(capacity), &status)
            }
            if status == UnicodeNormalization.bufferOverflow {
                capacity = Int(length) + 16
                continue
            }
            try ICUError.check(status, "transliterate with \(id)")
            return String(decoding: buffer[..<Int(length)], as: UTF16.self)
        }
    }
}
