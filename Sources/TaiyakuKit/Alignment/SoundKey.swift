/// A coarse sound key of one word, for matching katakana with English by equality inside the dynamic programme
/// (where `NameMatcher`'s pairwise scoring would cost too much): the `PhoneticKey` skeleton with `r` dropped
/// (English often does not sound it, Japanese writes every one), `f`, `v`, `b`, `h` and `w` merged, `m` as `n`,
/// `d` as `t` and `z` as `s`. `Ashgabat` and `アシガバット` (ashigabatto), `RAHMON` and `ラフモン` (rafumon),
/// `performance` and `パフォーマンス` share a key.
enum SoundKey {
    /// Keys shorter than this say too little to count.
    static let shortest = 3

    /// The key of `word`, or `nil` when it is too short to be evidence.
    static func of(_ word: some StringProtocol) -> String? {
        var key: [UInt8] = []
        for symbol in PhoneticKey(String(word)).symbols {
            let mapped: UInt8?
            switch symbol {
            case UInt8(ascii: "r"): mapped = nil
            case UInt8(ascii: "f"), UInt8(ascii: "v"), UInt8(ascii: "b"), UInt8(ascii: "h"), UInt8(ascii: "w"):
                mapped = UInt8(ascii: "F")
            case UInt8(ascii: "m"): mapped = UInt8(ascii: "n")
            case UInt8(ascii: "d"): mapped = UInt8(ascii: "t")
            case UInt8(ascii: "z"): mapped = UInt8(ascii: "s")
            default: mapped = symbol
            }
            if let mapped, key.last != mapped { key.append(mapped) }
        }
        return key.count >= shortest ? String(decoding: key, as: UTF8.self) : nil
    }

    /// The keys of the words of a name value (split at spaces, hyphens and middle dots).
    static func keys(ofName value: String) -> [String] {
        value.split { $0 == " " || $0 == "-" || $0 == "・" }.compactMap { of($0) }
    }
}
