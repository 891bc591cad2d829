import BlacklineModel
import Foundation

/// Reads a PDF through poppler-glib into marked text: per page, glyphs with boxes and fonts, the
/// rules drawn across them (underline, strike) and markup annotations become runs with marks and
/// the evidence for each; lines are built by geometry (`LineAssembler`). Page furniture is left
/// in, each line carrying its page, for the normalizer to find by repetition and position.
public enum PDFReader {
    public static func read(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> MarkedDocument {
        let (handover, pageCount) = try open(path)
        guard pageCount > 0 else { throw ReadError(path: path, problem: .noPages) }
        var lines: [MarkedLine] = []
        var findings: [Finding] = []
        var pagesWithoutText: [Int] = []
        var pages: [LineAssembler.AssembledPage] = []
        var textless: [Int] = []
        for (index, content) in try PageRun.read(handover, pageCount: pageCount, options: options).enumerated() {
            if content == nil {
                findings.append(Finding(.unplacedText, .error, "page \(index + 1) could not be read; its text is missing"))
            } else if content?.lines.isEmpty == true {
                textless.append(index)
            }
            pages.append(content ?? .empty)
        }
        // Pages without a text layer (scans) are read by OCR from their image.
        var ocr: OCRSummary?
        if options.ocr, !textless.isEmpty {
            let scanned = try ScannedPages.read(path: path, pageIndices: textless, workers: options.pageWorkers, progress: options.ocrProgress)
            for (index, page) in scanned.pages { pages[index] = page }
            (ocr, findings) = (scanned.summary, findings + scanned.findings)
        }
        let leading = ParagraphWraps.leading(ofRatios: pages.flatMap(\.leadingRatios))
        let squeezed = Self.squeezedTables(pages)
        for (index, page) in pages.enumerated() {
            if page.lines.isEmpty { pagesWithoutText.append(index + 1) }
            let pageStart = SourceLocation(line: lines.count + 1, page: index + 1)
            if page.drawingOverCap {
                findings.append(Finding(.markup, .warning, "the page draws more rules, fills or text runs than a redline prints (over \(PageDrawing.mostRules) rules or \(PageDrawing.mostTextDraws) runs); marks past those are not read", at: pageStart))
            }
            if let what = squeezed[index] {
                findings.append(Finding(.tableLayout, .warning, "\(what); its cells are read in pieces and out of order, so changes shown in it may be only the reading; compare that table from a text or DOCX version", at: pageStart))
            }
            for line in page.lines(leading: leading) {
                let location = SourceLocation(line: lines.count + 1, page: index + 1)
                lines.append(MarkedLine(runs: line.runs, location: location, layout: line.layout))
            }
        }
        if pagesWithoutText.count == pageCount {
            throw ReadError(path: path, problem: ocr == nil ? .noTextLayer(pages: pageCount) : .noTextFound(pages: pageCount))
        }
        let ocrLayerPages = pages.indices.filter { pages[$0].hasOCRTextLayer }
        if !ocrLayerPages.isEmpty {
            let pageList = ScannedPages.pageList(ocrLayerPages.map { $0 + 1 })
            findings.append(Finding(.ocr, .info, "\(pageList) carr\(ocrLayerPages.count == 1 ? "ies" : "y") an OCR text layer (invisible text over a scanned image): "
                                    + "read as text, as the OCR left it; misreads the document's structure shows are repaired and reported"))
        }
        if !pagesWithoutText.isEmpty {
            let list = pagesWithoutText.map(String.init).joined(separator: ", ")
            findings.append(Finding(.unplacedText, .warning, "page\(pagesWithoutText.count == 1 ? "" : "s") \(list) \(pagesWithoutText.count == 1 ? "has" : "have") no text layer (scanned?); their content is not read"))
        }
        let (decided, conventions) = MarkConventionReader.read(lines)
        if let conventions {
            findings.append(Finding(.markup, .info, "markup read as " + conventions.summary))
            findings += MarkConventionReader.unmarkedChangeBarFindings(decided)
        }
        let repaired = OCRRepair.repair(decided)
        var document = MarkedDocument(source: path, format: .pdf, lines: repaired.lines, findings: findings + repaired.findings)
        document.markConventions = conventions
        document.ocr = ocr
        return document
    }

    /// Fewer pages than this per thread are read faster by one thread than by opening the file again.
    static let minimumPagesPerWorker = 4

    /// The document, ready to hand to the thread that reads it, and its page count.
    private static func open(_ path: String) throws(ReadError) -> (DocumentHandover, pageCount: Int) {
        let document = try PopplerDocument(path: path)
        return (DocumentHandover(document, path: path), document.pageCount)
    }
}

/// One page: glyphs, rules, annotations → lines of runs.
struct PageReader {
    let page: PopplerPage
    /// The page's place in its document (0-based).
    var index: Int
    /// The document the page is drawn through to find marks; nil reads text alone.
    var drawingDocument: DrawingDocument?
    /// How long drawing the page may take (the rest of its document's time budget).
    var drawingSeconds: () -> Double = { .infinity }
    /// Asked before each stage; false drops the page (its document's time budget is spent).
    var mayEnter: (PageRun.Stage) -> Bool = { _ in true }

