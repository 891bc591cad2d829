import Foundation

/// A private folder (mode 0700, under the system's temporary folder) holding one request's
/// uploads, removed with everything in it when the request is answered: the contracts a
/// negotiator uploads stay on the machine only while they are compared.
struct UploadFolder {
    let url: URL

    init(in parent: URL = FileManager.default.temporaryDirectory) throws {
        let url = parent.appendingPathComponent("blackline-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        self.url = url
    }

    /// Writes an upload under its own subfolder (`role`: "old", "new", "draft"), keeping the
    /// name the browser gave, so reports and messages name the file as the user knows it.
    func save(_ bytes: [UInt8], as role: String, filename: String) throws -> String {
        let folder = url.appendingPathComponent(role)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let file = folder.appendingPathComponent(Self.safeName(filename))
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return file.path
    }

    /// A path inside the folder, as the user would call it: "old/a.pdf" → "a.pdf".
    func userFacing(_ message: String) -> String {
        var message = message
        for role in ["old", "new", "draft"] {
            message = message.replacingOccurrences(of: url.appendingPathComponent(role).path + "/", with: "")
        }
        return message.replacingOccurrences(of: url.path + "/", with: "")
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// The last component of a browser's file name, without path separators or a leading dot.
    static func safeName(_ filename: String) -> String {
        let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.drop(while: { $0 == "." }).filter { $0 != "\0" })
        return cleaned.isEmpty ? "upload" : cleaned
    }
}
