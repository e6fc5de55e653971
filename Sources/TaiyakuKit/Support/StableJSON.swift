import Foundation

/// The one JSON encoding of every report Taiyaku writes: pretty-printed, keys sorted, slashes unescaped and a final
/// line break, so that output is the same from run to run and diffs well.
package enum StableJSON {
    package static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
