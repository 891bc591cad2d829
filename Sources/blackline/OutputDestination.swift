import Foundation

/// Where a report goes: stdout, or a file written whole or not at all (a temporary file in the
/// same folder, renamed into place), so a failed run never leaves half a report behind.
enum OutputDestination {
    static func write(_ text: String, to path: String?) throws(Failure) {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) {
                _ = try FileManager.default.replaceItemAt(target, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: target)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "\(path): cannot be written (\(error.localizedDescription)); check the folder exists and is writable")
        }
    }
}
