import CMeCab

/// A failure reported by MeCab, or a missing dictionary.
public struct MeCabError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// No IPAdic dictionary was found in any of the places searched.
        case dictionaryNotFound(searched: [String])
        /// MeCab could not open the dictionary, or failed to analyse a text (`status` is one of
        /// `TAIYAKU_MECAB_*`).
        case failed(status: Int32, message: String)
    }

    public let reason: Reason
    /// What Taiyaku asked MeCab to do.
    public let operation: String

    public var description: String {
        switch reason {
        case .dictionaryNotFound(let searched):
            return "MeCab's IPAdic dictionary (UTF-8) was not found to \(operation); looked in "
                + searched.joined(separator: ", ")
                + ". Install it with: apt-get install -y libmecab-dev mecab-ipadic-utf8"
        case .failed(_, let message):
            return "MeCab failed to \(operation): \(message)"
        }
    }

    /// The one place where the wrapper's status codes are judged: 0 passes, anything else throws.
    static func check(
        _ status: Int32, _ operation: @autoclosure () -> String, message: @autoclosure () -> String
    ) throws(MeCabError) {
        if status != 0 {
            throw MeCabError(reason: .failed(status: status, message: message()), operation: operation())
        }
    }
}
