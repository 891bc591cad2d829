@testable import BlacklineReaders
import BlacklineModel
import Testing

/// The PDF reader's pure parts on exact inputs: rules read from SVG, marks from rules, lines from glyphs.
@Suite struct PDFGeometryTests {
    @Test func rulesComeFromStrokedLinesAndThinFilledRectanglesNotGlyphOutlines() {
        let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="612pt" height="792pt">
        <defs><g><symbol id="glyph0-1"><path style="stroke:none;" d="M 0 0 L 5 0 L 5 1 L 0 1 Z"/></symbol></g></defs>
        <g id="surface1">
        <path style="fill:none;stroke-width:0.6;stroke:rgb(79.998779%,0%,0%);" d="M 0.0 3.1 L 43.7 3.1 " transform="matrix(1,0,0,-1,197.3,616.7)"/>
        <path style="stroke:none;fill-rule:nonzero;fill:rgb(0%,0%,100%);" d="M 100 700 L 160 700 L 160 701 L 100 701 Z"/>
        <path style="stroke:none;fill:rgb(0%,0%,0%);" d="M 100 100 L 200 100 L 200 180 L 100 180 Z"/>
        <path style="fill:none;stroke-width:0.5;stroke:rgb(0%,0%,0%);" d="M 72 300 L 72 500 "/>
        <g transform="matrix(1,0,0,1,10,20)"><path style="fill:none;stroke-width:1;stroke:#00cc00;" d="M 0 0 L 30 0"/></g>
        </g></svg>
        """
        let rules = SVGRuleReader.rules(fromSVG: Array(svg.utf8))
        #expect(rules.count == 3)
        #expect(rules.contains { abs($0.x1 - 197.3) < 0.01 && abs($0.x2 - 241.0) < 0.01 && abs($0.y - 613.6) < 0.01 && $0.color?.description == "#cc0000" })
        #expect(rules.contains { $0.x1 == 100 && $0.x2 == 160 && $0.y == 700.5 && $0.thickness == 1 && $0.color?.description == "#0000ff" })
        #expect(rules.contains { $0.x1 == 10 && $0.x2 == 40 && $0.y == 20 })
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
        let assembled = LineAssembler.assemble(ordered, borders: [], leading: nil)
        #expect(assembled.map(\.runs.plainText) == ["A.\tThe first different\t53,026"])
    }
}
