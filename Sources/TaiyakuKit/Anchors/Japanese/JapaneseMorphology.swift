import CMeCab

/// Japanese morphological analysis with MeCab and its IPAdic dictionary: a text becomes morphemes with UTF-16
/// ranges, part of speech, proper-noun class and readings.
///
/// Owns a MeCab model, tagger and lattice, so it is a class whose `deinit` frees them. It is not safe for two
/// threads at once; it is `Sendable` only so that `MorphologyPool` can lend it to one document after another,
/// on whichever thread each runs. Opening maps the dictionary (about 50 MB, shared by the operating system between
/// processes); its pages are faulted in by the first sentences analysed.
package final class JapaneseMorphology: @unchecked Sendable {
    private let handle: OpaquePointer
    package let dictionary: MeCabDictionary

    /// Opens MeCab on `dictionary`.
    /// - Throws: `MeCabError` when the dictionary cannot be opened.
    package init(dictionary: MeCabDictionary) throws(MeCabError) {
        var status: Int32 = 0
        var message = [CChar](repeating: 0, count: 512)
        let opened = taiyaku_mecab_open(dictionary.directory, &status, &message, Int32(message.count))
        let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        try MeCabError.check(status, "open the dictionary in \(dictionary.directory)", message: reason)
        guard let opened else {
            throw MeCabError(
                reason: .failed(status: TAIYAKU_MECAB_DICTIONARY_FAILED, message: reason),
                operation: "open the dictionary in \(dictionary.directory)")
        }
        handle = opened
        self.dictionary = dictionary
    }

    /// Opens MeCab on the installed IPAdic dictionary (see `MeCabDictionary.installed`).
    /// - Throws: `MeCabError` when no dictionary is installed or it cannot be opened.
    package convenience init() throws(MeCabError) {
        try self.init(dictionary: MeCabDictionary.installed())
    }

    deinit {
        taiyaku_mecab_close(handle)
    }

    /// The morphemes of `units` (UTF-16), in order. A span the dictionary holds under several readings
    /// (`茂木`: モギ, モテギ) is one morpheme with every reading, the best path's first.
    /// - Throws: `MeCabError` when MeCab fails.
    /// - Complexity: O(n) in the length of the text (MeCab's Viterbi search over the dictionary's lattice).
    package func morphemes(in units: [UInt16]) throws(MeCabError) -> [Morpheme] {
        guard !units.isEmpty else { return [] }
        // UTF-8 for MeCab, and the UTF-16 offset of every UTF-8 offset at a character boundary.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 3)
        var unitAtByte: [Int32] = []
        unitAtByte.reserveCapacity(units.count * 3 + 1)
        var index = 0
        while index < units.count {
            let unit = units[index]
            let start = index
            var scalar: Unicode.Scalar
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                scalar = UTF16.decode(UTF16.EncodedScalar([unit, units[index + 1]]))
                index += 2
            } else {
                // A lone surrogate is no character: MeCab reads the replacement character in its place.
                scalar = Unicode.Scalar(unit) ?? "\u{FFFD}"
                index += 1
            }
            // A NUL would end MeCab's text early; a space keeps the offsets.
            if scalar.value == 0 { scalar = " " }
            let before = bytes.count
            UTF8.encode(scalar) { bytes.append($0) }
            for _ in before..<bytes.count { unitAtByte.append(Int32(start)) }
        }
        unitAtByte.append(Int32(units.count))
        var morphemes: [Morpheme] = []
        try bytes.withUnsafeBufferPointer { buffer throws(MeCabError) in
            try buffer.withMemoryRebound(to: CChar.self) { text throws(MeCabError) in
                guard let base = text.baseAddress else { return }
                var status: Int32 = 0
                let count = taiyaku_mecab_analyse(handle, base, Int32(text.count), &status)
                try MeCabError.check(
                    status, "analyse a Japanese text",
                    message: String(cString: taiyaku_mecab_error(handle)))
                morphemes.reserveCapacity(Int(count))
                for index in 0..<count {
                    let node = taiyaku_mecab_morpheme(handle, index)
                    let begin = Int(node.begin)
                    let end = begin + Int(node.length)
                    guard begin >= 0, end <= bytes.count, let feature = node.feature else { continue }
                    let range = Int(unitAtByte[begin])..<Int(unitAtByte[end])
                    // Another path's node matters only as another reading of the best path's proper noun: decided
                    // before its features are read.
                    if node.best == 0 {
                        guard let last = morphemes.last, last.range == range, last.properNoun != nil else { continue }
                    }
                    let morpheme = Morpheme(range: range, feature: feature, isUnknown: node.unknown != 0)
                    if node.best != 0 {
                        morphemes.append(morpheme)
                    } else if let last = morphemes.indices.last, morphemes[last].range == range,
                        morphemes[last].properNoun != nil, morpheme.properNoun != nil,
                        let reading = morpheme.readings.first, !morphemes[last].readings.contains(reading)
                    {
                        // Another reading of the same proper noun (given names especially have several).
                        morphemes[last].readings.append(reading)
                    }
                }
            }
        }
        return morphemes
    }
}
