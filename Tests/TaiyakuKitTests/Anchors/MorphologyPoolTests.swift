import Foundation
import Synchronization
import Testing

@testable import TaiyakuKit

/// MeCab analysers are kept open between documents and lent to one document at a time.
@Suite struct MorphologyPoolTests {
    @Test func aReturnedAnalyserIsLentAgain() throws {
        let pool = MorphologyPool(keeping: 1)
        let first = try pool.lending { ObjectIdentifier($0) }
        let second = try pool.lending { ObjectIdentifier($0) }
        #expect(first == second)
    }

    @Test func documentsAnalysedAtOnceHaveAnalysersOfTheirOwn() throws {
        let pool = MorphologyPool(keeping: 2)
        let (outer, inner) = try pool.lending { outer in
            (ObjectIdentifier(outer), try pool.lending { ObjectIdentifier($0) })
        }
        #expect(outer != inner)
        // Both are kept; a third lent at once is opened and then closed, not kept.
        let kept = try pool.lending { a in try pool.lending { b in try pool.lending { c in [a, b, c].map(ObjectIdentifier.init) } } }
        #expect(Set(kept).count == 3)
        #expect(Set(kept).isSuperset(of: [outer, inner]))
    }

    @Test func aLentAnalyserAnalysesLikeAFreshOne() throws {
        let units = Array("石破茂内閣総理大臣は、ロバート・スタイン特使と会談した。".utf16)
        let pool = MorphologyPool(keeping: 1)
        let fresh = try JapaneseMorphology().morphemes(in: units)
        for _ in 0..<3 {
            #expect(try pool.lending { try $0.morphemes(in: units) } == fresh)
        }
        #expect(fresh.contains { $0.properNoun == .familyName })
    }
}
