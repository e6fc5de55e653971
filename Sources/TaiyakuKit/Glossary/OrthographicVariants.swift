import Foundation

/// Groups of spellings of one word that one document must not mix (改訂/改定, 取組/取り組み, 及び/および),
/// read from a TSV file with the header `id	preferred	variants	note`.
public struct OrthographicVariants: Sendable {
    /// One word and its spellings.
    public struct Group: Sendable, Hashable {
        public let id: String
        /// The spelling public-document style recommends.
        public let preferred: String
        /// The other spellings.
        public let variants: [String]
        public let note: String

        public init(id: String, preferred: String, variants: [String], note: String = "") {
            self.id = id
            self.preferred = preferred
            self.variants = variants
            self.note = note
        }
    }

    /// The file the groups were read from.
    public let name: String
    /// The language the spellings belong to.
    public let language: Language
    public let groups: [Group]
    /// The 1-based line each group was read from (empty for groups built in code).
    package let lines: [Int]

    public init(name: String, language: Language, groups: [Group]) {
        self.init(name: name, language: language, groups: groups, lines: [])
    }

    package init(name: String, language: Language, groups: [Group], lines: [Int]) {
        self.name = name
        self.language = language
        self.groups = groups
        self.lines = lines
    }

    /// Reads the groups at `path`. The language is named in the file name (`variants.ja.tsv`) unless given.
    /// - Throws: `GlossaryError` naming the file and line: unreadable file, invalid UTF-8, a bad header, a wrong
    ///   number of columns, an empty form, or a file name that names no language.
    public static func load(contentsOf path: String, language: Language? = nil) throws(GlossaryError) -> OrthographicVariants {
        let parts = URL(fileURLWithPath: path).lastPathComponent.split(separator: ".")
        let named = parts.count >= 3 ? Language(rawValue: String(parts[parts.count - 2])) : nil
        guard let language = language ?? named else {
            throw .malformedRow(
                file: path, line: 1, reason: "cannot tell the language of the variants; name the file variants.<en|ja>.tsv")
        }
        return try OrthographicVariants(name: path, bytes: try Glossary.readBytes(path), language: language)
    }

    /// Reads groups from `bytes` (TSV, header `id	preferred	variants	note`; variants separated by ` | `).
    public init(name: String, bytes: some Collection<UInt8>, language: Language) throws(GlossaryError) {
        try GlossaryReading.check(bytes, name: name)
        var records = DelimitedRecords.tabSeparated(Array(bytes)).drop { $0.isBlank }[...]
        let expected = ["id", "preferred", "variants", "note"]
        guard let header = records.popFirst(),
            header.fields.map({ $0.trimmingWhiteSpace.lowercased() }) == expected
        else {
            throw .malformedRow(file: name, line: 1, reason: "the header must be: \(expected.joined(separator: ", "))")
        }
        var groups: [Group] = []
        var lines: [Int] = []
        for record in records where !record.isBlank {
            guard record.fields.count == expected.count else {
                throw .malformedRow(
                    file: name, line: record.line, reason: "\(record.fields.count) column\(record.fields.count == 1 ? "" : "s"), expected \(expected.count)")
            }
            let id = record.fields[0].trimmingWhiteSpace
            let preferred = record.fields[1].trimmingWhiteSpace
            let (variants, hasEmpty) = GlossaryTable.splitList(record.fields[2])
            if id.isEmpty || preferred.isEmpty || variants.isEmpty || hasEmpty {
                throw .malformedRow(
                    file: name, line: record.line, reason: "a group needs an id, a preferred form and variants")
            }
            groups.append(Group(id: id, preferred: preferred, variants: variants, note: record.fields[3]))
            lines.append(record.line)
        }
        self.init(name: name, language: language, groups: groups, lines: lines)
    }

    /// The groups as a glossary (preferred form and accepted variants), so that the term matcher finds them.
    package var asGlossary: Glossary {
        Glossary(
            name: name,
            entries: groups.map { group in
                GlossaryEntry(
                    id: group.id, kind: .term,
                    terms: [language: GlossaryTerms(preferred: group.preferred, accepted: group.variants)])
            })
    }
}
