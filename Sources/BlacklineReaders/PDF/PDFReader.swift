import BlacklineModel
import Foundation

/// Reads a PDF through poppler-glib into marked text: per page, glyphs with boxes and fonts, the
/// rules drawn across them (underline, strike) and markup annotations become runs with marks and
/// the evidence for each; lines are built by geometry (`LineAssembler`). Page furniture is left
/// in, each line carrying its page, for the normalizer to find by repetition and position.
public enum PDFReader {
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> MarkedDocument {
        let document = try PopplerDocument(path: path)
        let pageCount = document.pageCount
        guard pageCount > 0 else { throw ReadError(path: path, problem: .noPages) }
        var lines: [MarkedLine] = []
        var findings: [Finding] = []
        var pagesWithoutText: [Int] = []
        let workers = min(options.pageWorkers, pageCount / minimumPagesPerWorker)
        let read = workers > 1 ? readInParallel(path: path, pageCount: pageCount, workers: workers, detectsMarks: options.detectsMarks)
            : (0..<pageCount).map { index in document.page(at: index).map { PageReader(page: $0, detectsMarks: options.detectsMarks).assembled() } }
        var pages: [LineAssembler.AssembledPage] = []
        for (index, content) in read.enumerated() {
            if content == nil {
                findings.append(Finding(.unplacedText, .error, "page \(index + 1) could not be read; its text is missing"))
            }
            pages.append(content ?? .empty)
        }
        let leading = ParagraphWraps.leading(ofRatios: pages.flatMap(\.leadingRatios))
        for (index, page) in pages.enumerated() {
            if page.lines.isEmpty { pagesWithoutText.append(index + 1) }
            for line in page.lines(leading: leading) {
                let location = SourceLocation(line: lines.count + 1, page: index + 1)
                lines.append(MarkedLine(runs: line.runs, location: location, layout: line.layout))
            }
        }
        if pagesWithoutText.count == pageCount {
            throw ReadError(path: path, problem: .noTextLayer(pages: pageCount))
        }
        if !pagesWithoutText.isEmpty {
            let list = pagesWithoutText.map(String.init).joined(separator: ", ")
            findings.append(Finding(.unplacedText, .warning, "page\(pagesWithoutText.count == 1 ? "" : "s") \(list) \(pagesWithoutText.count == 1 ? "has" : "have") no text layer (scanned?); their content is not read"))
        }
        let repaired = OCRRepair.repair(lines)
        return MarkedDocument(source: path, format: .pdf, lines: repaired.lines, findings: findings + repaired.findings)
    }

    /// Fewer pages than this per thread are read faster by one thread than by opening the file again.
    static let minimumPagesPerWorker = 4

    /// Pages read by several threads, each through its own poppler document (a document is not
    /// thread-safe); worker k reads pages k, k + n, k + 2n… so long and short pages share out.
    /// A page that could not be read (or a worker that could not open the file) is nil.
    private static func readInParallel(path: String, pageCount: Int, workers: Int, detectsMarks: Bool) -> [LineAssembler.AssembledPage?] {
        let slots = PageSlots(count: pageCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard let document = try? PopplerDocument(path: path) else { return }
            for index in stride(from: worker, to: pageCount, by: workers) {
                slots.store(document.page(at: index).map { PageReader(page: $0, detectsMarks: detectsMarks).assembled() }, at: index)
            }
        }
        return slots.contents
    }
}

/// Page results written by concurrent workers, each slot by one worker only.
private final class PageSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [LineAssembler.AssembledPage?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ content: LineAssembler.AssembledPage?, at index: Int) {
        lock.withLock { slots[index] = content }
    }

    var contents: [LineAssembler.AssembledPage?] { lock.withLock { slots } }
}

/// One page: glyphs, rules, annotations → lines of runs.
struct PageReader {
    let page: PopplerPage
    var detectsMarks = true

    /// The page's lines made into text, its glyphs let go: rules that marked no text (table
    /// borders) separate rows, and only the geometry wraps need is kept for later.
    func assembled() -> LineAssembler.AssembledPage {
        let glyphs = page.glyphs()
        guard glyphs.contains(where: { !$0.isBlank }) else { return .empty }
        let rules = detectsMarks ? ScriptRuleReader.rules(fromScript: page.renderScript()) : []
        let annotations = detectsMarks ? page.markupAnnotations() : []
        let (marks, borders) = MarkClassifier.classify(glyphs, rules: rules, annotations: annotations)
        let carets = annotations.filter { $0.kind == .caret }.compactMap { annotation -> LineAssembler.CaretText? in
            guard let text = annotation.contents, let box = annotation.boxes.first else { return nil }
            let by = annotation.author.map { " by \($0)" } ?? ""
            return LineAssembler.CaretText(text: text, x: box.centerX, y: box.centerY, evidence: "Caret annotation\(by)")
        }
        let lines = LineAssembler.orderedLines(glyphs: glyphs, marks: marks, carets: carets)
        return LineAssembler.assemble(lines, borders: borders)
    }
}
