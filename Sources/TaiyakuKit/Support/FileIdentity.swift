#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Which file a path names, so that two spellings of one file compare equal: `ja.txt`, `./ja.txt`,
/// `/home/me/ja.txt`, `docs/../ja.txt`, a symbolic link to it and a hard link of it.
///
/// A file that exists is known by its device and inode (hard links and links through symbolic links compare
/// equal); a path that names no file yet is known by its canonical path: absolute, `.` and `..` resolved and every
/// symbolic link on the way (also a dangling one at the end) followed.
package struct FileIdentity: Sendable, Hashable, CustomStringConvertible {
    /// The absolute path with every symbolic link resolved.
    package let canonicalPath: String
    /// Device and inode of the file the path names, when it exists.
    package let device: UInt64?
    package let inode: UInt64?

    /// The identity of `path`, relative paths taken from `directory` (the working directory by default).
    package init(path: String, relativeTo directory: String = FileManager.default.currentDirectoryPath) {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        canonicalPath = Self.canonical(absolute, depth: 0)
        // The kernel follows every link, also those `realpath` cannot name (`/dev/stdout` to a pipe).
        var status = stat()
        if stat(absolute, &status) == 0 {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        } else {
            device = nil
            inode = nil
        }
    }

    /// Whether the two paths name one file.
    package func isSameFile(as other: FileIdentity) -> Bool {
        if let device, let inode, let otherDevice = other.device, let otherInode = other.inode {
            return device == otherDevice && inode == otherInode
        }
        return canonicalPath == other.canonicalPath
    }

    package var description: String { canonicalPath }

    /// `absolute` with `.`, `..` and symbolic links resolved, for a path that may not exist yet: the longest part
    /// that exists is resolved by the system, the rest component by component.
    private static func canonical(_ absolute: String, depth: Int) -> String {
        if let resolved = realpath(absolute, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        var components = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let last = components.popLast() else { return "/" }
        let parent = canonical("/" + components.joined(separator: "/"), depth: depth)
        switch last {
        case ".": return parent
        case "..": return parent == "/" ? "/" : String(parent[..<(parent.lastIndex(of: "/") ?? parent.startIndex)]).nonEmpty ?? "/"
        default: break
        }
        let joined = parent == "/" ? "/" + last : parent + "/" + last
        // A dangling symbolic link: writing to it creates the file it points to.
        var status = stat()
        guard depth < 40, lstat(joined, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return joined }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(joined, &buffer, buffer.count - 1)
        guard count > 0 else { return joined }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return canonical(target.hasPrefix("/") ? target : parent + "/" + target, depth: depth + 1)
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
