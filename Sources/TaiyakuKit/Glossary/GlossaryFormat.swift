/// A file format for glossaries, chosen by the file name's extension.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// Taiyaku's native format: UTF-8, tab-separated, one header line (see README, "Glossaries").
    case tsv
    /// The same columns as comma-separated values, as spreadsheet programs export them (quoted fields may hold
    /// commas, quotes and line breaks; a UTF-8 byte order mark is allowed).
    case csv
    /// TermBase eXchange, ISO 30042:2019 TBX-Basic (the older `martif` layout is read too).
    case tbx

    /// The format a path's extension names (case-insensitive), or `nil`.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
