import CICU

/// ICU's sentence break iterator for one locale.
///
/// Owns an ICU handle, so it is a class, and it is not safe to share between threads: make one per task.
package final class SentenceBreaker {
    private let handle: OpaquePointer

    /// Opens a sentence break iterator.
    /// - Parameter locale: an ICU locale id (`en@ss=standard` would add ICU's own abbreviation suppressions).
    /// - Throws: `ICUError` when ICU has no break rules for the locale.
    package init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        let opened = taiyaku_sentence_breaker_open(locale, &status)
        try ICUError.check(status, "open a sentence break iterator for \(locale)")
        guard let opened else {
            throw ICUError(status: 1, operation: "open a sentence break iterator for \(locale)")
        }
        handle = opened
    }

    deinit {
        taiyaku_breaker_close(handle)
    }

    /// Calls `body` with every sentence boundary in `text` after its start, in order; the last is `text.count`.
    /// - Complexity: O(n) in the length of `text`.
    package func forEachBoundary(
        in text: UnsafeBufferPointer<UInt16>, _ body: (Int) -> Void
    ) throws(ICUError) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        var status: Int32 = 0
        taiyaku_breaker_set_text(handle, base, Int32(text.count), &status)
        try ICUError.check(status, "set the text of a sentence break iterator")
        while true {
            let boundary = taiyaku_breaker_next(handle)
            if boundary < 0 { break }
            body(Int(boundary))
        }
    }
}
