import Foundation

/// Pairs the files of two folders by name: `x.en.txt` in the source folder with `x.ja.txt` in the target folder
/// (the suffixes follow the languages). The folders may be the same. Only files ending in one of the two suffixes
/// take part; one without a partner is listed as unpaired, which is not an error.
public struct DirectoryPairing: Sendable, Equatable {
    /// The pairs, sorted by their shared stem (by Unicode scalar values, so the order does not depend on the
    /// locale or on the order the file system lists them in).
    public let pairs: [BatchPair]
    /// Paths of files with a suffix but no partner, sources first, each group sorted.
    public let unpaired: [String]

    /// Lists both folders (not their subfolders) and pairs their files.
    /// - Parameters:
    ///   - sourceSuffix: how source file names end, e.g. `.en.txt`; `targetSuffix` alike.
    /// - Throws: `BatchError.unreadableDirectory` when a folder cannot be listed, `BatchError.sameSuffix` when
    ///   the two suffixes are equal.
    /// - Complexity: O(n log n) in the number of files.
    public init(
        sourceDirectory: String, targetDirectory: String, sourceSuffix: String, targetSuffix: String
    ) throws(BatchError) {
        guard sourceSuffix != targetSuffix else { throw .sameSuffix(suffix: sourceSuffix) }
        let sources = try Self.stems(in: sourceDirectory, suffix: sourceSuffix)
        let targets = try Self.stems(in: targetDirectory, suffix: targetSuffix)
        let ordered = { (lhs: String, rhs: String) in lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) }
        pairs = sources.keys.filter { targets[$0] != nil }.sorted(by: ordered).compactMap { stem in
            guard let source = sources[stem], let target = targets[stem] else { return nil }
            return BatchPair(name: stem, source: source, target: target)
        }
        unpaired = sources.filter { targets[$0.key] == nil }.keys.sorted(by: ordered).compactMap { sources[$0] }
            + targets.filter { sources[$0.key] == nil }.keys.sorted(by: ordered).compactMap { targets[$0] }
    }

    /// The language suffix of file names for `language`: `.en.txt`, `.ja.txt`.
    public static func suffix(for language: Language) -> String {
        ".\(language.rawValue).txt"
    }

    /// Stem → path of the entries of `directory` that are not folders and whose name ends in `suffix` after
    /// something. A broken link is kept: loading it fails and the batch reports that.
    private static func stems(in directory: String, suffix: String) throws(BatchError) -> [String: String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadableDirectory(path: directory, reason: (error as NSError).localizedDescription)
        }
        var stems: [String: String] = [:]
        for name in names where name.hasSuffix(suffix) && name.count > suffix.count {
            let path = PairManifest.join(directory, name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                continue
            }
            stems[String(name.dropLast(suffix.count))] = path
        }
        return stems
    }
}
