/// Writes a glossary as ISO 30042:2019 TBX-Basic (DCA style).
///
/// Layout: one `conceptEntry` per entry with its id; `descrip type="subjectField"` holds the kind,
/// `admin type="source"` where it was seen, `note` the note (each only when not empty); one `langSec` per
/// language with a `termSec` per form, in the order preferred, accepted, deprecated, each with its
/// `termNote type="administrativeStatus"`. The output has no DOCTYPE and no external references.
package enum TBXGlossaryWriter {
    /// The TBX text of `glossary`.
    /// - Parameter sourceName: named in the header's source description.
    /// - Throws: `GlossaryError.unrepresentable` for a control character XML 1.0 cannot hold.
    package static func text(of glossary: Glossary, sourceName: String, file: String) throws(GlossaryError) -> String {
        var output = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>\(escape(sourceName))</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        for entry in glossary.entries {
            try check(entry, file: file)
            output += "      <conceptEntry id=\"\(escape(entry.id))\">\n"
            output += "        <descrip type=\"subjectField\">\(escape(entry.kind.rawValue))</descrip>\n"
            if !entry.seenIn.isEmpty {
                output += "        <admin type=\"source\">\(escape(entry.seenIn))</admin>\n"
            }
            if !entry.note.isEmpty {
                output += "        <note>\(escape(entry.note))</note>\n"
            }
            for language in Language.allCases {
                guard let terms = entry.terms(in: language) else { continue }
                output += "        <langSec xml:lang=\"\(language.rawValue)\">\n"
                for form in terms.forms {
                    output += "          <termSec>\n"
                    output += "            <term>\(escape(form.text))</term>\n"
                    output += "            <termNote type=\"administrativeStatus\">\(statusValue(form.status))</termNote>\n"
                    output += "          </termSec>\n"
                }
                output += "        </langSec>\n"
            }
            output += "      </conceptEntry>\n"
        }
        output += """
                </body>
              </text>
            </tbx>

            """
        return output
    }

    static func statusValue(_ status: TermStatus) -> String {
        switch status {
        case .preferred: return "preferredTerm-admn-sts"
        case .accepted: return "admittedTerm-admn-sts"
        case .deprecated: return "deprecatedTerm-admn-sts"
        }
    }

    private static func check(_ entry: GlossaryEntry, file: String) throws(GlossaryError) {
        let fields = [("its id", entry.id), ("its note", entry.note), ("where it was seen", entry.seenIn)]
            + entry.terms.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { language, terms in
                terms.forms.map { ("a \(language.rawValue) term", $0.text) }
            }
        for (field, text) in fields {
            if let scalar = text.unicodeScalars.first(where: { !MarkupElement.canHold($0) }) {
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw .unrepresentable(
                    file: file, concept: entry.id,
                    reason: "\(field) holds U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), "
                        + "a character XML cannot hold; remove it from the glossary")
            }
        }
    }

    /// Escapes the XML special characters so that a reader gets the text back exactly (`MarkupElement.escape` in its
    /// attribute form, which is also right for element content).
    static func escape(_ text: String) -> String {
        MarkupElement.escape(text, attribute: true)
    }
}
