import Foundation
import TaiyakuKit

/// Load and match times for a synthetic 100,000-concept glossary plus the shipped one: reading the TSV (and the
/// TBX export), building the matchers, and finding the terms of a release in both languages.
enum GlossaryBenchmark {
    static let concepts = 100_000

    static func run() throws {
        let shipped = try Data(contentsOf: Harness.root.appendingPathComponent("Glossaries/central-asia.tsv"))
        let variants = try OrthographicVariants.load(
            contentsOf: Harness.root.appendingPathComponent("Glossaries/variants.ja.tsv").path)
        let synthetic = Data(SyntheticGlossary(concepts: concepts).tsv().utf8)
        // The shipped rows after the synthetic ones (their header dropped), so that real terms occur in the text.
        let shippedRows = shipped.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst()
        let combined = synthetic + Data(shippedRows.joined(separator: [0x0A]))
        print("## Glossary (\(concepts) synthetic concepts + the shipped \(try Glossary(name: "shipped.tsv", bytes: shipped, format: .tsv).entries.count); median of 5 runs)")
        print("| step | size | time |")
        print("|---|---|---|")

        var glossary = try Glossary(name: "bench.tsv", bytes: combined, format: .tsv)
        let load = try Harness.medianSeconds {
            glossary = try Glossary(name: "bench.tsv", bytes: combined, format: .tsv)
        }
        let formsCount = glossary.entries.reduce(0) { total, entry in
            total + entry.terms.values.reduce(0) { $0 + $1.forms.count }
        }
        print("| load TSV (read, validate, build entries) | \(megabytes(combined.count)), \(glossary.entries.count) concepts, \(formsCount) forms | \(Harness.format(load)) |")

        let tbx = try glossary.encoded(as: .tbx, file: "bench.tbx")
        let tbxLoad = try Harness.medianSeconds(runs: 3) {
            _ = try Glossary(name: "bench.tbx", bytes: tbx, format: .tbx)
        }
        print("| load TBX (same glossary, XMLParser) | \(megabytes(tbx.count)) | \(Harness.format(tbxLoad)) |")

        var terminology = try Terminology(glossary: glossary, variants: [variants])
        let build = try Harness.medianSeconds {
            terminology = try Terminology(glossary: glossary, variants: [variants])
        }
        print("| build matchers (en + ja tries, names, long-term index, variants) | | \(Harness.format(build)) |")

        for (path, language) in [("seeds/004_c378caca38268456.txt", Language.english), ("seeds/examples/004-tajikistan.ja.txt", .japanese)] {
            let document = try Segmenter(language: language).segment(Document(name: path, text: try Harness.read(path)))
            let matcher = try TermMatcher(glossary: glossary, language: language)
            var found = 0
            let match = try Harness.medianSeconds {
                found = 0
                for segment in document.segments {
                    found += try matcher.matches(in: segment.text).count
                }
            }
            print("| match \(path) (\(language.rawValue), \(document.segments.count) segments, \(found) terms) | \(document.document.units.count) UTF-16 units | \(Harness.format(match)) |")
        }
        let source = try Segmenter(language: .english).segment(
            Document(name: "en", text: try Harness.read("seeds/004_c378caca38268456.txt")))
        let target = try Segmenter(language: .japanese).segment(
            Document(name: "ja", text: try Harness.read("seeds/examples/004-tajikistan.ja.txt")))
        let checks: [any Check] = CheckRegistry.all.filter { $0.id.hasPrefix("term-") || $0.id.hasPrefix("variant-") }
        var findings = 0
        let review = try Harness.medianSeconds {
            let analysis = try DocumentAnalyser(terminology: terminology).analyse(TranslationPair(source: source, target: target))
            let context = CheckContext(analysis: analysis, beads: [], terminology: terminology)
            findings = checks.reduce(0) { $0 + $1.findings(in: context).count }
        }
        print("| analysis of seed 004 and its translation (anchors and terms) + the terminology checks (no beads) | \(findings) findings | \(Harness.format(review)) |")
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}

/// A deterministic synthetic glossary: English names of 2 to 4 invented words, Japanese names of katakana and a
/// kanji ending; each concept has an accepted variant in each language and every fifth a deprecated one. The
/// first word encodes the concept's number, so no two concepts share a form.
struct SyntheticGlossary {
    let concepts: Int

    private static let consonants = Array("bdfgklmnprstvz")
    private static let vowels = Array("aeiou")
    private static let kana = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ")
    private static let kanjiEndings = ["省", "機構", "計画", "会議", "協定", "大学", "銀行", "委員会", "基金", "研究所"]
    private static let englishEndings = ["Institute", "Programme", "Agreement", "Council", "University", "Fund", "Centre"]
    private static let kinds = ["organization", "programme", "agreement", "event", "place", "document", "term"]

    func tsv() -> String {
        var random = SplitMix(seed: 42)
        var lines = ["id\tkind\ten\ten_variants\ten_deprecated\tja\tja_variants\tja_deprecated\tnote\tseen_in"]
        lines.reserveCapacity(concepts + 1)
        for number in 0..<concepts {
            let key = englishWord(number)
            var words = [key]
            for _ in 0..<(1 + random.next(3)) { words.append(randomWord(&random)) }
            words.append(Self.englishEndings[random.next(Self.englishEndings.count)])
            let english = words.joined(separator: " ")
            let accepted = "the " + english
            let japaneseStem = katakana(number)
            let japanese = japaneseStem + Self.kanjiEndings[random.next(Self.kanjiEndings.count)]
            let japaneseAccepted = japaneseStem + "・" + Self.kanjiEndings[random.next(Self.kanjiEndings.count)]
            let deprecated = number % 5 == 0 ? key + "x " + words.dropFirst().joined(separator: " ") : ""
            let japaneseDeprecated = number % 5 == 0 ? japaneseStem + "ー" + Self.kanjiEndings[0] : ""
            let kind = Self.kinds[number % Self.kinds.count]
            lines.append(
                "synthetic.\(number)\t\(kind)\t\(english)\t\(accepted)\t\(deprecated)\t\(japanese)\t\(japaneseAccepted)\t\(japaneseDeprecated)\t\t-")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A capitalised word of three syllables spelling `number` in base 70 (14 consonants × 5 vowels).
    private func englishWord(_ number: Int) -> String {
        var value = number
        var word = ""
        for _ in 0..<3 {
            let syllable = value % 70
            value /= 70
            word.append(Self.consonants[syllable / 5])
            word.append(Self.vowels[syllable % 5])
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    private func randomWord(_ random: inout SplitMix) -> String {
        var word = ""
        for _ in 0..<(2 + random.next(2)) {
            word.append(Self.consonants[random.next(Self.consonants.count)])
            word.append(Self.vowels[random.next(Self.vowels.count)])
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Four katakana spelling `number` in base 45.
    private func katakana(_ number: Int) -> String {
        var value = number
        var text = ""
        for _ in 0..<4 {
            text.append(Self.kana[value % Self.kana.count])
            value /= Self.kana.count
        }
        return text
    }
}

/// SplitMix64: a small deterministic generator, owned by its caller.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
