import CLibXML2
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads TBX: ISO 30042:2019 TBX-Basic (`tbx` / `conceptEntry` / `langSec` / `termSec` / `term`) and the older
/// ISO 30042:2008 layout (`martif` / `termEntry` / `langSet` / `tig` or `ntig`/`termGrp` / `term`).
///
/// What is read: the concept id (`id`), its kind (`descrip type="subjectField"`), where it was seen
/// (`admin type="source"`) and its note (`note`), all at concept level; in each language section (`xml:lang`,
/// `en-US` counts as `en`; languages Taiyaku does not check are skipped) the terms and their
/// `termNote type="administrativeStatus"`: `preferredTerm-admn-sts`, `admittedTerm-admn-sts`,
/// `deprecatedTerm-admn-sts` or `supersededTerm-admn-sts` (read as deprecated). A term without a status is the
/// preferred one when it comes first, else accepted. Notes on terms and other data categories are not read.
///
/// Security: before the reading parser sees the file, `XMLDeclarationGate` has libxml2 parse it with every
/// declaration and entity callback set to refuse: a document type declaration, an entity, element, attribute or
/// notation declaration, a reference to an entity other than the predefined five, or elements nested deeper than
/// `Limits.maximumXMLDepth` end the reading with `GlossaryError.forbiddenXML`, wherever they hide. The reading
/// parser refuses the same things through its delegate callbacks as a second line, and never resolves external
/// entities. No entity, internal or external, is ever expanded or fetched.
package enum TBXGlossaryReader {
    /// Reads a TBX file from its bytes (`units` is the same text decoded, for the declaration's encoding).
    /// - Throws: `GlossaryError.forbiddenXML` for a DOCTYPE, a declaration, an entity reference or elements nested
    ///   too deep; `.malformedXML` for text that is not well-formed XML, not UTF-8 by its declaration, or not TBX.
    package static func read(
        bytes: [UInt8], units: [UInt16], file: String, limits: Limits = .standard
    ) throws(GlossaryError) -> GlossaryReading {
        if let violation = XMLDeclarationGate.firstViolation(in: bytes, limits: limits) {
            throw .forbiddenXML(file: file, line: violation.line, reason: violation.reason)
        }
        try requireUTF8Declaration(in: units, file: file)
        let handler = TBXParseHandler(file: file, maximumDepth: limits.maximumXMLDepth)
        // Fed as a stream: given the whole file as one chunk, libxml2 (without XML_PARSE_HUGE, which Foundation
        // does not set) fails with an internal error on files above about 10 MB.
        let parser = XMLParser(stream: InputStream(data: Data(bytes)))
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = handler
        let parsed = parser.parse()
        if let failure = handler.failure {
            throw failure
        }
        // libxml2 recovers from some errors and `parse()` then still returns true: any reported error fails.
        if let (error, line) = handler.firstParseError {
            throw .malformedXML(file: file, line: line, reason: describe(error))
        }
        guard parsed, parser.parserError == nil else {
            let reason = parser.parserError.map { describe($0) } ?? "the XML parser stopped"
            throw .malformedXML(file: file, line: max(1, parser.lineNumber), reason: reason)
        }
        guard handler.sawRoot else {
            throw .malformedXML(file: file, line: 1, reason: "no root element; a TBX glossary starts with <tbx> or <martif>")
        }
        return handler.reading
    }

    /// Rejects an XML declaration that names an encoding other than UTF-8 (the bytes were checked as UTF-8).
    static func requireUTF8Declaration(in units: [UInt16], file: String) throws(GlossaryError) {
        let prefix = String(units: units.prefix(200))
        guard prefix.hasPrefix("<?xml"), let end = prefix.range(of: "?>") else { return }
        let declaration = prefix[..<end.lowerBound]
        guard let encodingRange = declaration.range(of: "encoding") else { return }
        let rest = declaration[encodingRange.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return }
        let value = rest.dropFirst().prefix { $0 != quote }
        if !["utf-8", "utf8"].contains(value.lowercased()) {
            throw .malformedXML(file: file, line: 1, reason: "declared encoding '\(value)'; only UTF-8 is read")
        }
    }

    /// A parser error in the user's words. FoundationXML on Linux passes on libxml2's own error numbers (not
    /// `XMLParser.ErrorCode`'s), which mean nothing to a reader.
    private static func describe(_ error: Error) -> String {
        let code = (error as NSError).code
        func any(_ errors: xmlParserErrors...) -> Bool { errors.contains { Int($0.rawValue) == code } }
        if any(XML_ERR_TAG_NAME_MISMATCH, XML_ERR_TAG_NOT_FINISHED) { return "an end tag does not match its start tag" }
        if any(XML_ERR_DOCUMENT_END, XML_ERR_EXTRA_CONTENT) {
            return "text after the end of the root element, or the root element is not closed"
        }
        if any(XML_ERR_DOCUMENT_EMPTY) { return "the document is empty" }
        if any(XML_ERR_INVALID_CHAR, XML_ERR_INVALID_CHARREF, XML_ERR_INVALID_DEC_CHARREF, XML_ERR_INVALID_HEX_CHARREF) {
            return "a character XML does not allow (a control character, U+FFFE or U+FFFF); remove it"
        }
        if any(XML_ERR_UNDECLARED_ENTITY, XML_WAR_UNDECLARED_ENTITY, XML_ERR_ENTITYREF_SEMICOL_MISSING, XML_ERR_ENTITYREF_NO_NAME) {
            return "a malformed or unknown entity reference (write & as &amp;)"
        }
        if any(XML_ERR_LT_IN_ATTRIBUTE) { return "a '<' inside an attribute value (write it as &lt;)" }
        if any(
            XML_ERR_ATTRIBUTE_NOT_STARTED, XML_ERR_ATTRIBUTE_NOT_FINISHED, XML_ERR_ATTRIBUTE_WITHOUT_VALUE,
            XML_ERR_ATTRIBUTE_REDEFINED, XML_ERR_LITERAL_NOT_STARTED, XML_ERR_LITERAL_NOT_FINISHED)
        {
            return "a malformed attribute (attribute values are quoted, each attribute given once)"
        }
        if any(XML_ERR_GT_REQUIRED, XML_ERR_LTSLASH_REQUIRED) { return "a tag is not closed ('>' missing)" }
        if any(XML_ERR_COMMENT_NOT_FINISHED) { return "a comment is not closed (-->)" }
        if any(XML_ERR_PI_NOT_FINISHED) { return "a processing instruction is not closed (?>)" }
        if any(XML_ERR_CDATA_NOT_FINISHED) { return "a CDATA section is not closed (]]>)" }
        if any(XML_ERR_NAME_REQUIRED, XML_ERR_SPACE_REQUIRED) { return "a tag or attribute name is missing" }
        if any(XML_ERR_UNSUPPORTED_ENCODING, XML_ERR_UNKNOWN_ENCODING) {
            return "an encoding Taiyaku cannot read; save the file as UTF-8"
        }
        return "text that is not well-formed XML; open it in an XML editor to find the problem"
    }
}

