#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an input file's bytes the way a careful command-line tool does: only regular files (never a FIFO, a device
/// or a socket, which could block or never end), at most `Limits.maximumFileBytes`, and with the reason in the
/// user's words when it cannot.
package enum InputFile {
    /// The bytes of the regular file at `path` (symbolic links followed).
    /// - Throws: `DocumentError.fileNotFound`, `.isDirectory`, `.notRegularFile`, `.tooLarge` or `.unreadable`.
    /// - Complexity: O(n) in the file's size.
    package static func read(_ path: String, limits: Limits = .standard) throws(DocumentError) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw failure(path, errno) }
        try requireRegular(path, status)
        // O_NONBLOCK: should the path have been replaced by a FIFO since `stat`, opening it does not wait for a
        // writer; `fstat` below then refuses it.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw failure(path, errno) }
        try requireRegular(path, status)
        let size = Int(status.st_size)
        guard size <= limits.maximumFileBytes else {
            throw .tooLarge(file: path, bytes: size, limit: limits.maximumFileBytes)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        // Read until the end, not `size` bytes: a file that grows since `fstat` is still held to the cap.
        while true {
            let got = chunk.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress, buffer.count)
            }
            if got < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw failure(path, errno)
            }
            if got == 0 { break }
            bytes += chunk[..<got]
            guard bytes.count <= limits.maximumFileBytes else {
                throw .tooLarge(file: path, bytes: bytes.count, limit: limits.maximumFileBytes)
            }
        }
        return bytes
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    private static func requireRegular(_ path: String, _ status: stat) throws(DocumentError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .isDirectory(file: path)
        case S_IFIFO: throw .notRegularFile(file: path, kind: "a named pipe (FIFO)")
        case S_IFCHR: throw .notRegularFile(file: path, kind: "a character device")
        case S_IFBLK: throw .notRegularFile(file: path, kind: "a block device")
        case S_IFSOCK: throw .notRegularFile(file: path, kind: "a socket")
        default: throw .notRegularFile(file: path, kind: "not a regular file")
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> DocumentError {
        switch code {
        case ENOENT: return .fileNotFound(file: path)
        case ENOTDIR: return .fileNotFound(file: path)
        case EACCES, EPERM: return .unreadable(file: path, reason: "permission denied (check the file's permissions)")
        case ELOOP: return .unreadable(file: path, reason: "too many symbolic links (a link that points to itself?)")
        case ENAMETOOLONG: return .unreadable(file: path, reason: "the path is too long")
        case EISDIR: return .isDirectory(file: path)
        default: return .unreadable(file: path, reason: String(cString: strerror(code)))
        }
    }
}
