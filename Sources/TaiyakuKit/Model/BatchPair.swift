/// One pair of a batch: a release and its translation, named for reports.
public struct BatchPair: Sendable, Hashable, Codable {
    /// How reports name the pair: the shared stem (`x` for `x.en.txt` ↔ `x.ja.txt`) or the manifest's source path.
    public let name: String
    /// The source file's path, as given or joined to the manifest's folder.
    public let source: String
    /// The target file's path.
    public let target: String

    public init(name: String, source: String, target: String) {
        self.name = name
        self.source = source
        self.target = target
    }
}
