import Foundation

/// Which pair a finding belongs to, as a run's reports name it: the source and target files' paths relative to the
/// run's working directory (absolute when a file lies outside it). SARIF fingerprints and baselines include it, so
/// that the same finding in two pairs of a batch stays two findings.
public struct ArtifactPair: Sendable, Hashable, Codable {
    public let source: String
    public let target: String

    /// A pair from paths already relative to the run.
    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }

    /// The files of `review` (its documents' names: the paths it was loaded from), relative to `workingDirectory`.
    public init(_ review: Review, workingDirectory: String) {
        self.init(
            source: Self.path(review.source.document.name, relativeTo: workingDirectory),
            target: Self.path(review.target.document.name, relativeTo: workingDirectory))
    }

    /// `path`, standardised (`./`, `..` resolved), relative to `directory` when it lies inside it, else absolute.
    static func path(_ path: String, relativeTo directory: String) -> String {
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        let absolute = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
        let basePath = base.standardizedFileURL.path
        let prefix = basePath.hasSuffix("/") ? basePath : basePath + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
