#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TaiyakuKit

/// The files one run reads and the files it writes, checked before anything runs so that an output can never
/// replace an input: each output is compared with every input and every other output by file identity (device and
/// inode where the file exists, the canonical path otherwise: `.` and `..`, relative paths and symbolic links
/// resolved), and must be a file in a folder that exists.
struct RunFiles {
    /// A file and what it is to the run, as messages name it (`the target ja.txt`, `--output ja.txt`).
    struct Role {
        let name: String
        let path: String

        var label: String { "\(name) \(path)" }
    }

    private(set) var inputs: [Role] = []
    private(set) var outputs: [Role] = []
    /// Output and input roles that may name one file: the output is written after the input has been read.
    private var readBeforeWritten: [(output: String, input: String)] = []

    mutating func reads(_ name: String, _ path: String?) {
        if let path { inputs.append(Role(name: name, path: path)) }
    }

    mutating func writes(_ name: String, _ path: String?) {
        if let path { outputs.append(Role(name: name, path: path)) }
    }

    /// Lets `output` name the same file as `input` (`--write-baseline` may update `--baseline` in place: the run
    /// reads the baseline before it writes the new one).
    mutating func allow(output: String, toReplace input: String) {
        readBeforeWritten.append((output, input))
    }

    /// Refuses an output that is an input or another output, names a folder, or lies in a folder that does not
    /// exist or cannot be written.
    /// - Throws: `CommandFailure` (exit code 2) naming both files of a clash.
    func verify() throws {
        let inputIdentities = inputs.map { FileIdentity(path: $0.path) }
        var earlier: [(role: Role, identity: FileIdentity)] = []
        for output in outputs {
            let identity = FileIdentity(path: output.path)
            for (input, inputIdentity) in zip(inputs, inputIdentities) where identity.isSameFile(as: inputIdentity) {
                if readBeforeWritten.contains(where: { $0.output == output.name && $0.input == input.name }) { continue }
                throw CommandFailure(message: """
                    \(output.label) is the same file as \(input.label): Taiyaku never writes over a file it reads; \
                    choose another output
                    """)
            }
            if let clash = earlier.first(where: { identity.isSameFile(as: $0.identity) }) {
                throw CommandFailure(message: "\(output.label) is the same file as \(clash.role.label): each output needs a file of its own")
            }
            try Self.verifyWritable(output, identity: identity)
            earlier.append((output, identity))
        }
    }

    /// Refuses a folder, a missing or unwritable folder, and a read-only file, in plain words.
    private static func verifyWritable(_ output: Role, identity: FileIdentity) throws {
        if output.path.hasSuffix("/") {
            throw CommandFailure(message: "\(output.label) names a folder, but this output is one file: give a file name")
        }
        var status = stat()
        if stat(output.path, &status) == 0 {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                throw CommandFailure(message: "\(output.label) is a folder, but this output is one file: give a file name")
            }
            if access(output.path, W_OK) != 0 {
                throw CommandFailure(message: "\(output.label) cannot be written: \(StagedFile.reason(errno))")
            }
            // A terminal, pipe or device is written in place.
            if (status.st_mode & S_IFMT) != S_IFREG { return }
        }
        let path = identity.canonicalPath
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw CommandFailure(message: "\(output.label) cannot be written: the folder \(folder) does not exist")
        }
        if access(folder, W_OK) != 0 {
            throw CommandFailure(message: "\(output.label) cannot be written: no permission to create files in \(folder)")
        }
    }
}
