import Foundation
import TaiyakuKit

/// One parser fed with arbitrary bytes. A target passes when the parser returns a value or throws its typed error;
/// it fails when it crashes, traps, leaks past the sanitizer's limits, or when what it reads cannot be written and
/// read back (glossaries).
enum FuzzTarget: String, CaseIterable {
    case document, tsv, csv, tbx, variants, manifest, baseline, parameters

    /// The target `TAIYAKU_FUZZ_TARGET` names.
    static var selected: FuzzTarget? {
        ProcessInfo.processInfo.environment["TAIYAKU_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:))
    }

    func run(_ bytes: [UInt8]) {
        switch self {
        case .document:
            guard let document = try? Document(name: "fuzz.txt", bytes: bytes) else { return }
            // Segmenting exercises layout repair and the sentence rules on whatever text decoded.
            for language in Language.allCases {
                _ = try? Segmenter(language: language).segment(document)
            }
        case .tsv, .csv, .tbx:
            let format: GlossaryFormat = self == .tsv ? .tsv : self == .csv ? .csv : .tbx
            guard let glossary = try? Glossary(name: "fuzz.\(rawValue)", bytes: bytes, format: format) else { return }
            // What Taiyaku reads it must be able to write, and read back as the same glossary.
            for output in [GlossaryFormat.tsv, .tbx] {
                guard let written = try? glossary.encoded(as: output, file: "out.\(output.rawValue)") else { continue }
                do {
                    let again = try Glossary(name: "out.\(output.rawValue)", bytes: written, format: output)
                    precondition(again.entries == glossary.entries, "\(output.rawValue) round trip changed the glossary")
                } catch {
                    preconditionFailure("Taiyaku cannot read its own \(output.rawValue) output: \(error)")
                }
            }
        case .variants:
            _ = try? OrthographicVariants(name: "fuzz.ja.tsv", bytes: bytes, language: .japanese)
        case .manifest:
            guard let document = try? Document(name: "folder/pairs.tsv", bytes: bytes),
                let manifest = try? PairManifest(document)
            else { return }
            _ = try? manifest.confined()
        case .baseline:
            _ = try? Baseline.decode(bytes, file: "fuzz.json")
        case .parameters:
            _ = try? AlignmentParameters.decode(Data(bytes), file: "fuzz.json")
        }
    }
}
