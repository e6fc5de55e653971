import Foundation
import Testing

@testable import TaiyakuKit

@Suite struct DocumentTests {
    @Test func invalidUTF8IsReportedAtItsByte() {
        let bytes: [UInt8] = Array("Japan and ".utf8) + [0xC3, 0x28] + Array(" Tajikistan".utf8)
        #expect(throws: DocumentError.invalidUTF8(file: "bad.txt", byte: 11)) {
            try Document(name: "bad.txt", bytes: bytes)
        }
        #expect(DocumentError.invalidUTF8(file: "bad.txt", byte: 11).description == "bad.txt: invalid UTF-8 at byte 11; save the file as UTF-8 text")
    }

    @Test(arguments: [
        ([0xFF], 0),  // never valid
        ([0x41, 0xC0, 0x80], 1),  // overlong NUL
        ([0xE0, 0x80, 0x80], 1),  // overlong three-byte form
        ([0xED, 0xA0, 0x80], 1),  // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 1),  // above U+10FFFF
        ([0xE6, 0x97], 2),  // truncated 日
        ([0x41, 0x80], 1),  // stray continuation byte
    ] as [([UInt8], Int)])
    func malformedSequencesAreRejected(bytes: [UInt8], byte: Int) {
        #expect(throws: DocumentError.invalidUTF8(file: "f", byte: byte)) {
            try Document(name: "f", bytes: bytes)
        }
    }

    /// ASCII is decoded eight bytes at a time and Japanese three-byte sequences without the general loop: the
    /// result must not depend on where a run starts or ends against those blocks.
    @Test(arguments: 0..<9)
    func decodingMatchesTheStandardLibraryAtEveryAlignment(offset: Int) throws {
        let text = String(repeating: "x", count: offset)
            + "The Japan–Tajikistan Summit (首脳会談) was held in Tōkyō on 4 November 2025. 𠮷野家、ｶﾅ、ＡＢＣ。\n\nEnd"
        let document = try Document(name: "f", bytes: Array(text.utf8))
        #expect(document.units == Array(text.utf16))
    }

    @Test func badBytesInsideAnASCIIRunAreReportedAtTheirByte() {
        #expect(throws: DocumentError.invalidUTF8(file: "f", byte: 7)) {
            try Document(name: "f", bytes: Array("Ministry".utf8.prefix(7)) + [0x80] + Array("of Justice".utf8))
        }
        // The third byte of 日 is missing: the byte that breaks the sequence is reported.
        #expect(throws: DocumentError.invalidUTF8(file: "f", byte: 14)) {
            try Document(name: "f", bytes: Array("Ministry of ".utf8) + [0xE6, 0x97, 0x41] + Array(" Justice".utf8))
        }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let document = try Document(name: "bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("日本".utf8))
        #expect(document.text == "日本")
        #expect(document.units.count == 2)
    }

    @Test func supplementaryCharactersDecodeToSurrogatePairs() throws {
        let document = try Document(name: "f", bytes: Array("𠮷野家".utf8))
        #expect(document.text == "𠮷野家")
        #expect(document.units.count == 4)
    }

    @Test func nulByteIsAnErrorWithItsPosition() {
        let bytes = Array("line one\nab".utf8) + [0] + Array("c".utf8)
        #expect(throws: DocumentError.nulByte(file: "nul.txt", byte: 11, line: 2, column: 3)) {
            try Document(name: "nul.txt", bytes: bytes)
        }
    }

    @Test func linesEndAtLFCRLFAndCR() {
        let document = Document(name: "f", text: "a\r\nb\rc\nd")
        #expect(document.lineStarts == [0, 3, 5, 7])
        #expect(document.location(of: 5) == TextLocation(line: 3, column: 1))
        #expect(document.location(of: 8) == TextLocation(line: 4, column: 2))
    }

    @Test func missingFileAndDirectoryAreClearErrors() throws {
        #expect(throws: DocumentError.fileNotFound(file: "/nonexistent/release.txt")) {
            try Document.load(contentsOf: "/nonexistent/release.txt")
        }
        let directory = Fixtures.path("seeds")
        #expect(throws: DocumentError.isDirectory(file: directory)) {
            try Document.load(contentsOf: directory)
        }
    }

    @Test func emptyFileHasNoSegments() throws {
        let document = try Document(name: "empty.txt", bytes: [UInt8]())
        #expect(try Segmenter(language: .english).segment(document).segments.isEmpty)
        let blank = Document(name: "blank.txt", text: "\n\n  \r\n")
        #expect(try Segmenter(language: .japanese).segment(blank).segments.isEmpty)
    }

    @Test func languageIsJudgedFromTheScript() throws {
        #expect(Language.detect(in: try Fixtures.seed("003").units) == .japanese)
        #expect(Language.detect(in: try Fixtures.seed("004").units) == .english)
        #expect(Language.detect(in: Array("2025-12-20".utf16)) == nil)
    }
}
