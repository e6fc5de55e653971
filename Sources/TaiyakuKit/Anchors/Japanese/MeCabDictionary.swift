import Foundation

/// Where MeCab's IPAdic dictionary (UTF-8) is installed.
///
/// IPAdic is the dictionary Taiyaku reads: its feature columns give the proper-noun classes names need (人名 with
/// 姓/名, 地域, 組織) and a katakana reading for every entry; Debian's `mecab-ipadic-utf8` installs it in
/// `/var/lib/mecab/dic/ipadic-utf8`. UniDic (`unidic-mecab`) splits institution names into common nouns
/// (`立命`+`館`+`大学`), has no organisation class and is fifteen times the size, so it is not used even when
/// it is the system's default (`/etc/mecabrc`).
public struct MeCabDictionary: Sendable, Hashable {
    /// The directory holding `sys.dic`.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The directories searched, in order: Debian's and the upstream installation paths of IPAdic (UTF-8), then
    /// the `dicdir` of `/etc/mecabrc` when it names an IPAdic directory.
    public static func candidateDirectories(mecabrc: String = "/etc/mecabrc") -> [String] {
        var directories = [
            "/var/lib/mecab/dic/ipadic-utf8",
            "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8",
            "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic-utf8",
            "/usr/local/lib/mecab/dic/ipadic",
            "/usr/lib/mecab/dic/ipadic",
        ]
        if let text = try? String(contentsOfFile: mecabrc, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, parts[0] == "dicdir" else { continue }
                let resolved = URL(fileURLWithPath: parts[1]).resolvingSymlinksInPath().path
                if resolved.contains("ipadic"), !directories.contains(resolved) {
                    directories.append(resolved)
                }
            }
        }
        return directories
    }

    /// The first candidate directory that holds a compiled dictionary.
    /// - Throws: `MeCabError.dictionaryNotFound`, naming the directories searched and the Debian package.
    public static func installed(searching directories: [String] = candidateDirectories()) throws(MeCabError)
        -> MeCabDictionary
    {
        for directory in directories
        where FileManager.default.isReadableFile(atPath: directory + "/sys.dic")
            && FileManager.default.isReadableFile(atPath: directory + "/matrix.bin")
        {
            return MeCabDictionary(directory: directory)
        }
        throw MeCabError(reason: .dictionaryNotFound(searched: directories), operation: "analyse Japanese text")
    }
}
