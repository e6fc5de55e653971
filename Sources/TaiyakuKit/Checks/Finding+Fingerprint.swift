extension Finding {
    /// A stable identity for baselines and SARIF `partialFingerprints`: a 64-bit FNV-1a hash of the rule and the
    /// texts involved (white space folded), never of offsets or line numbers, so that edits elsewhere in either
    /// document leave it unchanged.
    public var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            var previousWasSpace = false
            for byte in text.utf8 {
                let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                if isSpace && previousWasSpace { continue }
                previousWasSpace = isSpace
                hash ^= UInt64(isSpace ? 0x20 : byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0x1F
            hash = hash &* 0x100_0000_01b3
        }
        mix(ruleID)
        for location in [source, target] {
            mix(location?.segmentText ?? "")
            mix(location?.excerpt ?? "")
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
