import CTesseract
import Foundation

/// Owns one TessBaseAPI, initialised once with a language model and used for many pages by one
/// thread (tesseract's API object is not thread-safe; each OCR worker makes its own).
///
/// Lifecycle: `TessBaseAPICreate` → `Init3` (loads the model, ~0.1 s) → per page `SetImage`,
/// `Recognize`, a result iterator read at word level and deleted → `End` and `Delete` in `deinit`.
final class TesseractEngine {
    /// One word as tesseract read it: pixel box in the image, its line and confidence (0–100).
    struct Word: Sendable {
        var text: String
        var left: Int, top: Int, right: Int, bottom: Int
        var confidence: Double
        /// Counts tesseract's text lines on the page, from 0; words of one line share it.
        var line: Int
        /// The line's baseline, from its left end to its right end, in pixels (skew shows here).
        var baseline: (x1: Int, y1: Int, x2: Int, y2: Int)?
        /// Tesseract's estimate of the row's type size in points (0 when it has none).
        var pointSize: Int
    }

    enum StartFailure: Error { case noModel(language: String) }

    private let handle: OpaquePointer

    init(language: String = "eng") throws(StartFailure) {
        // Tesseract's OpenMP loops run on the calling thread: workers parallelize across pages.
        _ = blackline_keep_openmp_on_this_thread()
        guard let handle = TessBaseAPICreate() else { throw .noModel(language: language) }
        // Tesseract's notes ("Estimating resolution…", dictionary warnings) go to its debug file;
        // on a terminal they would break the one-line-on-stderr contract.
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(handle, nil, language) == 0 else {
            TessBaseAPIDelete(handle)
            throw .noModel(language: language)
        }
        // The API's default reads the page as one block of text; a page needs its layout found
        // (columns, tables: a ruled salary table read as one block came out as noise).
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// The words of one page image, in tesseract's reading order.
    func words(in image: GreyImage) -> [Word] {
        image.pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
            TessBaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
            defer { TessBaseAPIClear(handle) }
            guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else { return [] }
            defer { TessResultIteratorDelete(iterator) }
            return Self.words(from: iterator)
        }
    }

    private static func words(from iterator: OpaquePointer) -> [Word] {
        guard let page = TessResultIteratorGetPageIterator(iterator) else { return [] }
        var words: [Word] = []
        var line = -1
        var baseline: (x1: Int, y1: Int, x2: Int, y2: Int)?
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 || line < 0 {
                line += 1
                var x1: Int32 = 0, y1: Int32 = 0, x2: Int32 = 0, y2: Int32 = 0
                baseline = TessPageIteratorBaseline(page, RIL_TEXTLINE, &x1, &y1, &x2, &y2) != 0
                    ? (Int(x1), Int(y1), Int(x2), Int(y2)) : nil
            }
            guard let textPointer = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: textPointer)
            TessDeleteText(textPointer)
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard !text.allSatisfy(\.isWhitespace),
                  TessPageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0 else { continue }
            words.append(Word(
                text: text, left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom),
                confidence: Double(TessResultIteratorConfidence(iterator, RIL_WORD)), line: line,
                baseline: baseline, pointSize: pointSize(iterator)
            ))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return words
    }

    private static func pointSize(_ iterator: OpaquePointer) -> Int {
        var bold: Int32 = 0, italic: Int32 = 0, underlined: Int32 = 0, monospace: Int32 = 0
        var serif: Int32 = 0, smallCaps: Int32 = 0, size: Int32 = 0, font: Int32 = 0
        _ = TessResultIteratorWordFontAttributes(iterator, &bold, &italic, &underlined, &monospace, &serif, &smallCaps, &size, &font)
        return Int(size)
    }
}
