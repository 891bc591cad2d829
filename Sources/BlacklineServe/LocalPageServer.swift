import BlacklineDiffer
import BlacklineLoading
import BlacklineModel
import BlacklineReports
import Foundation
import Hummingbird
import Logging

/// `blackline serve`: a page on 127.0.0.1 where a negotiator uploads two versions (or one TA'd
/// draft) and gets the HTML redline, with downloads of the same comparison as HTML, CSV and JSON.
/// Uploads go to a private folder deleted when the request is answered (`UploadFolder`); only the
/// rendered reports stay, in memory (`ReportStore`). Reading and comparing run off the server's
/// threads, as the command line runs them (`DocumentLoading`, `ChangeReport`).
public struct LocalPageServer: Sendable {
    /// The local page binds the loopback address only: contracts under negotiation are private.
    public static let host = "127.0.0.1"
    /// Larger than any agreement PDF in the corpus (the 724-page test PDF is 5 MB), small enough
    /// to refuse a wrong file quickly.
    public static let defaultUploadLimit = 50 * 1024 * 1024
    /// Room for the form's own bytes (part headers, boundaries) beside the files.
    static let formOverhead = 64 * 1024

    /// 0: a free port the system picks.
    public var port: Int
    /// Bytes allowed per uploaded file.
    public var uploadLimit: Int
    /// Where each request's private folder is made.
    public var uploadParent: URL

    public init(port: Int = 0, uploadLimit: Int = defaultUploadLimit, uploadParent: URL = FileManager.default.temporaryDirectory) {
        self.port = port
        self.uploadLimit = uploadLimit
        self.uploadParent = uploadParent
    }

    enum Mode: String {
        case compare, markup
    }

