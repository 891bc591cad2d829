import BlacklineLoading
import Foundation

/// Where a report goes (`-o`). A regular file, or a path with nothing there yet, is written whole
/// or not at all: a temporary file in the same folder renamed into place (`AtomicFile`), so a
/// failed run never leaves half a report behind. Anything else that takes bytes (a character or
/// block device such as /dev/null or a terminal, a FIFO, a socket, standard output as `-` or
/// /dev/stdout) is written straight through (`StreamOutput`): renaming a file over it would
/// replace the device node as root and fail for anyone else. A folder is refused.
enum OutputDestination {
    static func write(_ text: String, to path: String?) throws(Failure) {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let data = Data(text.utf8)
        switch OutputTarget(path) {
        case .descriptor(let descriptor): try StreamOutput.write(data, toDescriptor: descriptor, path: path)
        case .stream: try StreamOutput.write(data, toStreamAt: path)
        case .socket: try StreamOutput.write(data, toSocketAt: path)
        case .directory:
            throw Failure(message: "\(path): is a directory; give the report a file name inside it, or '-' for standard output")
        case .file(let resolved): try AtomicFile.write(data, to: resolved, as: path)
        }
    }
}
