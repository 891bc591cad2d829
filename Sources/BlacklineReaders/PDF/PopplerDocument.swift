import BlacklineModel
import CPoppler
import Foundation

/// Owns one PopplerDocument. Poppler documents are not thread-safe: one thread uses a document
/// and its pages at a time (it may be handed to another thread, never shared). Drawing into an
/// image is serialized process-wide on top of that (`CairoRenderLock`).
final class PopplerDocument {
    let handle: OpaquePointer

    init(path: String) throws(ReadError) {
        var error: UnsafeMutablePointer<GError>?
        // poppler opens URIs, and a file URI needs an absolute path.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let uriPointer = g_filename_to_uri(absolute, nil, &error) else {
            Self.free(error)
            throw ReadError(path: path, problem: .unreadable(reason: "path is not valid"))
        }
        defer { blackline_g_free(uriPointer) }
        guard let document = poppler_document_new_from_file(uriPointer, nil, &error) else {
            throw ReadError(path: path, problem: Self.problem(from: error))
        }
        handle = document
    }

    /// The last release frees the document's cairo fonts, which other threads' drawing may share.
    deinit { CairoRenderLock.withLock { blackline_g_object_unref(UnsafeMutableRawPointer(handle)) } }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    func page(at index: Int) -> PopplerPage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        return PopplerPage(handle: page)
    }

    private static func problem(from error: UnsafeMutablePointer<GError>?) -> ReadError.Problem {
        defer { free(error) }
        guard let error else { return .damaged(reason: "poppler could not open it") }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        if error.pointee.domain == poppler_error_quark(), error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return .encrypted
        }
        return .damaged(reason: message.lowercased())
    }

    private static func free(_ error: UnsafeMutablePointer<GError>?) {
        if let error { g_error_free(error) }
    }
}
