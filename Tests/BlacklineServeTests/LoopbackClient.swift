import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a POSIX socket to 127.0.0.1, so the server's tests reach
/// nothing beyond loopback (no proxy settings, no other library). The body is sent on a second
/// thread while the response is read, so a server that answers early (413) and stops reading
/// cannot block the test; the socket is shut down once the response is in.
struct LoopbackResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

enum LoopbackClient {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func send(port: Int, method: String, path: String, headers: [String: String] = [:], body: [UInt8] = []) async throws -> LoopbackResponse {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try request(port: port, method: method, path: path, headers: headers, body: body) })
            }
        }
    }

    static func request(port: Int, method: String, path: String, headers: [String: String], body: [UInt8]) throws -> LoopbackResponse {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect to 127.0.0.1:\(port): errno \(errno)") }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        let outgoing = Array((head + "\r\n").utf8) + body
        let sender = DispatchGroup()
        DispatchQueue.global().async(group: sender) {
            var sent = 0
            while sent < outgoing.count {
                let count = outgoing[sent...].withUnsafeBytes { Glibc.send(socketFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if count <= 0 { return }  // the server closed early: its answer is read below
                sent += count
            }
        }
        defer {
            shutdown(socketFD, Int32(SHUT_RDWR))
            sender.wait()
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let response = parse(received) { return response }
            let count = buffer.withUnsafeMutableBytes { recv(socketFD, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        guard let response = parse(received, complete: true) else { throw Failure(description: "no complete response (\(received.count) bytes)") }
        return response
    }

    /// The response once its head and Content-Length bytes are in (or, at the end of the
    /// stream, whatever body came).
    static func parse(_ bytes: [UInt8], complete: Bool = false) -> LoopbackResponse? {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = (0...max(0, bytes.count - 4)).first(where: { bytes.count >= 4 && Array(bytes[$0..<($0 + 4)]) == separator }) else { return nil }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = lines.first, let status = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[(end + 4)...])
        if let length = headers["content-length"].flatMap(Int.init) {
            return body.count >= length ? LoopbackResponse(status: status, headers: headers, body: Array(body.prefix(length))) : nil
        }
        return complete ? LoopbackResponse(status: status, headers: headers, body: body) : nil
    }

    /// A multipart/form-data body of files: (field, file name, bytes).
    static func form(_ files: [(field: String, filename: String, bytes: [UInt8])], boundary: String) -> [UInt8] {
        var body: [UInt8] = []
        for file in files {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.bytes
            body += Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }
}
