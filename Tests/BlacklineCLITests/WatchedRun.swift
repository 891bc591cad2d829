import Foundation

/// One run of the built `blackline` under a watchdog, as the hostile-input suites make it: how it
/// ended (its status, or a signal: a crash, or the watchdog's terminate after a hang) and what it
/// printed.
struct WatchedRun {
    /// Far above the second or so a hostile case takes (the PDF time budget is 30 s); it only
    /// catches a hang.
    static let timeout: TimeInterval = 120

    var status: Int32
    var signalled: Bool
    var stdout: String
    var stderr: String

    /// Runs `blackline arguments` from the package root; with `addressSpaceKiB`, through
    /// `/bin/sh` under `ulimit -v`, so a run past that ceiling fails to allocate and aborts.
    static func run(_ arguments: [String], addressSpaceKiB: Int? = nil) throws -> WatchedRun {
        let process = Process()
        if let addressSpaceKiB {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -v \(addressSpaceKiB); exec \"$0\" \"$@\"", CLITests.executable.path] + arguments
        } else {
            process.executableURL = CLITests.executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = CLITests.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // stderr is a line or a backtrace, well under a pipe's buffer: reading stdout first cannot stall.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return WatchedRun(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                          stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
