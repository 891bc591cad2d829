import Foundation

/// A `multipart/form-data` body (RFC 7578) read into its parts: the form's field name, the file
/// name a browser gave, and the bytes. One pass over the body per boundary search; the body is
/// held whole (the server caps its size before reading it).
public struct MultipartForm: Sendable {
    public struct Part: Sendable {
        public var name: String
        public var filename: String?
        public var bytes: [UInt8]
    }

    public var parts: [Part]

    /// The part named `name` that carries a file with a name and some bytes: a browser sends an
    /// empty part for a file input left empty.
    public func file(_ name: String) -> Part? {
        parts.first { $0.name == name && !($0.filename ?? "").isEmpty && !$0.bytes.isEmpty }
    }

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` header, quoted or not.
    public static func boundary(contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// Nil when the body is not a well-formed form with that boundary.
    public init?(body: [UInt8], boundary: String) {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard var cursor = Self.find(delimiter, in: body, from: 0).map({ $0 + delimiter.count }) else { return nil }
        var parts: [Part] = []
        while true {
            // After a delimiter: "--" closes the form, CRLF opens a part.
            if body[cursor...].starts(with: Array("--".utf8)) { break }
            guard body[cursor...].starts(with: Array("\r\n".utf8)) else { return nil }
            cursor += 2
            guard let headersEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: cursor),
                  let next = Self.find(separator, in: body, from: headersEnd + 4) else { return nil }
            let headers = String(decoding: body[cursor..<headersEnd], as: UTF8.self)
            guard let (name, filename) = Self.disposition(headers) else { return nil }
            parts.append(Part(name: name, filename: filename, bytes: Array(body[(headersEnd + 4)..<next])))
            cursor = next + separator.count
        }
        self.parts = parts
    }

    /// The name and file name of a part's `Content-Disposition: form-data; name="old"; filename="a.pdf"`.
    static func disposition(_ headers: String) -> (name: String, filename: String?)? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            var name: String?, filename: String?
            for parameter in line.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
                switch pair[0].lowercased() {
                case "name": name = value
                case "filename": filename = value
                default: break
                }
            }
            return name.map { ($0, filename) }
        }
        return nil
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
