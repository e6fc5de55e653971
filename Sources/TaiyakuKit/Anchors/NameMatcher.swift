/// How likely two name anchors from different languages name the same thing, in 0...1: `1` for equal values
/// (`gosat` and `gosat`), high for a katakana name and its Latin spelling (`ashigabatto` for `アシガバット` and
/// `ashgabat`), low for unrelated names.
///
/// Names are compared part by part (parts are split at spaces and hyphens): every part of the name with fewer
/// parts is matched with its closest part — or two or three adjacent parts run together — of the other, by
/// `PhoneticKey`, and the scores are averaged weighted by length. So `セルダル・ベルディムハメドフ` matches
/// `Serdar BERDIMUHAMEDOV`, and also `President Serdar BERDIMUHAMEDOV`.
package struct NameMatcher: Sendable {
    public init() {}

    /// The similarity of two anchors: for names, see the type's description; for other kinds, 1 when kind and
    /// value are equal, else 0.
    /// - Complexity: O(p · q · m²) for names of p and q parts of at most m letters; names are short.
    public func similarity(_ a: Anchor, _ b: Anchor) -> Double {
        guard a.kind == .name, b.kind == .name else {
            return a.kind == b.kind && a.value == b.value ? 1 : 0
        }
        return similarity(ofNames: a.value, b.value)
    }

    /// The similarity of two name values (lower-case Latin, romanised for katakana).
    public func similarity(ofNames a: String, _ b: String) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        let partsA = Self.parts(a)
        let partsB = Self.parts(b)
        guard !partsA.isEmpty, !partsB.isEmpty else { return 0 }
        let (query, other) = partsA.count <= partsB.count ? (partsA, partsB) : (partsB, partsA)
        var windows: [PhoneticKey] = []
        for start in other.indices {
            for length in 1...3 where start + length <= other.count {
                windows.append(PhoneticKey(other[start..<(start + length)].joined()))
            }
        }
        var total = 0.0
        var weight = 0.0
        for part in query {
            let key = PhoneticKey(part)
            guard !key.symbols.isEmpty else { continue }
            let best = windows.map { key.similarity(to: $0) }.max() ?? 0
            total += best * Double(key.symbols.count)
            weight += Double(key.symbols.count)
        }
        return weight > 0 ? total / weight : 0
    }

    private static func parts(_ value: String) -> [String] {
        value.split { $0 == " " || $0 == "-" || $0 == "・" }.map(String.init)
    }
}