    /// Runs until the task is cancelled (or, with `handlingSignals`, until SIGINT or SIGTERM);
    /// `ready` gets the page's address once the port is bound.
    public func run(handlingSignals: Bool = false, ready: @escaping @Sendable (URL) async -> Void) async throws {
        let store = ReportStore()
        let router = Router()
        let limit = uploadLimit
        router.get("/") { _, _ in Self.html(PageHTML.form(uploadLimit: limit)) }
        router.post("/compare") { request, _ in await self.respond(to: request, mode: .compare, store: store) }
        router.post("/markup") { request, _ in await self.respond(to: request, mode: .markup, store: store) }
        router.get("/reports/:id/:file") { _, context in
            let id = context.parameters.get("id") ?? "", file = context.parameters.get("file") ?? ""
            guard let downloads = await store.downloads(id) else {
                return Self.html(PageHTML.error("this report is no longer kept; compare the files again"), status: .notFound)
            }
            switch file {
            case "redline.html": return Self.download(downloads.html, type: "text/html; charset=utf-8", name: file)
            case "changes.csv": return Self.download(downloads.csv, type: "text/csv; charset=utf-8", name: file)
            case "changes.json": return Self.download(downloads.json, type: "application/json", name: file)
            default: return Self.html(PageHTML.error("no such download: \(file)"), status: .notFound)
            }
        }
        var logger = Logger(label: "blackline-serve")
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(Self.host, port: port), serverName: nil),
            onServerRunning: { channel in
                guard let port = channel.localAddress?.port, let url = URL(string: "http://\(Self.host):\(port)/") else { return }
                await ready(url)
            },
            logger: logger
        )
        if handlingSignals {
            try await app.runService()
        } else {
            try await app.run()
        }
    }

    /// A form posted: its files compared, or a page saying why not.
    func respond(to request: Request, mode: Mode, store: ReportStore) async -> Response {
        let bodyLimit = (mode == .compare ? 2 : 1) * uploadLimit + Self.formOverhead
        if let length = request.headers[.contentLength].flatMap(Int.init), length > bodyLimit {
            return tooLarge("the upload is \(PageHTML.megabytes(length))")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: bodyLimit)
        } catch {
            return tooLarge("the upload is larger than that")
        }
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: contentType),
              let form = MultipartForm(body: Array(body.readableBytesView), boundary: boundary) else {
            return Self.html(PageHTML.error("the upload could not be read as a form; send the files with the page's form"), status: .badRequest)
        }
        let roles = mode == .compare ? ["old", "new"] : ["draft"]
        var files: [MultipartForm.Part] = []
        for role in roles {
            guard let file = form.file(role) else {
                let wanted = mode == .compare ? "choose the old and the new version" : "choose the TA'd draft"
                return Self.html(PageHTML.error("no \(role) file was sent; \(wanted)"), status: .unprocessableContent)
            }
            if file.bytes.count > uploadLimit { return tooLarge("'\(file.filename ?? role)' is \(PageHTML.megabytes(file.bytes.count))") }
            files.append(file)
        }
        let uploads = files, parent = uploadParent
        let outcome = await Self.offThread { () -> Result<ReportStore.Downloads, Failure> in
            Self.compare(uploads, roles: roles, mode: mode, in: parent)
        }
        switch outcome {
        case .success(let downloads):
            let id = await store.add(downloads)
            return Self.html(PageHTML.redline(downloads.html, downloads: id))
        case .failure(let failure):
            return Self.html(PageHTML.error(failure.message), status: .unprocessableContent)
        }
    }

    /// Saves the uploads, compares them as `blackline diff` (or `markup`) does, and removes them.
    static func compare(_ files: [MultipartForm.Part], roles: [String], mode: Mode, in parent: URL) -> Result<ReportStore.Downloads, Failure> {
        let folder: UploadFolder
        do { folder = try UploadFolder(in: parent) } catch {
            return .failure(Failure(message: "no private folder could be made for the uploads (\(error.localizedDescription)); check the temporary folder"))
        }
        defer { folder.remove() }
        do {
            var paths: [String] = []
            for (file, role) in zip(files, roles) {
                do { paths.append(try folder.save(file.bytes, as: role, filename: file.filename ?? role)) } catch {
                    throw Failure(message: "the upload could not be saved (\(error.localizedDescription)); check the temporary folder's free space")
                }
            }
            let report: ChangeReport
            switch mode {
            case .compare:
                let (old, new) = try DocumentLoading.agreements(at: paths[0], paths[1])
                report = ChangeReport(diff: AgreementDiff(old: old, new: new), old: old, new: new,
                                      oldSource: SourceInfo(path: paths[0]), newSource: SourceInfo(path: paths[1]),
                                      oldName: folder.userFacing(paths[0]), newName: folder.userFacing(paths[1]))
            case .markup:
                let (undone, accepted) = try DocumentLoading.redlineSides(at: paths[0])
                let name = folder.userFacing(paths[0])
                report = ChangeReport(diff: AgreementDiff(old: undone, new: accepted), old: undone, new: accepted,
                                      oldSource: SourceInfo(path: paths[0], role: "markup undone"),
                                      newSource: SourceInfo(path: paths[0], role: "markup accepted"),
                                      markup: undone.findings.filter { $0.category == .markup }, oldName: name, newName: name)
            }
            let json: String
            do { json = try report.json() } catch {
                throw Failure(message: "the JSON report could not be encoded (\(error)); please report this")
            }
            return .success(ReportStore.Downloads(html: folder.userFacing(report.html()), csv: report.csv(), json: folder.userFacing(json)))
        } catch let failure as Failure {
            return .failure(Failure(message: folder.userFacing(failure.message)))
        } catch {
            return .failure(Failure(message: folder.userFacing("\(error)")))
        }
    }

    func tooLarge(_ what: String) -> Response {
        Self.html(PageHTML.error("\(what); the page takes files of up to \(PageHTML.megabytes(uploadLimit)) each. "
            + "Larger files can be compared on the command line: blackline diff OLD NEW --format html -o redline.html"),
                  status: .contentTooLarge)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func download(_ text: String, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Reading and comparing take seconds of CPU and block; they run on a Dispatch thread, not
    /// on the cooperative pool the server's tasks share.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
