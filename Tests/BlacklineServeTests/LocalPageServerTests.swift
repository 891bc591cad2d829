import BlacklineLoading
@testable import BlacklineServe
import Foundation
import Testing

/// `blackline serve` in-process on a free loopback port: the seed pair uploaded as a browser
/// sends it, the redline and its downloads checked, oversized and unreadable uploads refused.
@Suite struct LocalPageServerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let boundary = "----blackline-test-boundary"
    /// Small enough that an oversized upload is cheap to send.
    static let testLimit = 1024 * 1024

    static func fixture(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
    }

    /// Starts a server, runs `body` with its port, and stops it.
    func withServer(_ server: LocalPageServer = LocalPageServer(port: 0, uploadLimit: testLimit), _ body: (Int) async throws -> Void) async throws {
        let (addresses, continuation) = AsyncStream<URL>.makeStream()
        let task = Task { try await server.run { url in continuation.yield(url) } }
        defer { task.cancel() }
        var iterator = addresses.makeAsyncIterator()
        let url = try #require(await iterator.next())
        #expect(url.host == "127.0.0.1")
        try await body(try #require(url.port))
    }

    func post(_ port: Int, _ path: String, _ files: [(field: String, filename: String, bytes: [UInt8])]) async throws -> LoopbackResponse {
        try await LoopbackClient.send(port: port, method: "POST", path: path,
                                      headers: ["Content-Type": "multipart/form-data; boundary=\(Self.boundary)"],
                                      body: LoopbackClient.form(files, boundary: Self.boundary))
    }

    @Test func seedPairRoundTrip() async throws {
        let old = try Self.fixture("Fixtures/seeds/asd-ace-2003-06-agreement.txt")
        let new = try Self.fixture("Fixtures/pairs/asd-ace-2003-06-edited.txt")
        try await withServer { port in
            let form = try await LoopbackClient.send(port: port, method: "GET", path: "/")
            #expect(form.status == 200)
            #expect(form.text.contains("name=\"old\"") && form.text.contains("name=\"new\"") && form.text.contains("name=\"draft\""))

            let page = try await post(port, "/compare", [("old", "asd-ace-2003-06-agreement.txt", old), ("new", "asd-ace-2003-06-edited.txt", new)])
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("$575"))
            #expect(page.text.contains("LONG-TERM"))
            #expect(page.text.contains("asd-ace-2003-06-edited.txt"))
            #expect(!page.text.contains("blackline-serve-"), "the private folder's name leaks into the page")
            let links = page.text.components(separatedBy: "href=\"/reports/").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
            let csvPath = try #require(links.first { $0.hasSuffix("/changes.csv") })
            let jsonPath = try #require(links.first { $0.hasSuffix("/changes.json") })
            #expect(links.contains { $0.hasSuffix("/redline.html") })

            let csv = try await LoopbackClient.send(port: port, method: "GET", path: "/reports/" + csvPath)
            #expect(csv.status == 200)
            #expect(csv.headers["content-disposition"]?.contains("changes.csv") == true)
            #expect(csv.text.contains("$575"))
            #expect(csv.text.split(separator: "\n").count > 10)

            let json = try await LoopbackClient.send(port: port, method: "GET", path: "/reports/" + jsonPath)
            #expect(json.status == 200)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any])
            let summary = try #require(object["summary"] as? [String: Int])
            #expect(summary["renumbered"] == 6)
            #expect(summary["moved"] == 1)
            let changes = try #require(object["changes"] as? [[String: Any]])
            #expect(changes.contains { ($0["new"] as? [String: Any])?["path"] as? String == "701.A" })
        }
    }

    @Test func draftMarkupIsRead() async throws {
        let draft = try Self.fixture("Fixtures/seeds/aea-2021-24-ta-draft.txt")
        try await withServer { port in
            let page = try await post(port, "/markup", [("draft", "aea-2021-24-ta-draft.txt", draft)])
            #expect(page.status == 200)
            #expect(page.text.contains("markup accepted"))
            #expect(page.text.contains("/changes.json"))
        }
    }

    @Test func oversizedUploadsGet413() async throws {
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: Self.testLimit + 1)
        let small = try Self.fixture("Fixtures/pairs/small-old.txt")
        try await withServer { port in
            // One file over the limit, the body within the form's allowance: refused by its part.
            let one = try await post(port, "/compare", [("old", "big.txt", big), ("new", "small-old.txt", small)])
            #expect(one.status == 413)
            #expect(one.text.contains("&#39;big.txt&#39; is 1.0 MB") || one.text.contains("'big.txt' is 1.0 MB"), "\(one.text)")
            #expect(one.text.contains("up to 1 MB"))
            // A body over the whole form's allowance: refused by its length, before it is read.
            let whole = try await post(port, "/markup", [("draft", "big.txt", big + big)])
            #expect(whole.status == 413)
            #expect(whole.text.contains("up to 1 MB"))
        }
    }

    @Test func unreadableInputGetsTheCommandLineMessage() async throws {
        let name = "docx-zip-cd-offset-ffffffff.docx"
        let bytes = try Self.fixture("Fixtures/hostile/" + name)
        // What the command line says of the same file, named as the user named it.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blackline-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(name)
        try Data(bytes).write(to: copy)
        var expected = ""
        do { _ = try DocumentLoading.agreement(at: copy.path) } catch { expected = error.message.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(expected.hasPrefix(name + ": "))

        try await withServer { port in
            let page = try await post(port, "/compare", [("old", name, bytes), ("new", "small-old.txt", try Self.fixture("Fixtures/pairs/small-old.txt"))])
            #expect(page.status == 422)
            let message = try #require(page.text.components(separatedBy: "<p role=\"alert\">").dropFirst().first?.components(separatedBy: "</p>").first)
            #expect(message.contains("is damaged or truncated"), "\(message)")
            #expect(expected.contains("is damaged or truncated"))
            #expect(message.hasPrefix(name + ": "), "\(message)")

            let missing = try await post(port, "/compare", [("old", name, bytes)])
            #expect(missing.status == 422)
            #expect(missing.text.contains("no new file was sent"))
        }
    }

    @Test func uploadsAreDeletedAfterTheRequest() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("blackline-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let server = LocalPageServer(port: 0, uploadLimit: Self.testLimit, uploadParent: parent)
        try await withServer(server) { port in
            let page = try await post(port, "/compare", [("old", "small-old.txt", try Self.fixture("Fixtures/pairs/small-old.txt")),
                                                         ("new", "small-new.txt", try Self.fixture("Fixtures/pairs/small-new.txt"))])
            #expect(page.status == 200)
            #expect(page.text.contains("small-new.txt"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test func uploadFoldersArePrivate() throws {
        let folder = try UploadFolder()
        let path = try folder.save(Array("text".utf8), as: "old", filename: "../a.txt")
        #expect(path == folder.url.appendingPathComponent("old/a.txt").path)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: folder.url.path)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o700)
        #expect(folder.userFacing("\(path): is empty") == "a.txt: is empty")
        folder.remove()
        #expect(!FileManager.default.fileExists(atPath: folder.url.path))
    }
}

@Suite struct MultipartFormTests {
    @Test func partsAndEmptyFileInputs() throws {
        let body = LoopbackClient.form([("old", "a.txt", Array("one\r\ntwo".utf8)), ("new", "", [])], boundary: "XyZ")
        let form = try #require(MultipartForm(body: body, boundary: "XyZ"))
        #expect(form.parts.count == 2)
        #expect(form.file("old")?.bytes == Array("one\r\ntwo".utf8))
        #expect(form.file("old")?.filename == "a.txt")
        #expect(form.file("new") == nil, "a file input left empty is no file")
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"XyZ\"") == "XyZ")
        #expect(MultipartForm.boundary(contentType: "text/plain") == nil)
        #expect(MultipartForm(body: Array("garbage".utf8), boundary: "XyZ") == nil)
    }

    @Test func browserFileNamesStayInTheFolder() {
        #expect(UploadFolder.safeName("../../etc/passwd") == "passwd")
        #expect(UploadFolder.safeName("C:\\Users\\me\\2021 TA.pdf") == "2021 TA.pdf")
        #expect(UploadFolder.safeName("..") == "upload")
    }
}
