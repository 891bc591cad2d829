import BlacklineModel
import Foundation

/// OCR of a PDF's pages that have no text layer: each page drawn grey at `dpi` through poppler
/// and cairo, read by tesseract, its redline marks found in its pixels (`ScannedMarks`), its words
/// made into lines (`ScannedPageLayout`).
///
/// Workers: up to `workers` threads, each with its own poppler document and tesseract engine
/// (neither is thread-safe); drawing is serialized by `CairoRenderLock`, recognition, which costs
/// some 20 times more, runs in parallel.
enum ScannedPages {
    /// Pixels per inch pages are drawn at for OCR. Measured by Scripts/ocr-bench on the scanned
    /// fixtures (12-point type): 200 dpi read them as well (word accuracy 0.995 and 0.994 against
    /// 0.994 and 0.993) in 22-27% less CPU time, but agreements print salary tables and footnotes
    /// in 8-point type, whose capitals are about 20 px tall at 300 dpi and 13 px at 200, under
    /// the height tesseract reads reliably; 300 dpi is the safe side until a small-type scan
    /// fixture says otherwise.
    static let dpi = 300.0

    /// The time OCR of one document may take: a base plus an allowance per page. Why: tesseract
    /// takes 2–5 s a page here at 300 dpi (release build), a busy or debug run several times that,
    /// and a scan of hundreds of pages, or a hostile one, must not run for an hour. Pages not
    /// reached in time are named in a finding and left unread, never waited on.
    static let budgetBase = 60.0
    static let budgetPerPage = 20.0

    struct Result {
        /// Assembled lines by page index (from 0); a page whose drawing failed is absent.
        var pages: [Int: LineAssembler.AssembledPage]
        var summary: OCRSummary
        var findings: [Finding]
    }

    /// Reads `pageIndices` (from 0) of the PDF at `path`. Throws `.ocrUnavailable` when tesseract
    /// cannot start.
    static func read(path: String, pageIndices: [Int], workers requested: Int, progress: ReadOptions.OCRProgress? = nil) throws(ReadError) -> Result {
        let start = DispatchTime.now()
        progress?(0, pageIndices.count)
        // The line is cleared however OCR ends.
        defer { progress?(pageIndices.count, pageIndices.count) }
        let deadline = start + budgetBase + budgetPerPage * Double(pageIndices.count)
        let workers = max(1, min(requested, pageIndices.count))
        let results = PageResults()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let engine: TesseractEngine
            do throws(TesseractEngine.StartFailure) { engine = try TesseractEngine() } catch {
                switch error {
                case .noLibrary(let reason): results.fail(reason)
                case .noModel(let language): results.fail("tesseract's '\(language)' model was not found")
                }
                return
            }
            guard let document = try? PopplerDocument(path: path) else { return }
            for position in stride(from: worker, to: pageIndices.count, by: workers) {
                let index = pageIndices[position]
                guard DispatchTime.now() < deadline else {
                    results.skip(index)
                    continue
                }
                guard let page = document.page(at: index), let images = page.scanImages(dpi: dpi) else { continue }
                let image = images.grey
                let words = image.hasInk() ? engine.words(in: image) : []
                let marked = ScannedMarks.read(words, image: image, colour: images.colour, engine: engine)
                let done = results.store(ScannedPageLayout.page(marked.words, dpi: image.dpi, marks: marked.marks), at: index)
                if done < pageIndices.count { progress?(done, pageIndices.count) }
            }
        }
        if let failure = results.failure { throw ReadError(path: path, problem: .ocrUnavailable(reason: failure)) }
        let pages = results.pages
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        let read = pages.keys.sorted()
        let doubtfulPages = read.filter { pages[$0]?.lowConfidenceWords ?? 0 > 0 }
        let summary = OCRSummary(
            pages: read.map { $0 + 1 }, words: pages.values.map(\.words).reduce(0, +),
            lowConfidenceWords: pages.values.map(\.lowConfidenceWords).reduce(0, +),
            lowConfidencePages: doubtfulPages.map { $0 + 1 }, dpi: dpi, milliseconds: milliseconds
        )
        var found = findings(summary)
        let skipped = results.skipped
        if !skipped.isEmpty {
            found.append(Finding(.ocr, .warning, "OCR stopped at its time budget (\(Int(budgetBase + budgetPerPage * Double(pageIndices.count))) s): "
                                 + "\(pageList(skipped.map { $0 + 1 })) not read"))
        }
        return Result(pages: pages.mapValues(\.assembled), summary: summary, findings: found)
    }

    /// One finding for the pages read, one for the doubtful words: counts and pages, not a line per word.
    static func findings(_ summary: OCRSummary) -> [Finding] {
        guard !summary.pages.isEmpty else { return [] }
        var findings = [Finding(.ocr, .info, "\(pageList(summary.pages)) had no text layer and \(summary.pages.count == 1 ? "was" : "were") read by OCR at \(Int(summary.dpi)) dpi (\(summary.words) words)")]
        if summary.lowConfidenceWords > 0 {
            findings.append(Finding(.ocr, .warning, "\(summary.lowConfidenceWords) OCR word\(summary.lowConfidenceWords == 1 ? "" : "s") read with confidence under \(Int(ScannedPageLayout.lowConfidence))% on \(pageList(summary.lowConfidencePages)); check them against the scan"))
        }
        return findings
    }

    /// "page 3", "pages 1-4, 7".
    static func pageList(_ pages: [Int]) -> String {
        var ranges: [(Int, Int)] = []
        for page in pages.sorted() {
            if let last = ranges.last, last.1 + 1 == page { ranges[ranges.count - 1].1 = page } else { ranges.append((page, page)) }
        }
        let text = ranges.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)-\($0.1)" }.joined(separator: ", ")
        return (pages.count == 1 ? "page " : "pages ") + text
    }
}

/// Pages finished by OCR workers, each page stored by one worker.
private final class PageResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int: ScannedPageLayout.Page] = [:]
    private var firstFailure: String?
    private var skippedPages: [Int] = []

    /// Stores a page; returns how many are stored.
    func store(_ page: ScannedPageLayout.Page, at index: Int) -> Int {
        lock.withLock {
            stored[index] = page
            return stored.count
        }
    }
    func skip(_ index: Int) { lock.withLock { skippedPages.append(index) } }
    var skipped: [Int] { lock.withLock { skippedPages.sorted() } }
    func fail(_ reason: String) { lock.withLock { if firstFailure == nil { firstFailure = reason } } }
    var pages: [Int: ScannedPageLayout.Page] { lock.withLock { stored } }
    var failure: String? { lock.withLock { firstFailure } }
}
