import Foundation

/// Finds the glossaries shipped with Taiyaku (`Glossaries/central-asia.tsv`, `Glossaries/variants.ja.tsv`).
///
/// Where it looks, in order:
/// 1. `$TAIYAKU_GLOSSARY_DIR`, when set.
/// 2. From the directory of the running executable (symbolic links resolved) upwards, a `Glossaries` directory
///    or `share/taiyaku/Glossaries` holding `central-asia.tsv`. This finds the package's own directory for
///    `swift run` and `.build/…/taiyaku`, and an installation laid out as `PREFIX/bin/taiyaku` with
///    `PREFIX/share/taiyaku/Glossaries`.
enum ShippedGlossaries {
    static let glossaryName = "central-asia.tsv"
    static let variantsName = "variants.ja.tsv"
    static let environmentVariable = "TAIYAKU_GLOSSARY_DIR"

    /// The directory, or a failure explaining where Taiyaku looked.
    static func directory() throws -> URL {
        let fileManager = FileManager.default
        if let configured = ProcessInfo.processInfo.environment[environmentVariable], !configured.isEmpty {
            let directory = URL(fileURLWithPath: configured)
            guard fileManager.fileExists(atPath: directory.appendingPathComponent(glossaryName).path) else {
                throw CommandFailure(message: "\(environmentVariable)=\(configured) holds no \(glossaryName)")
            }
            return directory
        }
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<8 {
            for candidate in ["Glossaries", "share/taiyaku/Glossaries"] {
                let glossaries = directory.appendingPathComponent(candidate)
                if fileManager.fileExists(atPath: glossaries.appendingPathComponent(glossaryName).path) {
                    return glossaries
                }
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        throw CommandFailure(
            message: "cannot find the shipped glossary \(glossaryName) near \(executable.path); "
                + "pass --glossary FILE or set \(environmentVariable)")
    }
}
