import ArgumentParser
import BlacklineLoading
import BlacklineServe
import Foundation

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "A page in the browser to compare two versions, or read a TA'd draft, without the terminal.",
        discussion: "Listens on 127.0.0.1 only, so no other computer can reach it, and prints its address; Ctrl-C stops it. "
            + "Uploaded files are compared in a private temporary folder and deleted at once."
    )

    @Option(help: "The port to listen on (without it, a free one).") var port: Int?
    @Flag(name: .customLong("no-open"), help: "Only print the address; do not open the page in the default browser.") var noOpen = false
    @Option(name: .customLong("max-upload"), help: "The largest file accepted, in MB.") var maxUpload = LocalPageServer.defaultUploadLimit / (1024 * 1024)

    func validate() throws {
        if let port, !(1...65535).contains(port) { throw ValidationError("--port takes a number from 1 to 65535") }
        if maxUpload < 1 { throw ValidationError("--max-upload takes a number of MB, 1 or more") }
    }

    func run() throws {
        let server = LocalPageServer(port: port ?? 0, uploadLimit: maxUpload * 1024 * 1024)
        let opens = !noOpen
        let outcome = ServeOutcome()
        Task.detached {
            do {
                try await server.run(handlingSignals: true) { url in
                    FileHandle.standardOutput.write(Data("Blackline is at \(url.absoluteString) (Ctrl-C to stop)\n".utf8))
                    if opens { BrowserOpener.open(url) }
                }
            } catch {
                outcome.error = error
            }
            outcome.done.signal()
        }
        outcome.done.wait()
        if let error = outcome.error {
            throw Failure(message: "\(LocalPageServer.host):\(port.map(String.init) ?? "a free port"): could not listen (\(error)); "
                + "choose another port with --port, or leave --port out for a free one")
        }
    }
}

/// The server's end, handed from its task to the command's thread, which waits for it.
private final class ServeOutcome: @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    /// Written once by the server task before `done` is signalled, read after.
    var error: (any Error)?
}

/// Opens the page in the default browser when there is one: `open` on macOS; on Linux
/// xdg-open, and only under a graphical session (DISPLAY or WAYLAND_DISPLAY), since without one
/// it may start a text browser in this very terminal.
enum BrowserOpener {
    static func open(_ url: URL) {
        #if os(macOS)
        let opener = "/usr/bin/open"
        #else
        let environment = ProcessInfo.processInfo.environment
        guard environment["DISPLAY"] != nil || environment["WAYLAND_DISPLAY"] != nil,
              let opener = executable(named: "xdg-open", in: environment["PATH"] ?? "") else { return }
        #endif
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [url.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }

    static func executable(named name: String, in path: String) -> String? {
        path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
