/// Writes a glossary in Taiyaku's TSV format: the header of `GlossaryTable.columns`, then one line per entry.
package enum TSVGlossaryWriter {
    /// The TSV text of `glossary`, each line ended by LF.
    /// - Throws: `GlossaryError.unrepresentable` for a field holding a tab or a line break, or a variant holding
    ///   `|` (the list separator).
    package static func text(of glossary: Glossary, file: String) throws(GlossaryError) -> String {
        var output = GlossaryTable.columns.joined(separator: "\t") + "\n"
        for entry in glossary.entries {
            var fields = [entry.id, entry.kind.rawValue]
            for language in Language.allCases {
                let terms = entry.terms(in: language) ?? GlossaryTerms(preferred: "")
                for variant in terms.accepted + terms.deprecated where variant.contains("|") {
                    throw .unrepresentable(
                        file: file, concept: entry.id, reason: "the variant '\(variant)' holds '|', the list separator")
                }
                fields += [
                    terms.preferred, terms.accepted.joined(separator: GlossaryTable.listSeparator),
                    terms.deprecated.joined(separator: GlossaryTable.listSeparator),
                ]
            }
            fields += [entry.note, entry.seenIn]
            for field in fields where field.utf16.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                throw .unrepresentable(
                    file: file, concept: entry.id, reason: "a field holds a tab or a line break, which TSV cannot")
            }
            output += fields.joined(separator: "\t")
            output += "\n"
        }
        return output
    }
}
