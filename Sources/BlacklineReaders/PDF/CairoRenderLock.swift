import Foundation

/// One lock, process-wide, for everything in poppler that may touch cairo: drawing a page into an
/// image (scans, for OCR), and letting go of pages and documents (a document's last release frees
/// its cairo fonts).
///
/// Why: poppler's cairo font engine shares FreeType faces and cairo scaled fonts across
/// documents and threads, and cairo's surfaces add their private data to a shared scaled font's
/// list without a lock. Two threads drawing at once, even from separate documents of one file,
/// corrupted that list: 7 of 187 runs hung at 100% CPU or died in libcairo (issue 14). Text
/// extraction, annotations and the drawing read for marks (`DrawingDocument`, no cairo) stay
/// parallel.
enum CairoRenderLock {
    private static let lock = NSLock()

    /// Runs `body` while no other thread of the process is in cairo through poppler. Not
    /// reentrant: `body` must not release a page or a document.
    static func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try lock.withLock(body)
    }
}
