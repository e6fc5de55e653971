import Foundation
import Testing

@testable import TaiyakuKit

/// Reading a manifest of pairs and pairing the files of two folders by name.
@Suite struct PairManifestTests {
    static func manifest(_ text: String, name: String = "lists/pairs.tsv") throws(BatchError) -> PairManifest {
        try PairManifest(Document(name: name, text: text))
    }

    @Test func pairsAreReadInOrderRelativeToTheManifestsFolder() throws {
        let manifest = try Self.manifest("b.en.txt\tb.ja.txt\nsub/a.en.txt\t../ja/a.ja.txt\n/abs/c.en.txt\t/abs/c.ja.txt\n")
        #expect(manifest.pairs == [
            BatchPair(name: "b.en.txt", source: "lists/b.en.txt", target: "lists/b.ja.txt"),
            BatchPair(name: "sub/a.en.txt", source: "lists/sub/a.en.txt", target: "lists/../ja/a.ja.txt"),
            BatchPair(name: "/abs/c.en.txt", source: "/abs/c.en.txt", target: "/abs/c.ja.txt"),
        ])
        // A manifest in the working folder adds nothing to the paths.
        #expect(try Self.manifest("x.en.txt\tx.ja.txt", name: "pairs.tsv").pairs == [
            BatchPair(name: "x.en.txt", source: "x.en.txt", target: "x.ja.txt")
        ])
        #expect(try Self.manifest("x.en.txt\tx.ja.txt", name: "./pairs.tsv").pairs.map(\.source) == ["x.en.txt"])
    }

    @Test func blankLinesCommentsAndCRLFAreIgnored() throws {
        let text = "# releases of December\r\n\r\n   \n\t\nx.en.txt\tx.ja.txt\r\n  # y is not translated yet\ny.en.txt \t y.ja.txt\n"
        let manifest = try Self.manifest(text)
        #expect(manifest.pairs.map(\.source) == ["lists/x.en.txt", "lists/y.en.txt"])
        #expect(manifest.pairs.map(\.target) == ["lists/x.ja.txt", "lists/y.ja.txt"])
    }

    @Test func malformedLinesAreErrorsNamingFileAndLine() {
        #expect(throws: BatchError.malformedManifestLine(file: "lists/pairs.tsv", line: 3, reason: "expected SOURCE<TAB>TARGET, found no tab")) {
            try Self.manifest("# header\nx.en.txt\tx.ja.txt\ny.en.txt y.ja.txt\n")
        }
        #expect(throws: BatchError.malformedManifestLine(file: "lists/pairs.tsv", line: 1, reason: "expected SOURCE<TAB>TARGET, found 2 tabs")) {
            try Self.manifest("x.en.txt\tx.ja.txt\textra\n")
        }
        #expect(throws: BatchError.malformedManifestLine(file: "lists/pairs.tsv", line: 2, reason: "the target path is empty")) {
            try Self.manifest("x.en.txt\tx.ja.txt\ny.en.txt\t  \n")
        }
        #expect(throws: BatchError.emptyManifest(file: "lists/pairs.tsv")) {
            try Self.manifest("# nothing yet\n\n")
        }
        #expect(String(describing: BatchError.malformedManifestLine(file: "m.tsv", line: 4, reason: "r")) == "m.tsv:4: r")
    }

    @Test func aManifestThatIsNotUTF8IsRefusedWithTheByte() throws {
        let file = try CommandRunner.temporaryFile([0x61, 0x09, 0x62, 0x0A, 0xFF, 0x0A], name: "pairs.tsv")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(throws: DocumentError.invalidUTF8(file: file.path, byte: 4)) {
            try PairManifest.load(contentsOf: file.path)
        }
    }
}

@Suite struct DirectoryPairingTests {
    /// A temporary folder holding empty files (and folders, for names ending in `/`).
    static func folder(_ names: [String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("taiyaku-\(UUID().uuidString)")
        for name in names {
            let url = directory.appendingPathComponent(name)
            if name.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data().write(to: url)
            }
        }
        return directory
    }

