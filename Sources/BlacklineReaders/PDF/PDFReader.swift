import BlacklineModel

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
        var pages: [PageReader.Content] = []
        for index in 0..<pageCount {
            guard let page = document.page(at: index) else {
                findings.append(Finding(.unplacedText, .error, "page \(index + 1) could not be read; its text is missing"))
                pages.append(PageReader.Content(lines: [], borders: []))
                continue
            }
            pages.append(PageReader(page: page, detectsMarks: options.detectsMarks).content())
        }
        let leading = ParagraphWraps.leading(of: pages.map(\.lines))
        for (index, content) in pages.enumerated() {
            if content.lines.isEmpty { pagesWithoutText.append(index + 1) }
            for line in LineAssembler.assemble(content.lines, borders: content.borders, leading: leading) {
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
}

/// One page: glyphs, rules, annotations → lines of runs.
struct PageReader {
    let page: PopplerPage
    var detectsMarks = true

    /// A page's lines in reading order, and the rules that marked no text (table borders).
    struct Content {
        var lines: [LineAssembler.Line]
        var borders: [DrawnRule]
    }

    func content() -> Content {
        let glyphs = page.glyphs()
        guard glyphs.contains(where: { !$0.character.isWhitespace }) else { return Content(lines: [], borders: []) }
        let rules = detectsMarks ? ScriptRuleReader.rules(fromScript: page.renderScript()) : []
        let annotations = detectsMarks ? page.markupAnnotations() : []
        let (marks, borders) = MarkClassifier.classify(glyphs, rules: rules, annotations: annotations)
        let carets = annotations.filter { $0.kind == .caret }.compactMap { annotation -> LineAssembler.CaretText? in
            guard let text = annotation.contents, let box = annotation.boxes.first else { return nil }
            let by = annotation.author.map { " by \($0)" } ?? ""
            return LineAssembler.CaretText(text: text, x: box.centerX, y: box.centerY, evidence: "Caret annotation\(by)")
        }
        return Content(lines: LineAssembler.orderedLines(glyphs: glyphs, marks: marks, carets: carets), borders: borders)
    }
}
