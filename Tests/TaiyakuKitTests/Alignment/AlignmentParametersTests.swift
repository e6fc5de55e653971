import Foundation
import Testing

@testable import TaiyakuKit

/// `--parameters` files: every parameter has a range; unknown keys, wrong types and values outside the range are
/// refused naming the key.
@Suite struct AlignmentParametersTests {
    static func decode(_ json: String) throws(ParameterError) -> AlignmentParameters {
        try AlignmentParameters.decode(Data(json.utf8), file: "p.json")
    }

    @Test func theStandardParametersLieInTheirRanges() throws {
        try AlignmentParameters.standard.validate(file: "standard")
        #expect(try Self.decode("{}") == .standard)
        // Every parameter has a range.
        for (key, _) in AlignmentParameters.standard.numericValues {
            #expect(AlignmentParameters.range(of: key) != nil, "\(key)")
        }
    }

    @Test func overridesKeepTheOtherValues() throws {
        let parameters = try Self.decode(#"{"skippedEvidenceCost": 1, "shapeCost": {"1:0": 3}, "scriptWeights": {"kanji": 2.5}}"#)
        #expect(parameters.skippedEvidenceCost == 1)
        #expect(parameters.shapeCost[.oneToZero] == 3)
        #expect(parameters.shapeCost[.oneToOne] == AlignmentParameters.standard.shapeCost[.oneToOne])
        #expect(parameters.scriptWeights.kanji == 2.5)
        #expect(parameters.scriptWeights.hiragana == AlignmentParameters.standard.scriptWeights.hiragana)
    }

    @Test func badFilesAreRefusedNamingTheKey() {
        let cases: [(String, String)] = [
            (#"{"initialBandWidth": 0}"#, "p.json: alignment parameter 'initialBandWidth' is 0, outside its range 1...2000"),
            (#"{"initialBandWidth": -5}"#, "p.json: alignment parameter 'initialBandWidth' is -5, outside its range 1...2000"),
            (#"{"initialBandWidth": 2.5}"#, "p.json: alignment parameter 'initialBandWidth' must be a whole number in 1...2000"),
            (#"{"initialBandWidth": 500}"#, "p.json: alignment parameter 'initialBandWidth' is 500, wider than maximumBandWidth (400)"),
            (#"{"posteriorTemperature": 0}"#, "p.json: alignment parameter 'posteriorTemperature' is 0, outside its range 0.01...100"),
            (#"{"relatedShare": 1.5}"#, "p.json: alignment parameter 'relatedShare' is 1.5, outside its range 0...1"),
            (#"{"evidenceReward": "six"}"#, "p.json: alignment parameter 'evidenceReward' must be a number in 0...100"),
            (#"{"shapeCost": {"1:0": -1}}"#, "p.json: alignment parameter 'shapeCost.1:0' is -1, outside its range 0...50"),
            (#"{"shapeCost": 3}"#, "p.json: alignment parameter 'shapeCost' must be an object with the keys 0:1, 1:0, 1:1, 1:2, 1:3, 1:4, 2:1, 2:2, 3:1, 4:1"),
            (#"[1, 2]"#, "p.json: not valid alignment parameters: expected a JSON object of parameters, { \"name\": value, … }"),
            (#"{"initialBandWidth": "#, "p.json: not valid alignment parameters: not valid JSON at line 1, column 22: expected a value, found the end of the file"),
        ]
        for (json, message) in cases {
            #expect(throws: ParameterError.self) { try Self.decode(json) }
            do {
                _ = try Self.decode(json)
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test func unknownKeysAreRefused() {
        do {
            _ = try Self.decode(#"{"initialBandwith": 30}"#)
            Issue.record("a misspelt key was accepted")
        } catch {
            #expect(error.description.hasPrefix("p.json: unknown alignment parameter 'initialBandwith'; known: "))
            #expect(error.description.contains("initialBandWidth"))
        }
        do {
            _ = try Self.decode(#"{"scriptWeights": {"hangul": 2}}"#)
            Issue.record("an unknown script was accepted")
        } catch {
            #expect(error.description.hasPrefix("p.json: unknown alignment parameter 'scriptWeights.hangul'; known: scriptWeights.hiragana"))
        }
    }

    @Test func theAlignCommandRefusesABadFileWithExitCodeTwo() throws {
        let file = try CommandRunner.temporaryFile(Array(#"{"initialBandWidth": 0}"#.utf8), name: "parameters.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(
            ["align", "seeds/004_c378caca38268456.txt", "seeds/examples/004-tajikistan.ja.txt", "--parameters", file.path])
        #expect(result.status == 2)
        #expect(result.standardError == "error: \(file.path): alignment parameter 'initialBandWidth' is 0, outside its range 1...2000\n")
    }
}
