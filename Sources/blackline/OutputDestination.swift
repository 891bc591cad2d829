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
        } catch {
            throw Failure(message: "\(path): cannot be written (\(error.localizedDescription)); check the folder exists and is writable")
        }
        // rename(2) replaces an existing report in one step: readers see the old file or the new one.
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "\(path): cannot be written (\(reason.lowercased())); check the folder exists and is writable")
        }
    }
}
