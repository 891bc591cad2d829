import Foundation

/// What an `-o` path names, by stat(2), which follows symbolic links: a link to /dev/null is
/// /dev/null, a link to a report is that report.
enum OutputTarget: Equatable {
    /// One of this process's own descriptors: `-`, /dev/stdout, /dev/stderr, /dev/fd/N,
    /// /proc/self/fd/N. Written to that descriptor: reopening it by name would truncate or
    /// rename over whatever the shell redirected it to.
    case descriptor(Int32)
    /// A character or block device, or a FIFO: opened by name and written in place.
    case stream
    /// A Unix domain socket: connected to, then written.
    case socket
    case directory
    /// A regular file (its real path, so a symbolic link to it stays a link), or a path where
    /// nothing is yet, or one stat cannot see (the write then says why it fails).
    case file(String)

    init(_ path: String) {
        if let descriptor = Self.ownDescriptor(path) {
            self = .descriptor(descriptor)
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            self = .file(path)
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: self = .directory
        case S_IFCHR, S_IFBLK, S_IFIFO: self = .stream
        case S_IFSOCK: self = .socket
        default: self = .file(Self.realPath(path) ?? path)
        }
    }

    private static func ownDescriptor(_ path: String) -> Int32? {
        switch path {
        case "-", "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
