/// A minimal XML element tree with correct escaping, so that TMX and JUnit reports are built as structures, never
/// by pasting strings together.
public struct XMLElement: Sendable, Equatable {
    public enum Child: Sendable, Equatable {
        case element(XMLElement)
        case text(String)
    }

    public let name: String
    /// Attributes in the order they are written (deterministic output).
    public let attributes: [(String, String)]
    public let children: [Child]

    public init(_ name: String, attributes: [(String, String)] = [], children: [Child] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    public init(_ name: String, attributes: [(String, String)] = [], text: String) {
        self.init(name, attributes: attributes, children: [.text(text)])
    }

    public static func == (lhs: XMLElement, rhs: XMLElement) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children
            && lhs.attributes.map(\.0) == rhs.attributes.map(\.0) && lhs.attributes.map(\.1) == rhs.attributes.map(\.1)
    }

    /// The element as an XML document: declaration, optional doctype line, then the element indented by two spaces
    /// (text-only elements stay on one line so no white space is added to their content).
    public func document(doctype: String? = nil) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if let doctype { output += doctype + "\n" }
        write(into: &output, depth: 0)
        return output
    }

    private func write(into output: inout String, depth: Int) {
        let indent = String(repeating: "  ", count: depth)
        output += indent + "<" + name
        for (key, value) in attributes {
            output += " \(key)=\"\(Self.escape(value, attribute: true))\""
        }
        if children.isEmpty {
            output += "/>\n"
            return
        }
        if children.allSatisfy({ if case .text = $0 { return true } else { return false } }) {
            output += ">"
            for case .text(let text) in children { output += Self.escape(text, attribute: false) }
            output += "</\(name)>\n"
            return
        }
        output += ">\n"
        for child in children {
            switch child {
            case .element(let element):
                element.write(into: &output, depth: depth + 1)
            case .text(let text):
                output += indent + "  " + Self.escape(text, attribute: false) + "\n"
            }
        }
        output += indent + "</\(name)>\n"
    }

    /// Escapes markup characters and drops characters XML 1.0 forbids (C0 controls other than tab, LF, CR).
    public static func escape(_ text: String, attribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "\n" where attribute: output += "&#10;"
            case "\t" where attribute: output += "&#9;"
            case "\u{9}", "\u{A}", "\u{D}": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
