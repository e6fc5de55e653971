extension StringProtocol {
    /// The text without white space (spaces, tabs, line breaks, no-break and ideographic spaces) at either end.
    ///
    /// Foundation's `trimmingCharacters(in:)` goes through `NSString` on Linux and dominated glossary loading;
    /// this works on the Unicode scalars and returns the text itself when there is nothing to trim.
    package var trimmingWhiteSpace: String {
        let string = String(self)
        let scalars = string.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        // Most fields start and end with a letter: decide without a Unicode property lookup.
        func isPlainASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value > 0x20 && scalar.value < 0x7F }
        if isPlainASCII(first) && isPlainASCII(last) { return string }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return string }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(Substring(scalars[start..<end]))
    }
}
