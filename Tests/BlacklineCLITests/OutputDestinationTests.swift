import Foundation
import Testing

/// `-o` to something that is not a regular file is written straight through: /dev/null stays a
/// device, a FIFO stays a FIFO and its reader gets the report. A folder is refused.
@Suite struct OutputDestinationTests {
    static let agreement = "Fixtures/seeds/asd-ace-2003-06-agreement.txt"

    /// S_IFCHR, S_IFIFO, S_IFREG… of what is at `path`.
    func fileType(_ path: String) -> mode_t? {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    @Test func devNullIsWrittenThrough() throws {
        let result = try CLITests().run(["parse", Self.agreement, "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// Checked on a null device of our own: other programs on this machine (older builds run as
    /// root) may replace /dev/null itself while the test runs. Without the right to make a
    /// device node, /dev/null is checked instead.
    @Test func aCharacterDeviceStaysADevice() throws {
        let folder = try CLITests().scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var device = folder.appendingPathComponent("null").path
        // Major 1, minor 3 (/dev/null) in Linux's dev_t: major << 8 | minor for numbers this small.
        if mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) != 0 { device = "/dev/null" }
        let result = try CLITests().run(["parse", Self.agreement, "-o", device])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(fileType(device) == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { $0 == "null" }, "no temporary file left")
    }

    @Test(arguments: ["-", "/dev/stdout"])
    func standardOutputByName(path: String) throws {
        let result = try CLITests().run(["parse", Self.agreement, "-o", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("source: \(Self.agreement) (text)"))
    }

    @Test func aFIFOIsWrittenToItsReader() throws {
        let folder = try CLITests().scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("report").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader opens the FIFO on its own thread: the writer's open waits for it.
        let received = ReceivedBytes()
        let reader = Thread {
            received.set(Self.readToEnd(fifo))
        }
        reader.start()
        let result = try CLITests().run(["parse", Self.agreement, "-o", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        if result.status != 0 {
            // The run never opened the FIFO: open and close it so the reader sees its end.
            close(open(fifo, O_WRONLY | O_NONBLOCK))
        }
        let report = String(decoding: received.wait(), as: UTF8.self)
        #expect(report.hasPrefix("source: \(Self.agreement) (text)"))
        #expect(fileType(fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report"], "no temporary file left")
    }

    /// A blocking open(2) (FileManager reads a FIFO as an empty file without waiting for a
    /// writer), then every byte up to the writer's close.
    static func readToEnd(_ path: String) -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return Data() }
        defer { close(descriptor) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return data }
            data.append(contentsOf: buffer[..<count])
        }
    }

    @Test func aFolderIsRefusedInOneLine() throws {
        let folder = try CLITests().scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLITests().run(["parse", Self.agreement, "-o", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr == "blackline: \(folder.path): is a directory; give the report a file name inside it, or '-' for standard output\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

/// What the FIFO's reader thread received, handed to the test once it has read to the end.
final class ReceivedBytes: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    func set(_ bytes: Data) {
        data = bytes
        done.signal()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