    @Test func oneFolderPairsByStemInNameOrder() throws {
        let folder = try Self.folder([
            "b.en.txt", "b.ja.txt", "a.en.txt", "a.ja.txt", "only-en.en.txt", "only-ja.ja.txt", "notes.txt",
            "a.gold.json", ".en.txt", "dir.en.txt/", "dir.ja.txt", "B.en.txt", "B.ja.txt",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pairing = try DirectoryPairing(
            sourceDirectory: folder.path, targetDirectory: folder.path, sourceSuffix: ".en.txt", targetSuffix: ".ja.txt")
        // By Unicode scalars: capitals first, whatever the locale or the listing order.
        #expect(pairing.pairs.map(\.name) == ["B", "a", "b"])
        #expect(pairing.pairs[1] == BatchPair(name: "a", source: folder.path + "/a.en.txt", target: folder.path + "/a.ja.txt"))
        // A folder named like a source is not a file; its would-be partner is unpaired.
        #expect(pairing.unpaired == [folder.path + "/only-en.en.txt", folder.path + "/dir.ja.txt", folder.path + "/only-ja.ja.txt"])
    }

    @Test func twoFoldersAndSwappedLanguages() throws {
        let folder = try Self.folder(["en/x.en.txt", "en/y.en.txt", "ja/x.ja.txt", "ja/z.ja.txt", "ja/y.en.txt"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = folder.appendingPathComponent("en").path
        let ja = folder.appendingPathComponent("ja").path
        let pairing = try DirectoryPairing(sourceDirectory: en, targetDirectory: ja, sourceSuffix: ".en.txt", targetSuffix: ".ja.txt")
        #expect(pairing.pairs == [BatchPair(name: "x", source: en + "/x.en.txt", target: ja + "/x.ja.txt")])
        #expect(pairing.unpaired == [en + "/y.en.txt", ja + "/z.ja.txt"])
        // Japanese sources, English targets: the suffixes follow the languages.
        let swapped = try DirectoryPairing(
            sourceDirectory: ja, targetDirectory: en, sourceSuffix: DirectoryPairing.suffix(for: .japanese),
            targetSuffix: DirectoryPairing.suffix(for: .english))
        #expect(swapped.pairs.map(\.source) == [ja + "/x.ja.txt"])
        #expect(swapped.unpaired == [ja + "/z.ja.txt", en + "/y.en.txt"])
    }

    @Test func unreadableFolderAndEqualSuffixesAreErrors() throws {
        #expect(throws: BatchError.sameSuffix(suffix: ".en.txt")) {
            try DirectoryPairing(sourceDirectory: ".", targetDirectory: ".", sourceSuffix: ".en.txt", targetSuffix: ".en.txt")
        }
        #expect {
            try DirectoryPairing(sourceDirectory: "/nonexistent-taiyaku", targetDirectory: ".", sourceSuffix: ".en.txt", targetSuffix: ".ja.txt")
        } throws: { error in
            guard case BatchError.unreadableDirectory(let path, _) = error else { return false }
            return path == "/nonexistent-taiyaku"
        }
    }
}

/// Confining a manifest to a folder, so that one from a pull request cannot publish any readable file.
@Suite struct PairManifestConfinementTests {
    @Test func filesOutsideTheFolderAreRefusedAfterLinksAndDotDotAreResolved() throws {
        let folder = try DirectoryPairingTests.folder(["lists/a.en.txt", "lists/a.ja.txt", "lists/sub/b.en.txt", "other/c.ja.txt"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("lists/link.ja.txt").path, withDestinationPath: "/etc/hostname")
        let manifestPath = folder.appendingPathComponent("lists/pairs.tsv").path
        func manifest(_ text: String) throws -> PairManifest {
            try PairManifest(Document(name: manifestPath, text: text))
        }
        let inside = try manifest("a.en.txt\ta.ja.txt\nsub/b.en.txt\tsub/../a.ja.txt\n")
        #expect(try inside.confined() == inside)

        #expect(throws: BatchError.pathOutsideRoot(file: manifestPath, line: 2, path: "/etc/passwd", root: nil)) {
            try manifest("a.en.txt\ta.ja.txt\n/etc/passwd\ta.ja.txt\n").confined()
        }
        let climbing = folder.appendingPathComponent("lists").path + "/../other/c.ja.txt"
        #expect(throws: BatchError.pathOutsideRoot(file: manifestPath, line: 1, path: climbing, root: nil)) {
            try manifest("a.en.txt\t../other/c.ja.txt\n").confined()
        }
        let link = folder.appendingPathComponent("lists").path + "/link.ja.txt"
        #expect(throws: BatchError.pathOutsideRoot(file: manifestPath, line: 3, path: link, root: nil)) {
            try manifest("# links count where they lead\n\na.en.txt\tlink.ja.txt\n").confined()
        }
        // A wider root lets the sibling folder in, not the link out of the tree.
        let root = folder.path
        #expect(throws: Never.self) { try manifest("a.en.txt\t../other/c.ja.txt\n").confined(to: root) }
        #expect(throws: BatchError.pathOutsideRoot(file: manifestPath, line: 1, path: link, root: root)) {
            try manifest("a.en.txt\tlink.ja.txt\n").confined(to: root)
        }
        #expect(BatchError.pathOutsideRoot(file: "p.tsv", line: 2, path: "/etc/passwd", root: nil).description
            == "p.tsv:2: /etc/passwd lies outside the manifest's folder; a manifest reviews only files inside it "
            + "(move the files there, or run with --pairs-root FOLDER or --allow-outside-paths if you trust the manifest)")
    }
}
