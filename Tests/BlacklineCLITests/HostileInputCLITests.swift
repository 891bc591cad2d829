import Foundation
import Testing

/// The built `blackline` on inputs made to crash, hang or exhaust it (Fixtures/hostile): each run
/// ends on its own within a generous timeout, without a signal, with exit 2 and one stderr line
/// naming the file, or exit 0 and a clean stderr where the input is valid.
@Suite struct HostileInputCLITests {
    func run(_ arguments: [String]) throws -> WatchedRun { try WatchedRun.run(arguments) }

    func expectRefused(_ path: String, saying problem: String) throws {
        let result = try run(["parse", path])
        #expect(!result.signalled, "\(path) crashed or hung")
        #expect(result.status == 2, "\(path): \(result.stderr)")
        #expect(result.stderr.hasPrefix("blackline: \(path): "), "\(result.stderr)")
        #expect(result.stderr.contains(problem), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
    }

    func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blackline-hostile-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [
        ("docx-zip-cd-offset-ffffffff.docx", "is damaged or truncated (zip archive: its central directory lies outside the file)"),
        ("docx-billion-laughs.docx", "word/document.xml declares a DTD"),
        ("docx-quadratic-blowup.docx", "word/document.xml declares a DTD"),
        ("docx-deep-ins-100000.docx", "word/document.xml nests elements more than 256 deep"),
        ("docx-zipbomb-1GB-zeros.docx", "its part word/document.xml would unpack to 1.0 GB"),
        ("docx-zipbomb-1GB-spaces.docx", "its part word/document.xml would unpack to 1.0 GB"),
        ("docx-zipbomb-2.2GB-int32-overflow.docx", "its part word/document.xml would unpack to 2.2 GB"),
        ("docx-zipbomb-200MB-paragraphs.docx", "its part word/document.xml would unpack to 199 MB"),
        ("docx-zipbomb-size-lie.docx", "unpacks to more than the 1000 bytes its header declares"),
    ])
    func hostileDOCXIsRefusedInOneLine(name: String, problem: String) throws {
        try expectRefused("Fixtures/hostile/\(name)", saying: problem)
    }

    @Test(arguments: [
        "docx-minimal-valid.docx", "docx-20000-header-parts.docx",
        "docx-numbering-start-intmax.docx", "docx-numbering-start-intmin.docx", "docx-numbering-letter-intmax.docx",
        "docx-numbering-letter-1e11.docx", "docx-numbering-roman-1e12.docx", "docx-numbering-ilvl-intmax.docx",
        "html-ol-start-intmax.html", "html-ol-letter-start-intmax.html", "html-ol-letter-start-1e11.html",
        "html-ol-roman-start-1e12.html", "html-colspan-2e9.html", "html-colspan-intmax.html",
    ])
    func validInputWithHostileNumbersIsRead(name: String) throws {
        let result = try run(["parse", "Fixtures/hostile/\(name)"])
        #expect(!result.signalled, "\(name) crashed or hung")
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test func devicesFIFOsDirectoriesAndEmptyFilesAreRefusedInOneLine() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        try expectRefused("/dev/null", saying: "is a device, not a file")
        try expectRefused("/dev/zero", saying: "is a device, not a file")
        try expectRefused(fifo, saying: "is a FIFO (named pipe), not a file")
        try expectRefused(empty.path, saying: "is empty")
        // A folder given to parse is searched for agreements; given to diff, it is refused.
        let result = try run(["diff", folder.path, "Fixtures/seeds/asd-ace-2003-06-agreement.txt"])
        #expect(result.status == 2)
        #expect(result.stderr == "blackline: \(folder.path): is a directory; give a .pdf, .txt, .docx or .html file\n")
    }

    @Test func textsPastTheLimitAreRefusedInOneLine() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = folder.appendingPathComponent("agreement-200MB.txt")
        try Data(String(repeating: "ARTICLE 1 RECOGNITION\nThe District recognizes the Association.\n", count: 2_000).utf8).write(to: large)
        let handle = try FileHandle(forWritingTo: large)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        try expectRefused(large.path, saying: "is 200 MB, more than the 16 MB a text file is read up to")
        let sparse = folder.appendingPathComponent("sparse-4GB.txt")
        try Data("ARTICLE 1 RECOGNITION\n".utf8).write(to: sparse)
        let sparseHandle = try FileHandle(forWritingTo: sparse)
        try sparseHandle.truncate(atOffset: 4 << 30)
        try sparseHandle.close()
        try expectRefused(sparse.path, saying: "binary data")
    }
}
