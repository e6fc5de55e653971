import CLibXML2

/// Decides with libxml2's own parser, before any other parser sees the file, that an XML document has no document
/// type declaration, no entity, element, attribute or notation declaration, no reference to an entity other than
/// the five predefined ones, and no element nested deeper than `Limits.maximumXMLDepth`.
///
/// Where such a declaration hides (after a processing instruction that holds `<!--`, inside a comment that a text
/// scan misreads, behind a byte order mark) does not matter: the parser itself reports the declaration through its
/// SAX callbacks, and the gate stops it there. Nothing is expanded, loaded or fetched: no DTD is loaded
/// (`XML_PARSE_DTDLOAD` is off), entities are not substituted (`XML_PARSE_NOENT` is off), the network is off
/// (`XML_PARSE_NONET`), and every entity lookup answers "none". Well-formedness is left to the reader that
/// follows; the gate only refuses, and reads past well-formedness errors as that reader does (`XML_PARSE_RECOVER`),
/// so that nothing the reader sees escapes it.
///
/// It also refuses a processing instruction without content (`<?pi?>`): libxml2 hands it on with no data, and
/// FoundationXML, the reader that follows, then reads through a null pointer and the process dies (found by the
/// `tbx` fuzz target). `<?pi ?>` and `<?xml-model href="…"?>` have content and pass.
package enum XMLDeclarationGate {
    /// What the gate refused, and on which line.
    package struct Violation: Equatable, Sendable {
        /// What was refused and what to do, in the user's words.
        package let reason: String
        package let line: Int
    }

    private struct State {
        var violation: Violation?
        var depth = 0
        let maximumDepth: Int
    }

    /// The first declaration, entity reference or too-deep element in `bytes`, or `nil` when there is none.
    /// - Complexity: O(n) in the length of the document.
    package static func firstViolation(in bytes: [UInt8], limits: Limits = .standard) -> Violation? {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.internalSubset = { context, _, _, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("a DOCTYPE declaration"))
        }
        handler.externalSubset = { context, _, _, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("a DOCTYPE declaration"))
        }
        handler.entityDecl = { context, _, _, _, _, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("an ENTITY declaration"))
        }
        handler.notationDecl = { context, _, _, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("a NOTATION declaration"))
        }
        handler.attributeDecl = { context, _, _, _, _, _, tree in
            xmlFreeEnumeration(tree)
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("an ATTLIST declaration"))
        }
        handler.elementDecl = { context, _, _, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("an ELEMENT declaration"))
        }
        handler.unparsedEntityDecl = { context, _, _, _, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("an ENTITY declaration"))
        }
        handler.getEntity = { context, _ in
            XMLDeclarationGate.refuse(
                context,
                "a reference to an entity other than &amp; &lt; &gt; &quot; &apos; (Taiyaku never expands entities); "
                    + "write the character itself or a character reference such as &#x2014;")
            return nil
        }
        handler.getParameterEntity = { context, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("a parameter entity reference"))
            return nil
        }
        handler.resolveEntity = { context, _, _ in
            XMLDeclarationGate.refuse(context, XMLDeclarationGate.declaration("an external entity"))
            return nil
        }
        handler.processingInstruction = { context, target, data in
            guard data == nil else { return }
            let name = target.map { String(cString: $0) } ?? ""
            let shown = name.count > 40 ? String(name.prefix(40)) + "…" : name
            XMLDeclarationGate.refuse(
                context,
                "a processing instruction without content (<?\(shown)?>) cannot be read safely; remove it, or give "
                    + "it content (<?\(shown) …?>)")
        }
        handler.startElementNs = { context, _, _, _, _, _, _, _, _ in
            guard let parser = XMLDeclarationGate.parserContext(context),
                let state = XMLDeclarationGate.gateState(of: parser)
            else { return }
            state.pointee.depth += 1
            if state.pointee.depth > state.pointee.maximumDepth {
                XMLDeclarationGate.refuse(
                    context,
                    "elements are nested more than \(state.pointee.maximumDepth) deep, deeper than Taiyaku reads "
                        + "(a glossary needs fewer than ten levels)")
            }
        }
        handler.endElementNs = { context, _, _, _ in
            guard let parser = XMLDeclarationGate.parserContext(context),
                let state = XMLDeclarationGate.gateState(of: parser)
            else { return }
            state.pointee.depth -= 1
        }
        // Well-formedness errors are the reader's to report; the gate stays quiet.
        handler.serror = { _, _ in }

        let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State(maximumDepth: limits.maximumXMLDepth))
        defer {
            state.deinitialize(count: 1)
            state.deallocate()
        }
        guard let parser = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else {
            return Violation(reason: "the XML parser could not be started (out of memory?)", line: 1)
        }
        defer { xmlFreeParserCtxt(parser) }
        parser.pointee._private = UnsafeMutableRawPointer(state)
        // XML_PARSE_RECOVER as FoundationXML's reader parses: past a well-formedness error it goes on reading (and
        // calling back), so the gate must see all it sees, not stop at the first error.
        xmlCtxtUseOptions(
            parser,
            Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_RECOVER.rawValue))

        let chunk = 1 << 16
        var offset = 0
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                while state.pointee.violation == nil {
                    let count = min(chunk, characters.count - offset)
                    let last: Int32 = offset + count >= characters.count ? 1 : 0
                    _ = xmlParseChunk(parser, characters.baseAddress.map { $0 + offset }, Int32(count), last)
                    offset += count
                    // Well-formedness errors are the reader's to report; the gate reads on to the end, as the
                    // reader does, unless libxml2 itself gives up.
                    if last == 1 || parser.pointee.disableSAX != 0 { break }
                }
            }
        }
        return state.pointee.violation
    }

    private static func parserContext(_ context: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
        context?.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    private static func gateState(of parser: xmlParserCtxtPtr) -> UnsafeMutablePointer<State>? {
        parser.pointee._private?.assumingMemoryBound(to: State.self)
    }

    static func declaration(_ what: String) -> String {
        "\(what) is not allowed (Taiyaku never processes DTDs or entities); remove it"
    }

    /// Records the first violation and stops the parser.
    private static func refuse(_ context: UnsafeMutableRawPointer?, _ reason: String) {
        guard let parser = parserContext(context), let state = gateState(of: parser) else { return }
        if state.pointee.violation == nil {
            state.pointee.violation = Violation(reason: reason, line: max(1, Int(xmlSAX2GetLineNumber(context))))
        }
        xmlStopParser(parser)
    }
}
