import Foundation

/// What a report says about a document it compared: its name, when the file was last modified,
/// and the SHA-256 of its bytes, so a reader can tell the exact versions apart.
public struct SourceInfo: Sendable, Hashable {
    public var name: String
    /// "2026-11-22" (UTC), or nil when unknown.
    public var modified: String?
    public var sha256: String?
    /// A qualifier shown after the name: "markup undone".
    public var role: String?

    public init(name: String, modified: String? = nil, sha256: String? = nil, role: String? = nil) {
        self.name = name
        self.modified = modified
        self.sha256 = sha256
        self.role = role
    }

    /// Reads the file's modification date and digest; an unreadable file (already reported by
    /// the reader) just leaves them out.
    public init(path: String, role: String? = nil) {
        let url = URL(fileURLWithPath: path)
        let date = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) }
        self.init(name: url.lastPathComponent, modified: date.map(Self.day), sha256: bytes.map(SHA256.hex), role: role)
    }

    private static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