/// The SAX handler behind `TBXGlossaryReader`. `XMLParserDelegate` requires a class; this one lives for one parse.
private final class TBXParseHandler: NSObject, XMLParserDelegate {
    let file: String
    var reading = GlossaryReading()
    var failure: GlossaryError?
    var sawRoot = false
    var firstParseError: (Error, Int)?

    private var stack: [String] = []
    private var concept: ConceptDraft?
    private var language: Language?
    private var term: (text: String, status: String?, line: Int)?
    private var capture: Capture?
    private var captured = ""

    private enum Capture {
        case term, status, kind, source, note
    }

    private struct ConceptDraft {
        var id: String
        var line: Int
        var kind: String?
        var source: String?
        var notes: [String] = []
        var terms: [Language: [(text: String, status: String?, line: Int)]] = [:]
    }

    let maximumDepth: Int

    init(file: String, maximumDepth: Int) {
        self.file = file
        self.maximumDepth = maximumDepth
    }

    private static func localName(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        let name = Self.localName(elementName)
        let parent = stack.last
        stack.append(name)
        let line = max(1, parser.lineNumber)
        if stack.count > maximumDepth {
            fail(
                .forbiddenXML(
                    file: file, line: line,
                    reason: "elements are nested more than \(maximumDepth) deep, deeper than Taiyaku reads"),
                parser)
            return
        }
        if !sawRoot {
            sawRoot = true
            guard name == "tbx" || name == "martif" else {
                fail(.malformedXML(file: file, line: line, reason: "the root element is <\(name)>, not <tbx> or <martif>"), parser)
                return
            }
            return
        }
        switch name {
        case "conceptEntry", "termEntry":
            let id = attributeDict["id"] ?? attributeDict["xml:id"] ?? ""
            concept = ConceptDraft(id: id, line: line)
        case "langSec", "langSet":
            let tag = attributeDict["xml:lang"] ?? attributeDict["lang"] ?? ""
            let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
            language = Language(rawValue: primary)
        case "termSec", "tig", "ntig":
            if language != nil { term = ("", nil, line) }
        case "term":
            if term != nil { begin(.term) }
        case "termNote":
            if term != nil, attributeDict["type"] == "administrativeStatus" { begin(.status) }
        case "descrip":
            if isConceptLevel(parent), attributeDict["type"] == "subjectField" { begin(.kind) }
        case "admin":
            if isConceptLevel(parent), attributeDict["type"] == "source" { begin(.source) }
        case "note":
            if isConceptLevel(parent) { begin(.note) }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture != nil { captured += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if capture != nil { captured += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        let name = Self.localName(elementName)
        stack.removeLast()
        switch name {
        case "term":
            if capture == .term { term?.text = finishCapture() }
        case "termNote":
            if capture == .status { term?.status = finishCapture().trimmingWhiteSpace }
        case "descrip":
            if capture == .kind { concept?.kind = finishCapture().trimmingWhiteSpace }
        case "admin":
            if capture == .source { concept?.source = finishCapture() }
        case "note":
            if capture == .note { concept?.notes.append(finishCapture()) }
        case "termSec", "tig", "ntig":
            if let term, let language {
                concept?.terms[language, default: []].append(term)
            }
            term = nil
        case "langSec", "langSet":
            language = nil
        case "conceptEntry", "termEntry":
            if let concept { finish(concept) }
            concept = nil
        default:
            break
        }
    }

    // A second line behind `XMLDeclarationGate`: any declaration the parser reports ends the reading. (The
    // notation callback is not implemented: FoundationXML on Linux crashes calling it; the gate refuses notations.)
    func parser(
        _ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String,
        type: String?, defaultValue: String?
    ) {
        refuse("an ATTLIST declaration", parser)
    }

    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
        refuse("an ELEMENT declaration", parser)
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse("an ENTITY declaration", parser)
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        refuse("an ENTITY declaration", parser)
    }

    func parser(
        _ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?,
        notationName: String?
    ) {
        refuse("an ENTITY declaration", parser)
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        refuse("an external entity", parser)
        return nil
    }

    private func refuse(_ what: String, _ parser: XMLParser) {
        fail(.forbiddenXML(file: file, line: max(1, parser.lineNumber), reason: XMLDeclarationGate.declaration(what)), parser)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstParseError == nil { firstParseError = (parseError, max(1, parser.lineNumber)) }
    }

    private func isConceptLevel(_ parent: String?) -> Bool {
        concept != nil && (parent == "conceptEntry" || parent == "termEntry")
    }

    private func begin(_ kind: Capture) {
        capture = kind
        captured = ""
    }

    private func finishCapture() -> String {
        capture = nil
        defer { captured = "" }
        return captured
    }

    private func fail(_ error: GlossaryError, _ parser: XMLParser) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    private func finish(_ draft: ConceptDraft) {
        var problems: [String] = []
        let id = draft.id.trimmingWhiteSpace
        if id.isEmpty { problems.append("concept without an id") }
        let kindText = draft.kind ?? GlossaryEntry.Kind.term.rawValue
        let kind = GlossaryEntry.Kind(rawValue: kindText) ?? .term
        if GlossaryEntry.Kind(rawValue: kindText) == nil {
            problems.append("unknown kind '\(kindText)' in <descrip type=\"subjectField\">")
        }
        var terms: [Language: GlossaryTerms] = [:]
        for language in Language.allCases {
            guard let drafts = draft.terms[language], !drafts.isEmpty else {
                problems.append("no term in \(language.rawValue)")
                continue
            }
            var preferred: String?
            var accepted: [String] = []
            var deprecated: [String] = []
            for (position, draftTerm) in drafts.enumerated() {
                let text = draftTerm.text.trimmingWhiteSpace
                if text.isEmpty {
                    problems.append("empty term in \(language.rawValue)")
                    continue
                }
                switch draftTerm.status {
                case "preferredTerm-admn-sts":
                    if preferred == nil { preferred = text } else { accepted.append(text) }
                case nil where position == 0:
                    preferred = text
                case "admittedTerm-admn-sts", nil:
                    accepted.append(text)
                case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts":
                    deprecated.append(text)
                case .some(let other):
                    problems.append("unknown administrative status '\(other)' for '\(text)'")
                    accepted.append(text)
                }
            }
            if preferred == nil, !accepted.isEmpty {
                preferred = accepted.removeFirst()
            }
            if preferred == nil {
                problems.append("no preferred or admitted term in \(language.rawValue)")
            }
            terms[language] = GlossaryTerms(preferred: preferred ?? "", accepted: accepted, deprecated: deprecated)
        }
        let entry = GlossaryEntry(
            id: id, kind: kind, terms: terms, note: draft.notes.joined(separator: "\n"), seenIn: draft.source ?? "")
        reading.entries.append(entry)
        reading.origins.append(Glossary.Origin(file: file, line: draft.line))
        reading.problems += problems.map { GlossaryProblem(file: file, line: draft.line, message: $0) }
    }
}
