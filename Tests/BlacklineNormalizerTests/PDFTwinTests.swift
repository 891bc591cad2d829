import BlacklineModel
import BlacklineReaders
import Testing

/// Each PDF fixture was made by LibreOffice from a text twin (Scripts/make-fixtures); reading the
/// PDF must give the twin's clause tree: the same clauses with the same headings and the same
/// words. Paragraph breaks may differ (the PDF's geometry says where paragraphs end; a text export
/// can only guess), and page furniture must never reach clause text.
@Suite struct PDFTwinTests {
    struct Row: Equatable, CustomStringConvertible {
        var path: String
        var heading: String
        var words: String

        var description: String { "\(path) \(heading) [\(words.prefix(60))…]" }
    }

    /// ACE articles 806 (classification table) and 807 (per-diem schedule) hold tables the seed's
    /// converter flattened into a few very long lines; typeset, those cells wrap across many lines
    /// and borders, so their reading differs by construction. Checked by eye instead.
    /// And 900.B ends in a signature table whose last row LibreOffice breaks across pages 33 and
    /// 34; a table row split by a page break is not put back together yet (a known limit).
    static let garbledInSeed: Set<String> = ["806", "807", "900.B"]

    static func rows(_ agreement: Agreement) -> [Row] {
        agreement.clauses.flatMap(\.subtree).filter { clause in
            !garbledInSeed.contains(where: { clause.path == $0 || clause.path.hasPrefix($0 + ".") })
        }.map { Row(path: $0.path, heading: $0.heading, words: Words.stream($0.text)) }
    }

    @Test(arguments: ["yksd-agreement", "ace-agreement", "ace-edited", "aea-redline", "ace-redline", "two-column"])
    func pdfGivesTheTreeOfItsTextTwin(name: String) throws {
        let (_, text) = try normalize(path: Package.pdfFixture("\(name).source.txt"))
        let (_, pdf) = try normalize(path: Package.pdfFixture("\(name).pdf"))
        let expected = Self.rows(text), actual = Self.rows(pdf)
        #expect(actual.count == expected.count, "\(name): \(actual.count) clauses from the PDF, \(expected.count) from the text")
        for (want, got) in zip(expected, actual) where want != got {
            Issue.record("\(name): first difference\n  text: \(want)\n  pdf:  \(got)")
            break
        }
    }

    @Test(arguments: ["yksd-agreement", "ace-agreement", "ace-edited", "aea-redline", "ace-redline", "two-column"])
    func furnitureNeverReachesClauseTextFromPDF(name: String) throws {
        let (_, pdf) = try normalize(path: Package.pdfFixture("\(name).pdf"))
        let text = pdf.clauses.flatMap(\.textInDocumentOrder).joined(separator: "\n")
        for furniture in ["Page 1", "TA'd ______", "MYEA AGREEMENT 2004-2007", "ACE AGREEMENT 2003-2006", "ACE TENTATIVE AGREEMENT DRAFT"] {
            #expect(!text.contains(furniture), "\(name): '\(furniture)' in clause text")
        }
        #expect(pdf.furniture.contains { $0.kind == .runningHeader })
    }

    /// Grid rows keep each cell's horizontal span, and an empty cell keeps its place.
    @Test func gridCellsKeepTheirGeometry() throws {
        let document = try DocumentReader.read(path: Package.pdfFixture("yksd-agreement.pdf"))
        let row = try #require(document.lines.first { $0.text.hasPrefix("6\t\t49,243\t") })
        let cells = try #require(row.layout?.cells)
        #expect(cells.count == 6)
        #expect(cells[1] == nil)
        let header = try #require(document.lines.last { $0.text.hasPrefix("EXP\tBA\t") && $0.location < row.location })
        let headerCells = try #require(header.layout?.cells)
        // The amount sits under its lane's heading.
        let lane = try #require(headerCells[2]), amount = try #require(cells[2])
        #expect(amount.x1 < lane.x2 && amount.x2 > lane.x1)
        #expect(row.layout?.frame.map { $0.y2 > $0.y1 } == true)
    }

    /// `pdftotext -layout` of a PDF fixture (Fixtures/layout): every line wrapped, the contents'
    /// page numbers after a column gap, running header and footer between pages. Its clauses are
    /// the PDF's, path for path, heading for heading.
    @Test(arguments: ["yksd-agreement", "aea-redline"])
    func layoutTextGivesThePDFsClauses(name: String) throws {
        let (_, pdf) = try normalize(path: Package.pdfFixture("\(name).pdf"))
        let (_, layout) = try normalize(path: Package.root.appendingPathComponent("Fixtures/layout/\(name).layout.txt").path)
        let outline = { (agreement: Agreement) in agreement.clauses.flatMap(\.subtree).map { "\($0.path) \($0.heading)" } }
        #expect(outline(layout) == outline(pdf))
        #expect(outline(pdf).count > 100)
        #expect(!layout.findings.contains { $0.category == .numbering && $0.severity == .warning })
    }

    /// Pages read by several threads (each through its own poppler document) give the document
    /// one thread gives: the same lines, runs, marks, geometry and findings, in page order.
    @Test(arguments: ["ace-redline", "ace-annotated", "aea-redline"])
    func pagesReadInParallelGiveTheSameDocument(name: String) throws {
        let one = try DocumentReader.read(path: Package.pdfFixture("\(name).pdf"), options: ReadOptions(pageWorkers: 1))
        let three = try DocumentReader.read(path: Package.pdfFixture("\(name).pdf"), options: ReadOptions(pageWorkers: 3))
        #expect(one.lines.count > 100)
        #expect(three.lines == one.lines)
        #expect(three.findings == one.findings)
    }
}
