@testable import BlacklineReaders
import BlacklineModel
import Foundation
import Testing

/// The PDF reader's parts on exact inputs: rules read from drawn pages, marks from rules, lines from glyphs.
@Suite struct PDFGeometryTests {
    @Test func rulesComeFromStrokedLinesAndThinFilledRectanglesNotTextOrShapes() throws {
        let drawing = try Self.drawing(of: """
        BT /F1 10 Tf 180 450 Td (and) Tj ET
        q 0.8 0 0 RG 0.6 w 180.6 340.4 m 198.9 340.4 l S Q
        q 0 0 1 rg 100 91 60 1 re f Q
        q 0 g 100 612 60 80 re f Q
        q 0 G 72 292 m 72 492 l S Q
        q 1 0 0 1 10 752 cm 0 G 0 0 m 30 0 l S Q
        q 0 G 0 700 m 10 705 20 705 30 700 c S Q
        q 0 G 200 200 m 260 230 l S Q
        """)
        let rules = drawing.rules
        #expect(rules.count == 3)
        #expect(rules.contains { abs($0.x1 - 180.6) < 0.01 && abs($0.x2 - 198.9) < 0.01 && abs($0.y - 451.6) < 0.01 && abs($0.thickness - 0.6) < 1e-9 && $0.color?.description == "#cc0000" })
        #expect(rules.contains { $0.x1 == 100 && $0.x2 == 160 && $0.y == 700.5 && $0.thickness == 1 && $0.color?.description == "#0000ff" })
        #expect(rules.contains { $0.x1 == 10 && $0.x2 == 40 && $0.y == 40 && $0.color?.description == "#000000" })
        #expect(drawing.bars.map(\.x) == [72])
    }

    /// A rule's thickness is its line width through the page's matrix; a zero width is the
    /// thinnest line a device draws (one point at the resolution pages are read at).
    @Test func ruleThicknessFollowsTheMatrixAndAZeroWidthIsOnePoint() throws {
        let drawing = try Self.drawing(of: """
        q 2 0 0 2 0 0 cm 0.5 w 0 G 50 100 m 80 100 l S Q
        q 0 w 0 G 100 300 m 200 300 l h S Q
        """)
        #expect(drawing.rules.count == 2)
        #expect(drawing.rules.contains { $0.x1 == 100 && $0.x2 == 160 && $0.y == 592 && $0.thickness == 1 })
        #expect(drawing.rules.contains { $0.x1 == 100 && $0.x2 == 200 && $0.y == 492 && $0.thickness == 1 })
    }

    /// A page drawing more rules than a redline prints keeps the first ones and is said to be over.
    @Test func aPageDrawingPastTheCapIsSaid() throws {
        let rules = (0...PageDrawing.mostRules).map { "72 \(100 + Double($0 % 500)) m 300 \(100 + Double($0 % 500)) l S" }
        let url = try OnePagePDF.write(content: "BT /F1 10 Tf 72 700 Td (Text) Tj ET\n0 G 0.5 w\n" + rules.joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(at: url) }
        let document = try PDFReader.read(path: url.path)
        #expect(document.findings.contains { $0.category == .markup && $0.severity == .warning && $0.message.contains("marks past those are not read") })
        #expect(try Self.drawing(of: "0 G 72 100 m 300 100 l S").isOverCap == false)
    }

    /// What the drawing device reads from a one-page PDF of `content`.
    static func drawing(of content: String) throws -> PageDrawing {
        let url = try OnePagePDF.write(content: content)
        defer { try? FileManager.default.removeItem(at: url) }
        let document = try #require(DrawingDocument(path: url.path))
        guard case .drawn(let drawing) = document.drawing(ofPage: 0, seconds: 10) else {
            Issue.record("the page was not drawn")
            return PageDrawing()
        }
        return drawing
    }

    private func glyphs(_ text: String, x: Double = 100, y: Double = 606.25) -> [Glyph] {
        text.enumerated().map { offset, character in
            Glyph(character: character, box: Box(x1: x + Double(offset) * 5.5, y1: y, x2: x + Double(offset + 1) * 5.5, y2: y + 14.3),
                  fontName: "LiberationSerif", fontSize: 11)
        }
    }

    @Test func ruleThroughTheMiddleStrikesAndAtTheBaselineUnderlines() {
        let word = glyphs("old")
        let strike = DrawnRule(x1: 100, x2: 116.5, y: 613.6, thickness: 0.6, color: RGB(red: 0.8, green: 0, blue: 0))
        let (struck, _) = MarkClassifier.classify(word, rules: [strike], annotations: [])
        #expect(struck.allSatisfy { $0.mark == .deleted && $0.evidence == "strike rule #cc0000" })
        let underline = DrawnRule(x1: 100, x2: 116.5, y: 617.7, thickness: 0.6, color: nil)
        let (underlined, _) = MarkClassifier.classify(word, rules: [underline], annotations: [])
        #expect(underlined.allSatisfy { $0.mark == .inserted })
        let double = [strike, DrawnRule(x1: 100, x2: 116.5, y: 614.9, thickness: 0.4, color: nil)]
        #expect(MarkClassifier.classify(word, rules: double, annotations: []).marks.allSatisfy { $0.style.contains(.doubleStrikethrough) })
    }

    @Test func ruleRunningPastTheTextIsABorderNotAMark() {
        let border = DrawnRule(x1: 72, x2: 540, y: 617.7, thickness: 0.5, color: nil)
        let (marks, unused) = MarkClassifier.classify(glyphs("53,026"), rules: [border], annotations: [])
        #expect(marks.allSatisfy { $0.mark == .plain })
        #expect(unused == [border])
    }

    @Test func strikeOutAnnotationDeletesTheGlyphsUnderItsQuadrilateral() {
        let annotation = MarkupAnnotation(kind: .strikeOut, boxes: [Box(x1: 99, y1: 606, x2: 117, y2: 621)], contents: nil, author: "Jane")
        let (marks, _) = MarkClassifier.classify(glyphs("old new", x: 100), rules: [], annotations: [annotation])
        #expect(marks.prefix(3).allSatisfy { $0.mark == .deleted && $0.evidence == "StrikeOut annotation by Jane" })
        #expect(marks.suffix(3).allSatisfy { $0.mark == .plain })
    }

    @Test func gapsMakeSpacesAndTabsAndLigaturesAreSpelledOut() {
        var line = glyphs("A.", x: 72) + glyphs("The", x: 108) + glyphs("ﬁrst", x: 127) + glyphs("dif", x: 160) + glyphs("ferent", x: 176.5)
        line.append(contentsOf: glyphs("53,026", x: 400))
        let marks = [MarkClassifier.GlyphMark](repeating: .init(), count: line.count)
        let ordered = LineAssembler.orderedLines(glyphs: line, marks: marks, carets: [])
        let assembled = LineAssembler.assemble(ordered, borders: []).lines(leading: nil)
        #expect(assembled.map(\.runs.plainText) == ["A.\tThe first different\t53,026"])
    }
}
