extension Finding {
    /// A stable identity of what was found: a 64-bit FNV-1a hash of the rule and the texts involved (white space
    /// folded), never of offsets or line numbers, so that edits elsewhere in either document leave it unchanged.
    /// It hashes each side's whole sentence and offending part, not the excerpts reports quote of them, so a
    /// baseline does not depend on `Limits.maximumExcerptLength` and two long sentences alike in their opening are
    /// told apart.
    ///
    /// It does not say which pair the finding is in: the same sentences translated alike in two pairs give the same
    /// fingerprint. Reports of several pairs and baselines use `fingerprint(in:)`.
    public var fingerprint: String {
        var hash = FNV1a()
        hash.mix(ruleID, foldingSpace: true)
        for location in [source, target] {
            hash.mix(location?.segmentText ?? "", foldingSpace: true)
            hash.mix(location?.offendingText ?? "", foldingSpace: true)
        }
        return hash.hex
    }

    /// The finding's identity within a run: a 64-bit FNV-1a hash of the pair's two paths (exactly as given) and
    /// `fingerprint`. It tells the same finding in two pairs apart, and like `fingerprint` it survives edits
    /// elsewhere in the documents; renaming or moving a file changes it. SARIF's `taiyakuFinding/v2`.
    public func fingerprint(in pair: ArtifactPair) -> String {
        var hash = FNV1a()
        hash.mix(pair.source, foldingSpace: false)
        hash.mix(pair.target, foldingSpace: false)
        hash.mix(fingerprint, foldingSpace: false)
        return hash.hex
    }
}

/// 64-bit FNV-1a over strings, each followed by a separator byte so that `ab` + `c` and `a` + `bc` differ.
private struct FNV1a {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in `text`'s UTF-8 bytes; with `foldingSpace`, every run of white space counts as one space.
    mutating func mix(_ text: String, foldingSpace: Bool) {
        var previousWasSpace = false
        for byte in text.utf8 {
            let isSpace = foldingSpace && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D)
            if isSpace && previousWasSpace { continue }
            previousWasSpace = isSpace
            add(isSpace ? 0x20 : byte)
        }
        add(0x1F)
    }

    private mutating func add(_ byte: UInt8) {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }

    /// Sixteen lowercase hexadecimal digits.
    var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
