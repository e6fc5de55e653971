/// A terminology glossary: concepts with their preferred, accepted and deprecated forms in each language.
///
/// Read one with `Glossary.load(contentsOf:)`; several files combine with `Glossary(merging:)`.
public struct Glossary: Sendable {
    /// The file the glossary was read from (several names joined by `+` after merging).
    public let name: String
    public let entries: [GlossaryEntry]
    /// For each entry, the file it was read from and its 1-based line (0 for entries built in code).
    package let origins: [Origin]
    private let indexByID: [String: Int]

    /// Where an entry was read.
    package struct Origin: Sendable, Hashable {
        package let file: String
        package let line: Int
    }

    /// A glossary built in code.
    public init(name: String, entries: [GlossaryEntry]) {
        self.init(name: name, entries: entries, origins: entries.map { _ in Origin(file: name, line: 0) })
    }

    package init(name: String, entries: [GlossaryEntry], origins: [Origin]) {
        precondition(entries.count == origins.count, "one origin per entry")
        self.name = name
        self.entries = entries
        self.origins = origins
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.id] == nil {
            index[entry.id] = position
        }
        self.indexByID = index
    }

    /// Several glossaries as one, entries in the order given.
    /// - Throws: `GlossaryError.duplicateConcept` when two entries share an id.
    public init(merging glossaries: [Glossary]) throws(GlossaryError) {
        var entries: [GlossaryEntry] = []
        var origins: [Origin] = []
        var seen: [String: Origin] = [:]
        for glossary in glossaries {
            for (entry, origin) in zip(glossary.entries, glossary.origins) {
                if let first = seen[entry.id] {
                    throw .duplicateConcept(
                        id: entry.id, file: origin.file, line: origin.line, firstFile: first.file,
                        firstLine: first.line)
                }
                seen[entry.id] = origin
                entries.append(entry)
                origins.append(origin)
            }
        }
        self.init(name: glossaries.map(\.name).joined(separator: "+"), entries: entries, origins: origins)
    }

    /// The entry with `id`, or `nil`.
    public func entry(id: String) -> GlossaryEntry? {
        indexByID[id].map { entries[$0] }
    }

    /// The 1-based line the entry at `index` was read from (0 for entries built in code).
    public func line(ofEntryAt index: Int) -> Int {
        origins[index].line
    }
}
