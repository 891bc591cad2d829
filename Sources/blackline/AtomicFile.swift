import BlacklineLoading
import Foundation

/// A report written whole or not at all: into a temporary file beside the target, then renamed
/// over it in one step (rename(2)), so readers see the old report or the new one, and a run that
/// fails leaves neither half a report nor its temporary file behind.
enum AtomicFile {
    /// `path` is where it goes (symbolic links resolved); `shown` is what the user typed.
    static func write(_ data: Data, to path: String, as shown: String) throws(Failure) {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            // A full disk can fail the write after the file was created.
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "\(shown): cannot be written (\(error.localizedDescription)); check the folder exists and is writable")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "\(shown): cannot be written (\(reason.lowercased())); check the folder exists and is writable")
        }
    }
}
