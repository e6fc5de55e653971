#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file's new contents written beside it, not yet in place: `commit()` puts them there in one rename,
/// `discard()` (or dropping the value) leaves the file as it was and no temporary file behind.
///
/// - The new contents go to a temporary file in the destination's own folder (on Linux an unnamed one,
///   `O_TMPFILE`, which vanishes by itself if the process is killed before the commit), are flushed to disk
///   (`fsync`), then renamed over the destination, so a reader never sees half a file.
/// - A symbolic link is written through: the file it points to is replaced and the link stays. An existing file
///   keeps its permission bits (a mode-600 file stays 600); a new one gets the usual mode (0666 less the umask).
/// - A destination that is not a regular file (a terminal, a pipe, `/dev/null`) is written in place at the commit.
///
/// A class because it owns a file descriptor and a temporary file, which its `deinit` closes and removes.
package final class StagedFile {
    /// The path as the caller gave it, for messages.
    package let path: String
    /// The file the contents will replace, symbolic links followed.
    private let destination: String
    private let folder: String
    private var descriptor: Int32 = -1
    /// The temporary file's name, once it has one.
    private var temporaryPath: String?
    /// The contents, kept for a destination written in place, and its path.
    private var inPlace: Data?
    private var inPlacePath: String?

    /// Writes `data` beside `path`.
    /// - Parameter keepsDescriptor: hold the temporary file open until the commit, which lets it stay unnamed on
    ///   Linux; pass `false` when many files are staged at once (each would hold a descriptor).
    /// - Throws: `FileWriteError` naming `path` when it names a folder, its folder is missing, or the system
    ///   refuses the write (permissions, a full disk).
    package init(_ data: Data, at path: String, keepsDescriptor: Bool = true) throws(FileWriteError) {
        self.path = path
        let destination = FileIdentity(path: path).canonicalPath
        self.destination = destination
        let slash = destination.lastIndex(of: "/") ?? destination.startIndex
        folder = slash == destination.startIndex ? "/" : String(destination[..<slash])
        if path.hasSuffix("/") { throw .isFolder(path) }
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            // A terminal, pipe or device (`/dev/stdout`, `/dev/null`): written in place, through the path as given.
            if (status.st_mode & S_IFMT) == S_IFDIR { throw .isFolder(path) }
            inPlace = data
            inPlacePath = path
            return
        }
        let exists = stat(destination, &status) == 0
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw .missingFolder(path, folder: folder)
        }
        #if os(Linux)
        if keepsDescriptor {
            // O_TMPFILE is `__O_TMPFILE | O_DIRECTORY`, a macro Swift does not import.
            descriptor = open(folder, 0o20000000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o666)
        }
        #endif
        if descriptor < 0 {
            let name = String(destination[destination.index(after: slash)...])
            descriptor = try createNamed(prefix: "." + name + ".")
        }
        if exists, fchmod(descriptor, status.st_mode & 0o7777) != 0 {
            throw .cannotWrite(path, reason: Self.reason(errno))
        }
        try Self.writeAll(data, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw .cannotWrite(path, reason: Self.reason(errno)) }
        if temporaryPath != nil {
            close(descriptor)
            descriptor = -1
        }
    }

    deinit {
        discard()
    }

    /// Puts the new contents in place. Call once.
    /// - Throws: `FileWriteError` when the rename (or, for a device or pipe, the write) fails; the temporary file
    ///   is removed then.
    package func commit() throws(FileWriteError) {
        defer { discard() }
        if let inPlace, let inPlacePath {
            let output = open(inPlacePath, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard output >= 0 else { throw .cannotWrite(path, reason: Self.reason(errno)) }
            defer { close(output) }
            try Self.writeAll(inPlace, to: output, path: path)
            return
        }
        if temporaryPath == nil, descriptor >= 0 {
            // An unnamed file: give it a name beside the destination, then rename that over the destination.
            for _ in 0..<16 {
                let candidate = Self.temporaryName(in: folder, prefix: ".taiyaku-")
                if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0 {
                    temporaryPath = candidate
                    break
                }
                if errno != EEXIST { throw .cannotWrite(path, reason: Self.reason(errno)) }
            }
        }
        guard let temporaryPath else { throw .cannotWrite(path, reason: "no free temporary file name") }
        guard rename(temporaryPath, destination) == 0 else { throw .cannotWrite(path, reason: Self.reason(errno)) }
        self.temporaryPath = nil
        // Make the rename itself durable.
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    /// Drops the new contents: the destination stays as it was and no temporary file remains.
    package func discard() {
        if descriptor >= 0 { close(descriptor) }
        if let temporaryPath { unlink(temporaryPath) }
        descriptor = -1
        temporaryPath = nil
        inPlace = nil
    }

    /// Writes `data` to `path` in one step: staged, then committed.
    package static func write(_ data: Data, to path: String) throws(FileWriteError) {
        try StagedFile(data, at: path).commit()
    }

    /// Creates a temporary file with a fresh name in the destination's folder and remembers its name.
    private func createNamed(prefix: String) throws(FileWriteError) -> Int32 {
        for _ in 0..<16 {
            let candidate = Self.temporaryName(in: folder, prefix: prefix)
            let opened = open(candidate, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
            if opened >= 0 {
                temporaryPath = candidate
                return opened
            }
            if errno != EEXIST { throw .cannotWrite(path, reason: Self.reason(errno)) }
        }
        throw .cannotWrite(path, reason: "no free temporary file name")
    }

    private static func temporaryName(in folder: String, prefix: String) -> String {
        (folder == "/" ? "" : folder) + "/" + prefix + String(UInt64.random(in: 0...UInt64.max), radix: 36) + ".taiyaku-tmp"
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(FileWriteError) {
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(path, reason: reason(failure)) }
    }

    /// The system's words for `code`, in lower case (`permission denied`, `no space left on device`).
    package static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// `write(2)`, named apart from `StagedFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}

/// Why an output file could not be written, in the user's words.
package enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    case isFolder(String)
    case missingFolder(String, folder: String)
    case cannotWrite(String, reason: String)

    package var description: String {
        switch self {
        case .isFolder(let path): return "\(path): is a folder, not a file; name a file to write"
        case .missingFolder(let path, _), .cannotWrite(let path, _): return "\(path): cannot be written: \(reason)"
        }
    }

    /// What went wrong, without the path.
    package var reason: String {
        switch self {
        case .isFolder: return "it is a folder, not a file"
        case .missingFolder(_, let folder): return "the folder \(folder) does not exist"
        case .cannotWrite(_, let reason): return reason
        }
    }
}
