import Foundation
import Testing

@testable import TaiyakuKit

/// A hand-made gold alignment from `seeds/examples`, resolved to segment indices.
struct GoldAlignment {
    let pair: TranslationPair
    /// (source segment, target segment) pairs that a gold bead connects.
    let links: Set<[Int]>
    let notes: [String]
    /// Segments the gold leaves without a counterpart (dropped source sentences, added target sentences).
    let unalignedSource: Set<Int>
    let unalignedTarget: Set<Int>

    init(_ relative: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(relative)))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let beads = try #require(object["beads"] as? [[String: [String]]])
        let sourcePath = try #require(object["source"] as? String)
        let targetPath = try #require(object["target"] as? String)
        let source = try Fixtures.segmented(sourcePath)
        let target = try Fixtures.segmented(targetPath)
        pair = TranslationPair(source: source, target: target)
        notes = object["notes"] as? [String] ?? []
        var sourceIndex = 0
        var targetIndex = 0
        var links: Set<[Int]> = []
        for bead in beads {
            let sourceTexts = bead["source"] ?? []
            let targetTexts = bead["target"] ?? []
            for (offset, text) in sourceTexts.enumerated() {
                #expect(source.segments[sourceIndex + offset].text == text)
            }
            for (offset, text) in targetTexts.enumerated() {
                #expect(target.segments[targetIndex + offset].text == text)
            }
            for a in sourceIndex..<sourceIndex + sourceTexts.count {
                for b in targetIndex..<targetIndex + targetTexts.count {
                    links.insert([a, b])
                }
            }
            sourceIndex += sourceTexts.count
            targetIndex += targetTexts.count
        }
        self.links = links
        unalignedSource = Set(source.segments.indices).subtracting(links.map { $0[0] })
        unalignedTarget = Set(target.segments.indices).subtracting(links.map { $0[1] })
    }

    /// Link precision, recall and F1 of `alignment` against the gold links.
    func score(_ alignment: Alignment) -> (precision: Double, recall: Double, f1: Double) {
        var predicted: Set<[Int]> = []
        for bead in alignment.beads {
            for a in bead.source {
                for b in bead.target { predicted.insert([a, b]) }
            }
        }
        let correct = Double(predicted.intersection(links).count)
        let precision = predicted.isEmpty ? 0 : correct / Double(predicted.count)
        let recall = links.isEmpty ? 0 : correct / Double(links.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }
}
