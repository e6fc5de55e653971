import Foundation
import Testing

@testable import TaiyakuKit

/// TBX that tries to make the parser expand, fetch or recurse: refused by libxml2's own declaration callbacks
/// (`XMLDeclarationGate`) wherever the declaration hides.
@Suite struct TBXHostileTests {
    static let body = """
        <tbx type="TBX-Basic"><text><body><conceptEntry id="place.tokyo"><langSec xml:lang="en"><termSec><term>Tokyo</term>\
        </termSec></langSec><langSec xml:lang="ja"><termSec><term>東京</term></termSec></langSec></conceptEntry></body></text></tbx>
        """

    static func read(_ text: String, prefix: [UInt8] = []) throws(GlossaryError) -> Glossary {
        try Glossary(name: "g.tbx", bytes: prefix + Array(text.utf8), format: .tbx)
    }

    static func refusal(_ text: String, prefix: [UInt8] = []) -> GlossaryError? {
        do {
            _ = try read(text, prefix: prefix)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        // The bypass of the old text scan: a PI holding `<!--` hid the DOCTYPE after it.
        "<?xml version=\"1.0\"?><?x <!-- ?><!DOCTYPE tbx [<!ENTITY a \"aaaa\">]>",
        "<?x <![CDATA[ ?><!DOCTYPE tbx SYSTEM \"file:///etc/passwd\">",
        "<!-- --><!DOCTYPE tbx PUBLIC \"-//x\" \"http://example.invalid/tbx.dtd\">",
        "<!DOCTYPE tbx>",
        "<!DOCTYPE tbx [<!ELEMENT tbx ANY>]>",
        "<!DOCTYPE tbx [<!ATTLIST tbx a CDATA #IMPLIED>]>",
        // FoundationXML alone crashes the process on this one; the gate refuses it first.
        "<!DOCTYPE tbx [<!ENTITY % p \"x\"> <!NOTATION n SYSTEM \"q\">]>",
        "<!DOCTYPE tbx [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>",
    ])
    func aDeclarationIsRefusedWhereverItHides(_ prolog: String) {
        let error = Self.refusal(prolog + "\n" + Self.body)
        guard case .forbiddenXML(let file, let line, let reason) = error else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(file == "g.tbx" && line == 1)
        #expect(reason.hasSuffix("is not allowed (Taiyaku never processes DTDs or entities); remove it"))
    }

    /// FoundationXML reads a processing instruction without content through a null pointer and the process dies;
    /// the gate refuses it first, wherever it stands, also past a well-formedness error (the reader recovers and
    /// reads on, so the gate must too). The last is the `tbx` fuzz target's crashing input as it found it.
    @Test(arguments: [
        ("<?pi?>\n" + body, 1, "pi"),
        (body.replacingOccurrences(of: "<body>", with: "<body>\n<?x?>"), 2, "x"),
        (body + "\n<?after?>", 2, "after"),
        ("<tbx><a:b/>\n<?x?></tbx>", 2, "x"),
        ("<?xml version=\"108?><?xcSL_CERT_FILE?><!DOCTYPE tbx ><?x <!-- ?><!DOCT]><tbx a$`\"&a;\">&a\n", 1, "xcSL_CERT_FILE"),
    ])
    func aProcessingInstructionWithoutContentIsRefusedNotACrash(_ text: String, _ line: Int, _ target: String) {
        let error = Self.refusal(text)
        #expect(
            error == .forbiddenXML(
                file: "g.tbx", line: line,
                reason: "a processing instruction without content (<?\(target)?>) cannot be read safely; remove it, or give it content (<?\(target) …?>)"))
    }

    @Test func aProcessingInstructionWithContentIsRead() throws {
        let glossary = try Self.read("<?xml-model href=\"TBXcoreStructV03.rng\"?><?pi ?>\n" + Self.body)
        #expect(glossary.entries.map(\.id) == ["place.tokyo"])
    }

    @Test func aLowerCaseDoctypeIsNotXMLAndRefusedAsSuch() {
        guard case .malformedXML(let file, let line, _) = Self.refusal("<!doctype tbx>\n" + Self.body) else {
            Issue.record("not refused")
            return
        }
        #expect(file == "g.tbx" && line == 1)
    }

    @Test func aDeclarationAfterAByteOrderMarkOrOnALaterLineIsRefusedWithItsLine() {
        let error = Self.refusal("<!DOCTYPE tbx SYSTEM \"x.dtd\">\n" + Self.body, prefix: [0xEF, 0xBB, 0xBF])
        #expect(error == .forbiddenXML(file: "g.tbx", line: 1, reason: "a DOCTYPE declaration is not allowed (Taiyaku never processes DTDs or entities); remove it"))
        guard case .forbiddenXML(_, let line, _) = Self.refusal("<?xml version=\"1.0\"?>\n<!-- a\ncomment -->\n<!DOCTYPE tbx>\n" + Self.body) else {
            Issue.record("not refused")
            return
        }
        #expect(line == 4)
    }

    @Test func entityReferencesOtherThanThePredefinedOnesAreRefusedAndTheseAreRead() throws {
        let glossary = try Self.read(Self.body.replacingOccurrences(of: ">Tokyo<", with: ">Tokyo &amp; &#x6771;&lt;&gt;&quot;&apos;<"))
        #expect(glossary.entries.first?.terms[.english]?.preferred == "Tokyo & 東<>\"'")
        guard case .forbiddenXML(_, _, let reason) = Self.refusal(Self.body.replacingOccurrences(of: ">Tokyo<", with: ">&tokyo;<")) else {
            Issue.record("an undeclared entity was not refused")
            return
        }
        #expect(reason.hasPrefix("a reference to an entity other than &amp;"))
    }

    @Test func deepNestingIsRefusedNotReadAsAnEmptyGlossary() {
        for depth in [65, 1_000, 100_000] {
            let text = "<tbx>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</tbx>"
            guard case .forbiddenXML(_, _, let reason) = Self.refusal(text) else {
                Issue.record("nesting \(depth) deep was not refused")
                continue
            }
            #expect(reason.hasPrefix("elements are nested more than 64 deep"))
        }
        #expect(throws: Never.self) {
            try Self.read("<tbx>" + String(repeating: "<a>", count: 60) + String(repeating: "</a>", count: 60) + "<text><body/></text></tbx>")
        }
    }

    @Test func commentsAndCDATAThatMentionADoctypeAreText() throws {
        let text = "<?xml version=\"1.0\"?>\n<!-- <!DOCTYPE x> -->\n" + Self.body.replacingOccurrences(of: ">Tokyo<", with: "><![CDATA[<!DOCTYPE x> Tokyo]]><")
        #expect(try Self.read(text).entries.first?.terms[.english]?.preferred == "<!DOCTYPE x> Tokyo")
    }
}
