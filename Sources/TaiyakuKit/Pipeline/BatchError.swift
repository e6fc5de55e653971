/// Why a batch could not be assembled. A pair that fails to load is not a `BatchError`: it is reported in the
/// batch's results and the other pairs still run.
public enum BatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A manifest line that is not `SOURCE<TAB>TARGET`; `line` is 1-based.
    case malformedManifestLine(file: String, line: Int, reason: String)
    /// A manifest with no pair in it (only blank lines and comments).
    case emptyManifest(file: String)
    /// A manifest naming a file outside the folder it is confined to (`root`; `nil`: the manifest's own folder).
    case pathOutsideRoot(file: String, line: Int, path: String, root: String?)
    /// A folder whose entries cannot be listed.
    case unreadableDirectory(path: String, reason: String)
    /// Language suffixes that cannot tell sources from targets (`.en.txt` and `.en.txt`).
    case sameSuffix(suffix: String)

    public var description: String {
        switch self {
        case .malformedManifestLine(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .emptyManifest(let file):
            return "\(file): lists no pair (expected lines SOURCE<TAB>TARGET)"
        case .pathOutsideRoot(let file, let line, let path, let root):
            let folder = root.map { "the folder \($0) (--pairs-root)" } ?? "the manifest's folder"
            return "\(file):\(line): \(path) lies outside \(folder); a manifest reviews only files inside it "
                + "(move the files there, or run with --pairs-root FOLDER or --allow-outside-paths if you trust the manifest)"
        case .unreadableDirectory(let path, let reason):
            return "\(path): cannot list the directory: \(reason)"
        case .sameSuffix(let suffix):
            return "sources and targets would both end in '\(suffix)': give two different languages"
        }
    }
}
