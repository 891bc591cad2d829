import BlacklineModel
import Foundation

/// A path opened once for reading. What it names is judged before a byte is read: a directory,
/// a device (/dev/zero never ends, /dev/null is always empty), a FIFO (may never get a writer) or
/// a socket is refused with its own message; a regular file is read in a bounded prefix (enough
/// to tell its format) and then, when its format calls for it, whole up to a size limit.
final class InputFile {
    let path: String
    /// The size the file system reports; 0 for files whose size it does not know (/proc).
    let reportedSize: Int
    private let handle: FileHandle
    /// Bytes of each read call: large enough for few system calls, small beside the limits.
    private static let chunkSize = 1 << 20

    init(path: String) throws(ReadError) {
        self.path = path
        // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below tells what it is.
        let opened = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard opened >= 0 else { throw Self.openFailure(path: path, errorNumber: errno) }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let number = errno
            close(opened)
            throw ReadError(path: path, problem: .readFailed(reason: String(cString: strerror(number))))
        }
        if let problem = Self.problem(ofKind: status.st_mode & S_IFMT) {
            close(opened)
            throw ReadError(path: path, problem: problem)
        }
        handle = FileHandle(fileDescriptor: opened, closeOnDealloc: true)
        reportedSize = Int(status.st_size)
    }

    /// Up to `count` bytes from where reading stopped; fewer only at the end of the file.
    func read(upTo count: Int) throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(count, Self.chunkSize))
        while bytes.count < count {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: min(Self.chunkSize, count - bytes.count))
            } catch {
                throw ReadError(path: path, problem: .readFailed(reason: (error as NSError).localizedDescription))
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }

    /// The whole file, given what was already read from its start; refused when it is (or grows)
    /// past `limit` bytes, before the rest is read when the file system knows its size.
    func readWhole(startingWith head: [UInt8], limit: Int, format: DocumentFormat) throws(ReadError) -> [UInt8] {
        guard reportedSize <= limit else {
            throw ReadError(path: path, problem: .tooLarge(bytes: reportedSize, limit: limit, format: format))
        }
        var bytes = head
        bytes.reserveCapacity(max(reportedSize, head.count))
        // One byte past the limit tells a file that grew past it from one that ends there.
        let rest = try read(upTo: limit + 1 - head.count)
        bytes += rest
        guard bytes.count <= limit else {
            throw ReadError(path: path, problem: .tooLarge(bytes: bytes.count, limit: limit, format: format))
        }
        return bytes
    }

    private static func problem(ofKind kind: mode_t) -> ReadError.Problem? {
        switch kind {
        case S_IFREG: nil
        case S_IFDIR: .isDirectory
        case S_IFCHR, S_IFBLK: .device
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        default: .device
        }
    }

    /// Why `open` failed, in the user's terms: a socket cannot be opened, so it is told apart here.
    private static func openFailure(path: String, errorNumber: Int32) -> ReadError {
        switch errorNumber {
        case ENOENT, ENOTDIR: return ReadError(path: path, problem: .missing)
        case EACCES, EPERM: return ReadError(path: path, problem: .permissionDenied)
        case ENXIO, EOPNOTSUPP:
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK { return ReadError(path: path, problem: .socket) }
            return ReadError(path: path, problem: .device)
        default:
            return ReadError(path: path, problem: .readFailed(reason: String(cString: strerror(errorNumber))))
        }
    }
}
