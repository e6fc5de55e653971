/// Finds problems in a glossary file: empty terms, unknown kinds, duplicate concept ids, a term under two
/// concepts (compared as the matcher compares them: ignoring case, width, dashes and quotes), a form listed twice
/// in one concept, and a deprecated form equal to the preferred or an accepted one. A variant-group file
/// (`variants.ja.tsv`, recognised by its header) is checked for duplicate ids and spellings in two groups.
package enum GlossaryLinter {
    /// One problem, at a line of the file.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String

        /// `FILE:LINE: message`.
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// The problems in the glossary at `path`, ordered by line.
    /// - Throws: `GlossaryError` when the file cannot be read at all (missing, invalid UTF-8, wrong column count,
    ///   unclosed quote, malformed or forbidden XML); `ICUError` if ICU cannot normalise a term.
    public static func lint(contentsOf path: String) throws -> [Problem] {
        guard let format = GlossaryFormat(path: path) else { throw GlossaryError.unknownFormat(file: path) }
        let bytes = try Glossary.readBytes(path)
        if format == .tsv, bytes.starts(with: Array("id\tpreferred\t".utf8)) {
            return try lint(variants: OrthographicVariants.load(contentsOf: path))
        }
        return try lint(GlossaryReading.read(bytes, name: path, format: format))
    }

    /// The problems in orthographic variant groups: a duplicate id, a spelling listed twice or in two groups.
    package static func lint(variants: OrthographicVariants) -> [Problem] {
        var problems: [Problem] = []
        var groupOfForm: [String: (id: String, line: Int)] = [:]
        var lineOfID: [String: Int] = [:]
        for (position, group) in variants.groups.enumerated() {
            let line = variants.lines.indices.contains(position) ? variants.lines[position] : 0
            func problem(_ message: String) { problems.append(Problem(file: variants.name, line: line, message: message)) }
            if let first = lineOfID[group.id] {
                problem("duplicate group id '\(group.id)' (first at line \(first))")
            } else {
                lineOfID[group.id] = line
            }
            var seen: Set<String> = []
            for form in [group.preferred] + group.variants {
                guard seen.insert(form).inserted else {
                    problem("'\(form)' is listed twice in group '\(group.id)'")
                    continue
                }
                if let owner = groupOfForm[form], owner.id != group.id {
                    problem("'\(form)' also belongs to group '\(owner.id)' (line \(owner.line))")
                } else {
                    groupOfForm[form] = (group.id, line)
                }
            }
        }
        return problems
    }

    package static func lint(_ reading: GlossaryReading) throws(ICUError) -> [Problem] {
        var problems = reading.problems.map { Problem(file: $0.file, line: $0.line, message: $0.message) }
        var firstLineOfID: [String: Int] = [:]
        for (entry, origin) in zip(reading.entries, reading.origins) where !entry.id.isEmpty {
            if let first = firstLineOfID[entry.id] {
                problems.append(
                    Problem(
                        file: origin.file, line: origin.line,
                        message: "duplicate concept id '\(entry.id)' (first at line \(first))"))
            } else {
                firstLineOfID[entry.id] = origin.line
            }
        }
        var folder = TextFolder()
        for language in Language.allCases {
            var owners: [[UInt16]: (id: String, line: Int, form: String, caseSensitive: Bool, cased: [UInt16])] = [:]
            for (entry, origin) in zip(reading.entries, reading.origins) {
                guard let terms = entry.terms(in: language) else { continue }
                func problem(_ message: String) {
                    problems.append(Problem(file: origin.file, line: origin.line, message: message))
                }
                let code = language.rawValue
                var seen: [String: TermStatus] = [:]
                for form in terms.forms where !form.text.isEmpty {
                    if let earlier = seen[form.text] {
                        switch (earlier, form.status) {
                        case (_, .deprecated) where earlier != .deprecated:
                            problem("deprecated \(code) form '\(form.text)' is also its \(earlier.rawValue) form")
                        case (.preferred, .accepted):
                            problem("accepted \(code) form '\(form.text)' repeats the preferred form")
                        default:
                            problem("\(code) form '\(form.text)' is listed twice")
                        }
                        continue
                    }
                    seen[form.text] = form.status
                    let key = try folder.foldedKey(form.text)
                    let caseSensitive = TermMatcher.isAcronym(form.text)
                    if let owner = owners[key.folded], owner.id != entry.id {
                        if !(caseSensitive && owner.caseSensitive && owner.cased != key.cased) {
                            problem(
                                "\(code) term '\(form.text)' also belongs to concept '\(owner.id)' (line \(owner.line)"
                                    + (owner.form == form.text ? ")" : ", as '\(owner.form)')"))
                        }
                    } else if owners[key.folded] == nil {
                        owners[key.folded] = (entry.id, origin.line, form.text, caseSensitive, key.cased)
                    }
                }
            }
        }
        return problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