    /// The page's lines made into text, its glyphs let go: rules that marked no text (table
    /// borders) separate rows, and only the geometry wraps need is kept for later. Nil when
    /// dropped.
    func assembled() -> LineAssembler.AssembledPage? {
        guard mayEnter(.text) else { return nil }
        let glyphs = page.glyphs()
        guard glyphs.contains(where: { !$0.isBlank }) else { return .empty }
        guard drawingDocument == nil || mayEnter(.marks) else { return nil }
        var drawing = PageDrawing()
        if let drawingDocument {
            switch drawingDocument.drawing(ofPage: index, seconds: drawingSeconds()) {
            case .drawn(let drawn): drawing = drawn
            case .timedOut: return nil
            case .failed: break
            }
        }
        let annotations = drawingDocument != nil ? page.markupAnnotations() : []
        var (marks, borders) = MarkClassifier.classify(glyphs, rules: drawing.rules, annotations: annotations)
        if drawingDocument != nil {
            for (index, appearance) in GlyphAppearance.appearances(of: glyphs, drawing: drawing, links: page.linkAreas()).enumerated() {
                marks[index].appearance = appearance
            }
        }
        let carets = annotations.filter { $0.kind == .caret }.compactMap { annotation -> LineAssembler.CaretText? in
            guard let text = annotation.contents, let box = annotation.boxes.first else { return nil }
            let by = annotation.author.map { " by \($0)" } ?? ""
            return LineAssembler.CaretText(text: text, x: box.centerX, y: box.centerY, evidence: "Caret annotation\(by)")
        }
        let lines = LineAssembler.orderedLines(glyphs: glyphs, marks: marks, carets: carets)
        var assembled = LineAssembler.assemble(lines, borders: borders)
        ChangeBars.mark(&assembled, bars: drawing.bars, rules: drawing.rules, pageHeight: page.size.height)
        // Table borders are the rules that marked no text (`borders`).
        assembled.squeezedGlyphs = CellOverflow.squeezedGlyphs(glyphs, bars: drawing.bars, rules: borders)
        assembled.columnBorders = CellOverflow.columnBorders(drawing.bars)
        assembled.drawingOverCap = drawing.isOverCap
        assembled.hasOCRTextLayer = drawing.hasOCRTextLayer
        return assembled
    }
}

extension PDFReader {
    /// Pages (from 0) holding a table whose columns are narrower than their text, each with what
    /// says so: pages with enough squeezed glyphs, then the pages before and after them that carry
    /// the same table on (the same column borders) with too few squeezed glyphs of their own to
    /// tell, such as its header row alone at a page's foot.
    static func squeezedTables(_ pages: [LineAssembler.AssembledPage]) -> [Int: String] {
        var found: [Int: String] = [:]
        for (index, page) in pages.enumerated() where page.squeezedGlyphs >= CellOverflow.fewestSqueezedGlyphs {
            found[index] = "a table's columns are narrower than their text (\(page.squeezedGlyphs) characters cut by a column border or stacked a letter or two a line)"
        }
        for seed in found.keys.sorted() {
            for step in [-1, 1] {
                var index = seed + step
                while pages.indices.contains(index), found[index] == nil,
                      CellOverflow.continuesTable(pages[index].columnBorders, of: pages[index - step].columnBorders) {
                    found[index] = "the table of page \(seed + 1), whose columns are narrower than their text, goes on here with the same columns"
                    index += step
                }
            }
        }
        return found
    }
}
