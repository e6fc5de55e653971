/// A minimal XML element tree with correct escaping, so that TMX and JUnit reports are built as structures, never
/// by pasting strings together.
package struct MarkupElement: Sendable, Equatable {
    public enum Child: Sendable, Equatable {
        case element(MarkupElement)
        case text(String)
        /// Markup written as it is: only for Taiyaku's own static style sheets and scripts, never for input text.
        case raw(String)
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

    public static func == (lhs: MarkupElement, rhs: MarkupElement) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children
            && lhs.attributes.map(\.0) == rhs.attributes.map(\.0) && lhs.attributes.map(\.1) == rhs.attributes.map(\.1)
    }

    /// The element as an XML document: declaration, optional doctype line, then the element indented by two spaces
    /// (text-only elements stay on one line so no white space is added to their content).
    public func document(doctype: String? = nil) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        if let doctype { output += doctype + "\n" }
        write(into: &output, depth: 0, html: false)
        return output
    }

    /// The element as an HTML5 document: every element closed explicitly except the void ones (`meta`, `br`, …).
    public func htmlDocument() -> String {
        var output = "<!DOCTYPE html>\n"
        write(into: &output, depth: 0, html: true)
        return output
    }

    private static let voidElements: Set<String> = ["meta", "br", "hr", "img", "input", "link"]

    private func write(into output: inout String, depth: Int, html: Bool) {
        let indent = String(repeating: "  ", count: depth)
        output += indent + "<" + name
        for (key, value) in attributes {
            output += " \(key)=\"\(Self.escape(value, attribute: true))\""
        }
        if children.isEmpty {
            if !html {
                output += "/>\n"
            } else if Self.voidElements.contains(name) {
                output += ">\n"
            } else {
                output += "></\(name)>\n"
            }
            return
        }
        let inline = children.allSatisfy { child in
            switch child {
            case .text, .raw: return true
            case .element(let element): return html && element.isPhrasing
            }
        }
        if inline {
            output += ">"
            for child in children { child.writeInline(into: &output) }
            output += "</\(name)>\n"
            return
        }
        output += ">\n"
        for child in children {
            switch child {
            case .element(let element):
                element.write(into: &output, depth: depth + 1, html: html)
            case .text(let text):
                output += indent + "  " + Self.escape(text, attribute: false) + "\n"
            case .raw(let markup):
                output += markup + "\n"
            }
        }
        output += indent + "</\(name)>\n"
    }

    /// Inline (phrasing) HTML elements, written without line breaks so that no white space enters the text.
    private static let phrasingElements: Set<String> = ["a", "b", "code", "em", "mark", "span", "strong", "small", "abbr", "sup", "label", "input"]

    private var isPhrasing: Bool {
        Self.phrasingElements.contains(name) && children.allSatisfy { child in
            if case .element(let element) = child { return element.isPhrasing }
            return true
        }
    }

    fileprivate func writeInline(into output: inout String) {
        output += "<" + name
        for (key, value) in attributes {
            output += " \(key)=\"\(Self.escape(value, attribute: true))\""
        }
        output += ">"
        if children.isEmpty, Self.voidElements.contains(name) { return }
        for child in children { child.writeInline(into: &output) }
        output += "</\(name)>"
    }

    /// Whether XML 1.0 can hold `scalar` at all, escaped or not: not a C0 control other than tab, line feed and
    /// carriage return, not U+FFFE or U+FFFF. (Lone surrogates cannot occur in a Swift string.)
    public static func canHold(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case ..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Escapes markup characters so that a parser reads back exactly `text`: a carriage return (and in attributes
    /// a tab and a line feed, which attribute normalisation would turn into spaces) as character references.
    /// A character XML 1.0 cannot hold even as a reference (see `canHold`) is written visibly as `\u001B`, never
    /// dropped in silence nor written raw.
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
            case "\r": output += "&#13;"
            default:
                if canHold(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    output += "\\u" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))
                }
            }
        }
        return output
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension MarkupElement.Child {
    fileprivate func writeInline(into output: inout String) {
        switch self {
        case .text(let text): output += MarkupElement.escape(text, attribute: false)
        case .raw(let markup): output += markup
        case .element(let element): element.writeInline(into: &output)
        }
    }
}
