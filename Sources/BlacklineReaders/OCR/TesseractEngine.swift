import TesseractLibrary
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
        /// The word's symbols (characters, or a ligature) left to right, with their pixel extent:
        /// a mark over part of a word ("ten" of "tenseven") falls on the symbols under it.
        var symbols: [Symbol] = []
    }

    struct Symbol: Sendable {
        var text: String
        var left: Int, right: Int
    }

    /// How tesseract looks for text in an image: a page finds its own blocks, columns and
    /// lines; a line (a strip cut from a page around marked words) is read as one line.
    enum Layout { case page, line }

    enum StartFailure: Error {
        case noLibrary(reason: String)
        case noModel(language: String)
    }

    /// libtesseract's functions, opened on the first page that needs OCR (see TesseractLibrary.h).
    private let tesseract: blackline_tesseract_api
    private let handle: OpaquePointer

    init(language: String = "eng") throws(StartFailure) {
        guard let tesseract = blackline_tesseract()?.pointee else {
            throw .noLibrary(reason: blackline_tesseract_error().map { String(cString: $0) } ?? "libtesseract did not open")
        }
        self.tesseract = tesseract
        // Tesseract's OpenMP loops run on the calling thread: workers parallelize across pages.
        _ = blackline_keep_openmp_on_this_thread()
        guard let handle = tesseract.BaseAPICreate() else { throw .noModel(language: language) }
        // Tesseract's notes ("Estimating resolution…", dictionary warnings) go to its debug file;
        // on a terminal they would break the one-line-on-stderr contract.
        _ = tesseract.BaseAPISetVariable(handle, "debug_file", "/dev/null")
        guard tesseract.BaseAPIInit3(handle, nil, language) == 0 else {
            tesseract.BaseAPIDelete(handle)
            throw .noModel(language: language)
        }
        // The API's default reads the page as one block of text; a page needs its layout found
        // (columns, tables: a ruled salary table read as one block came out as noise).
        tesseract.BaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
    }

    deinit {
        tesseract.BaseAPIEnd(handle)
        tesseract.BaseAPIDelete(handle)
    }

    /// The words of one page image, in tesseract's reading order.
    func words(in image: GreyImage, layout: Layout = .page) -> [Word] {
        image.pixels.withUnsafeBufferPointer { buffer in
            tesseract.BaseAPISetPageSegMode(handle, layout == .page ? PSM_AUTO : PSM_SINGLE_LINE)
            tesseract.BaseAPISetImage(handle, buffer.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
            tesseract.BaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
            defer { tesseract.BaseAPIClear(handle) }
            guard tesseract.BaseAPIRecognize(handle, nil) == 0, let iterator = tesseract.BaseAPIGetIterator(handle) else { return [] }
            defer { tesseract.ResultIteratorDelete(iterator) }
            return words(from: iterator)
        }
    }

    /// Walks the result symbol by symbol: a word opens at its first symbol, each symbol adds its box.
    private func words(from iterator: OpaquePointer) -> [Word] {
        guard let page = tesseract.ResultIteratorGetPageIterator(iterator) else { return [] }
        var words: [Word] = []
        var line = -1
        var baseline: (x1: Int, y1: Int, x2: Int, y2: Int)?
        var inWord = false
        repeat {
            if tesseract.PageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 || line < 0 {
                line += 1
                var x1: Int32 = 0, y1: Int32 = 0, x2: Int32 = 0, y2: Int32 = 0
                baseline = tesseract.PageIteratorBaseline(page, RIL_TEXTLINE, &x1, &y1, &x2, &y2) != 0
                    ? (Int(x1), Int(y1), Int(x2), Int(y2)) : nil
            }
            if tesseract.PageIteratorIsAtBeginningOf(page, RIL_WORD) != 0 {
                inWord = false
                if let word = word(at: iterator, page: page, line: line, baseline: baseline) {
                    words.append(word)
                    inWord = true
                }
            }
            if inWord, let symbol = symbol(at: iterator, page: page) { words[words.count - 1].symbols.append(symbol) }
        } while tesseract.ResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return words
    }

    private func word(at iterator: OpaquePointer, page: OpaquePointer, line: Int, baseline: (x1: Int, y1: Int, x2: Int, y2: Int)?) -> Word? {
        guard let textPointer = tesseract.ResultIteratorGetUTF8Text(iterator, RIL_WORD) else { return nil }
        let text = String(cString: textPointer)
        tesseract.DeleteText(textPointer)
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        guard !text.allSatisfy(\.isWhitespace),
              tesseract.PageIteratorBoundingBox(page, RIL_WORD, &left, &top, &right, &bottom) != 0 else { return nil }
        return Word(
            text: text, left: Int(left), top: Int(top), right: Int(right), bottom: Int(bottom),
            confidence: Double(tesseract.ResultIteratorConfidence(iterator, RIL_WORD)), line: line,
            baseline: baseline, pointSize: pointSize(iterator)
        )
    }

    private func symbol(at iterator: OpaquePointer, page: OpaquePointer) -> Symbol? {
        guard let textPointer = tesseract.ResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { return nil }
        let text = String(cString: textPointer)
        tesseract.DeleteText(textPointer)
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        guard tesseract.PageIteratorBoundingBox(page, RIL_SYMBOL, &left, &top, &right, &bottom) != 0 else { return nil }
        return Symbol(text: text, left: Int(left), right: Int(right))
    }

    /// Whether the model's dictionary holds `word` (letters only; tesseract's own check).
    func isDictionaryWord(_ word: String) -> Bool { tesseract.BaseAPIIsValidWord(handle, word) != 0 }

    private func pointSize(_ iterator: OpaquePointer) -> Int {
        var bold: Int32 = 0, italic: Int32 = 0, underlined: Int32 = 0, monospace: Int32 = 0
        var serif: Int32 = 0, smallCaps: Int32 = 0, size: Int32 = 0, font: Int32 = 0
        _ = tesseract.ResultIteratorWordFontAttributes(iterator, &bold, &italic, &underlined, &monospace, &serif, &smallCaps, &size, &font)
        return Int(size)
    }
}
