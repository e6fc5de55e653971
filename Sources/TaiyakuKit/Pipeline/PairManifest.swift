import Foundation

/// A list of pairs to check in one run: a UTF-8 text file with one pair per line, `SOURCE<TAB>TARGET`.
///
/// Paths are relative to the manifest's folder (absolute paths are kept). Blank lines and lines whose first
/// non-blank character is `#` are ignored; a line may end in CRLF. Pairs keep the manifest's order.
public struct PairManifest: Sendable, Equatable {
    /// The manifest's path, as given.
    public let file: String
    /// The pairs in manifest order, named by the source path as written.
    public let pairs: [BatchPair]

    /// Parses a manifest's text.
    /// - Parameters:
    ///   - document: the manifest, decoded; its name is the path used in errors and as the base of relative paths.
    /// - Throws: `BatchError.malformedManifestLine` naming the file and line of a line without exactly one tab
    ///   or with an empty side; `BatchError.emptyManifest` when no line names a pair.
    /// - Complexity: O(n) in the length of the manifest.
    public init(_ document: Document) throws(BatchError) {
        file = document.name
        let folder = Self.folder(of: document.name)
        var pairs: [BatchPair] = []
        for (index, start) in document.lineStarts.enumerated() {
            let end = index + 1 < document.lineStarts.count ? document.lineStarts[index + 1] : document.units.count
            var line = document.text(in: start..<end)
            while let last = line.unicodeScalars.last, last == "\n" || last == "\r" {
                line.unicodeScalars.removeLast()
            }
            let content = line.trimmingCharacters(in: .whitespaces)
            if content.isEmpty || content.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                let reason = fields.count < 2
                    ? "expected SOURCE<TAB>TARGET, found no tab"
                    : "expected SOURCE<TAB>TARGET, found \(fields.count - 1) tabs"
                throw .malformedManifestLine(file: document.name, line: index + 1, reason: reason)
            }
            let source = fields[0].trimmingCharacters(in: .whitespaces)
            let target = fields[1].trimmingCharacters(in: .whitespaces)
            guard !source.isEmpty, !target.isEmpty else {
                throw .malformedManifestLine(
                    file: document.name, line: index + 1, reason: "the \(source.isEmpty ? "source" : "target") path is empty")
            }
            pairs.append(BatchPair(name: source, source: Self.join(folder, source), target: Self.join(folder, target)))
        }
        guard !pairs.isEmpty else { throw .emptyManifest(file: document.name) }
        self.pairs = pairs
    }

    /// Reads and parses the manifest at `path`.
    /// - Throws: `DocumentError` when the file cannot be read or is not UTF-8 text; `BatchError` as `init(_:)`.
    public static func load(contentsOf path: String) throws -> PairManifest {
        try PairManifest(try Document.load(contentsOf: path))
    }

    /// The folder part of `path` (empty for a bare file name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash].isEmpty ? "/" : String(path[..<slash])
    }

    /// `path` relative to `folder`, unless it is absolute (`.` adds nothing).
    static func join(_ folder: String, _ path: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty || folder == "." { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
