import Foundation

/// The system's list of English words (Debian's `wamerican`: `/usr/share/dict/american-english`), to tell an
/// ordinary word capitalised in a title (`Memorandum of Cooperation`, `Ministry of Economy, Trade and Industry`)
/// from a name (`Tajikistan`, `Netgear`).
///
/// Only entries written in lower case count: the list also holds proper nouns (`Stein`, `Kemp`), which are names.
/// The file is read once per document analysis and only for the words asked about, so it costs one pass over
/// its bytes and no table of all its words.
public struct EnglishWordList: Sendable, Hashable {
    /// The word list file, one word per line.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Where Debian's `wamerican` (and most systems) put the list.
    public static let candidatePaths = ["/usr/share/dict/american-english", "/usr/share/dict/words"]

    /// The first readable candidate.
    /// - Throws: `WordListError.notFound` naming the paths searched and the Debian package.
    public static func installed(searching paths: [String] = candidatePaths) throws(WordListError) -> EnglishWordList {
        for path in paths where FileManager.default.isReadableFile(atPath: path) {
            return EnglishWordList(path: path)
        }
        throw .notFound(searched: paths)
    }

    /// Which of `words` (lower case) the list holds in lower case.
    /// - Throws: `WordListError.unreadable` when the file cannot be read.
    /// - Complexity: O(n) in the size of the list, plus O(m) for the m words asked about.
    public func ordinaryWords(among words: Set<String>) throws(WordListError) -> Set<String> {
        guard !words.isEmpty else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let wanted = Set(words.filter { !$0.isEmpty }.map { Array($0.utf8) })
        // Length and first two letters first: only lines that pass are copied and looked up.
        var prefixes = [Bool](repeating: false, count: Self.prefixKeys)
        for word in wanted { prefixes[Self.prefixKey(count: word.count, word[0], word.count > 1 ? word[1] : 0)] = true }
        var found: Set<String> = []
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            let count = bytes.count
            while start < count {
                var end = count
                if let newline = memchr(base + start, 0x0A, count - start) {
                    end = base.distance(to: UnsafeRawPointer(newline))
                }
                let length = end - start
                if length > 0, (0x61...0x7A).contains(bytes[start]),
                    prefixes[Self.prefixKey(count: length, bytes[start], length > 1 ? bytes[start + 1] : 0)]
                {
                    let line = Array(bytes[start..<end])
                    if wanted.contains(line) { found.insert(String(decoding: line, as: UTF8.self)) }
                }
                start = end + 1
            }
        }
        return found
    }
}

extension EnglishWordList {
    /// A line's length (up to 63) and its first two bytes (five bits of each): lines of another key are no word
    /// asked about. Keys of different words may coincide; the lookup that follows tells them apart.
    fileprivate static func prefixKey(count: Int, _ first: UInt8, _ second: UInt8) -> Int {
        min(count, 63) << 10 | Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }

    fileprivate static let prefixKeys = 64 << 10
}

/// The English word list is missing or unreadable.
public enum WordListError: Error, CustomStringConvertible, Sendable, Equatable {
    case notFound(searched: [String])
    case unreadable(path: String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            return "No English word list was found (looked in \(searched.joined(separator: ", "))). "
                + "Install it with: apt-get install -y wamerican"
        case .unreadable(let path):
            return "The English word list \(path) cannot be read"
        }
    }
}
