import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A list of pairs to check in one run: a UTF-8 text file with one pair per line, `SOURCE<TAB>TARGET`.
///
/// Paths are relative to the manifest's folder (absolute paths are kept). Blank lines and lines whose first
/// non-blank character is `#` are ignored; a line may end in CRLF. Pairs keep the manifest's order.
///
/// A manifest can name any file, which is right for one's own manifest but not for one that comes with a pull
/// request: reviewed files land in the reports CI publishes. `confined(to:)` refuses files outside a folder (by
/// default the manifest's own), after following symbolic links and `..`.
public struct PairManifest: Sendable, Equatable {
    /// The manifest's path, as given.
    public let file: String
    /// The pairs in manifest order, named by the source path as written.
    public let pairs: [BatchPair]
    /// The 1-based manifest line of each pair.
    private let lines: [Int]

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
        var lines: [Int] = []
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
            lines.append(index + 1)
        }
        guard !pairs.isEmpty else { throw .emptyManifest(file: document.name) }
        self.pairs = pairs
        self.lines = lines
    }

    /// The manifest, after checking that every file it names lies inside `root` (by default the manifest's
    /// folder), with symbolic links followed and `..` resolved.
    /// - Throws: `BatchError.pathOutsideRoot` naming the manifest line of the first file outside.
    public func confined(to root: String? = nil) throws(BatchError) -> PairManifest {
        let folder = root ?? Self.folder(of: file)
        let resolvedRoot = Self.resolved(folder.isEmpty ? "." : folder)
        for (pair, line) in zip(pairs, lines) {
            for path in [pair.source, pair.target] {
                let resolvedPath = Self.resolved(path)
                let inside = resolvedRoot == "/" || resolvedPath == resolvedRoot || resolvedPath.hasPrefix(resolvedRoot + "/")
                guard inside else {
                    throw .pathOutsideRoot(file: file, line: line, path: path, root: root == nil ? nil : folder)
                }
            }
        }
        return self
    }

    /// `path` made absolute, with symbolic links followed where it exists and `.` and `..` removed.
    static func resolved(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        // A file that does not exist yet: its folder resolved, its name kept (it fails later as "no such file").
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        if parent != path, let real = realpath(parent, nil) {
            defer { free(real) }
            let base = String(cString: real)
            return (base == "/" ? "" : base) + "/" + url.lastPathComponent
        }
        return url.path
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
