@testable import BlacklineReaders
import BlacklineModel
import Testing

/// The PDF reader's pure parts on exact inputs: rules read from SVG, marks from rules, lines from glyphs.
@Suite struct PDFGeometryTests {
    @Test func rulesComeFromStrokedLinesAndThinFilledRectanglesNotTextOrShapes() {
        let script = """
        %!CairoScript
        << /content //COLOR_ALPHA /width 612 /height 792 >> surface context
        n 0 0 611.97 791.97 rectangle
        clip+
        [9 0 0 -9 0 0] set-font-matrix
        << /type 42 /source <|!!$nYGb!<sHXKh'[4o>HH-@N) l m stroke~> >> font dup /f0 exch def set-font-face
        (B (and) l) [180.6 -450.6 <~0E~>] <~!<E~> //FORWARD show-text-glyphs
        identity set-matrix
        0.799988 0 0 rgb set-source
        n 180.601562 451.601562 m 198.898438 451.601562 l
        1 -1 scale
        0.6 set-line-width
        stroke+
        identity set-matrix
        0 0 1 rgb set-source
        n 100 700 m 160 700 l 160 701 l 100 701 l h
        fill+
        0 g set-source
        n 100 100 60 80 rectangle
        fill+
        n 72 300 m 72 500 l
        stroke+
        [1 0 0 1 10 20] set-matrix
        n 0 0 m 30 0 l
        stroke+
        n 0 40 m 10 45 20 45 30 40 c
        stroke+
        """
        let rules = ScriptDrawingReader.rules(fromScript: Array(script.utf8))
        #expect(rules.count == 3)
        #expect(rules.contains { abs($0.x1 - 180.6) < 0.01 && abs($0.x2 - 198.9) < 0.01 && abs($0.y - 451.6) < 0.01 && $0.thickness == 0.6 && $0.color?.description == "#cc0000" })
        #expect(rules.contains { $0.x1 == 100 && $0.x2 == 160 && $0.y == 700.5 && $0.thickness == 1 && $0.color?.description == "#0000ff" })
        #expect(rules.contains { $0.x1 == 10 && $0.x2 == 40 && $0.y == 20 && $0.color?.description == "#000000" })
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
