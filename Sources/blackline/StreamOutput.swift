import BlacklineLoading
import Foundation

/// A report written straight through to something that is not a regular file: a device, a FIFO,
/// a socket or an open descriptor. No temporary file and no rename; what the reader has taken
/// before a failure cannot be taken back, as with `cat > /dev/tty`.
enum StreamOutput {
    static func write(_ data: Data, toStreamAt path: String) throws(Failure) {
        // O_NOCTTY: a terminal written to does not become ours. A FIFO waits here for a reader.
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        try write(data, toDescriptor: descriptor, path: path)
    }

    static func write(_ data: Data, toSocketAt path: String) throws(Failure) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { throw Failure(message: "\(path): cannot be written (a socket path is at most \(capacity - 1) bytes)") }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in buffer.copyBytes(from: bytes) }
        let descriptor = socket(AF_UNIX, streamSocket, 0)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { throw failure(path) }
        try write(data, toDescriptor: descriptor, path: path)
    }

    /// Every byte, across short writes and interruptions.
    static func write(_ data: Data, toDescriptor descriptor: Int32, path: String) throws(Failure) {
        // A reader that goes away must end the run with a message, not kill it with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        var failed = false
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += written
            }
        }
        if failed { throw failure(path) }
    }

    private static func failure(_ path: String) -> Failure {
        Failure(message: "\(path): cannot be written (\(String(cString: strerror(errno)).lowercased()))")
    }
}

/// write(2), out of reach by name inside `StreamOutput`, whose methods are called `write` too.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

#if os(Linux)
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#else
private let streamSocket = SOCK_STREAM
#endif
