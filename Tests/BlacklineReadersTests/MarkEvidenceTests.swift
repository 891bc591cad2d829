import BlacklineModel
@testable import BlacklineReaders
import Foundation
import Testing

/// Issue 15 on exact inputs: what the page drawing gives (glyph-run colours, fills, change bars),
/// the legend, colour names, and what the document style sets aside.
@Suite struct MarkEvidenceTests {
    /// A run starts where a text show starts, or where its colour or baseline changes; glyphs that
    /// go on the run add nothing; invisible text (an OCR layer) draws nothing.
    @Test func glyphRunsStartWithTheirShowColourAndBaselineAndInvisibleTextDrawsNone() throws {
        let drawing = try PDFGeometryTests.drawing(of: """
        BT /F1 10 Tf 0.8 0 0 rg 72.5 691.75 Td (A) Tj ET
        BT /F1 10 Tf 0 g 90 691.75 Td (Bcd) Tj 0 0 1 rg (ef) Tj 0 -12 Td (gh) Tj ET
        BT /F1 10 Tf 3 Tr 0 0 1 rg 120 680 Td (C) Tj ET
        """)
        #expect(drawing.textDraws.count == 4)
        #expect(drawing.textDraws.map(\.x).prefix(2) == [72.5, 90])
        #expect(drawing.textDraws.map(\.y) == [100.25, 100.25, 100.25, 112.25])
        #expect(drawing.textDraws.map { $0.color?.description } == ["#cc0000", "#000000", "#0000ff", "#0000ff"])
        #expect(drawing.textDraws[0].sequence < drawing.textDraws[1].sequence)
    }

    @Test func fillsAreHighlightsOrBarsOrRules() throws {
        let drawing = try PDFGeometryTests.drawing(of: """
        1 1 0 rg 100 580 50 12 re f
        0 0 1 rg 60 568 1 24 re f
        100 576.2 50 0.8 re f
        1 g 0 0 612 792 re f
        0 G 40 462 m 40 492 l S
        """)
        #expect(drawing.areas.count == 1, "white page fill is no area")
        #expect(drawing.areas.first?.color.description == "#ffff00")
        #expect(drawing.bars.count == 2)
        #expect(drawing.rules.count == 1)
    }

    @Test func aHighlightHugsItsWordsAShadedCellDoesNot() {
        let glyphs = "new".enumerated().map { offset, character in
            Glyph(character: character, box: Box(x1: 100 + Double(offset) * 6, y1: 200, x2: 106 + Double(offset) * 6, y2: 212), fontName: "Serif", fontSize: 10)
        }
        var hugging = PageDrawing()
        hugging.add(FilledArea(box: Box(x1: 99, y1: 199, x2: 119, y2: 213), color: RGB(red: 1, green: 1, blue: 0), sequence: 1))
        #expect(GlyphAppearance.appearances(of: glyphs, drawing: hugging, links: []).allSatisfy { $0?.highlight == "#ffff00" })
        var cell = PageDrawing()
        cell.add(FilledArea(box: Box(x1: 60, y1: 196, x2: 220, y2: 216), color: RGB(red: 0.9, green: 0.9, blue: 0.9), sequence: 1))
        #expect(GlyphAppearance.appearances(of: glyphs, drawing: cell, links: []).allSatisfy { $0?.highlight == nil })
        let linked = GlyphAppearance.appearances(of: glyphs, drawing: PageDrawing(), links: [Box(x1: 95, y1: 195, x2: 130, y2: 215)])
        #expect(linked.allSatisfy { $0?.isLink == true })
    }

    @Test func aBorderDrawnCellByCellIsOneRule() {
        let cells = [
            DrawnRule(x1: 68.5, x2: 221.5, y: 698.5, thickness: 0.5, color: RGB(red: 0, green: 0, blue: 0)),
            DrawnRule(x1: 221.5, x2: 299.5, y: 698.5, thickness: 0.5, color: RGB(red: 0, green: 0, blue: 0)),
            DrawnRule(x1: 100, x2: 140, y: 650, thickness: 0.5, color: RGB(red: 0, green: 0, blue: 1)),
        ]
        let joined = MarkClassifier.joinedEndToEnd(cells)
        #expect(joined.count == 2)
        #expect(joined.contains { $0.x1 == 68.5 && $0.x2 == 299.5 })
    }

    @Test(arguments: [
        ("New language is shown in bold; deleted language is shown in strikethrough.", [MarkLegend.Style.bold], [MarkLegend.Style.strike]),
        ("Underlined text is new language; struck text is deleted.", [.underline], [.strike]),
        ("Additions are in red, bold and underlined, deletions are struck", [.color, .bold, .underline], [.strike]),
    ])
    func legendsAreRead(_ text: String, _ insertions: [MarkLegend.Style], _ deletions: [MarkLegend.Style]) {
        let legend = MarkLegend.find(in: [MarkedLine("TENTATIVE AGREEMENT", line: 1, page: 1), MarkedLine(text, line: 2, page: 1)])
        #expect(legend.insertionStyles == Set(insertions))
        #expect(legend.deletionStyles == Set(deletions))
        #expect(legend.lines == [1])
    }

    @Test(arguments: [
        "The Employer shall provide new employees with a copy of this Agreement in bold print.",
        "Employees on Brown Road shall report to the new site.",
        "A grievance not filed within thirty (30) days is waived.",
    ])
    func proseIsNoLegend(_ text: String) {
        #expect(MarkLegend.find(in: [MarkedLine(text, line: 1, page: 1)]).isEmpty)
    }

    @Test func aLegendPastTheFirstPagesIsNotLookedFor() {
        let late = MarkedLine("Underlined text is new language.", line: 400, page: 9)
        #expect(MarkLegend.find(in: [late]).isEmpty)
    }

    @Test(arguments: [("#ff0000", "red"), ("#cc0000", "red"), ("#0000ff", "blue"), ("#008000", "green"), ("#7030a0", "purple"),
                      ("#bf9000", "yellow"), ("#000000", "black"), ("#808080", "grey"), ("#ffffff", "white"), ("#00b0f0", "blue")])
    func coloursAreNamed(_ hex: String, _ name: String) {
        #expect(ColorValue(hex: hex)?.name == name)
    }

    @Test func nearBlackIsTheBodyOfABlackDocument() throws {
        let style = DocumentStyle([MarkedLine(runs: [TextRun("Plain words of the body", appearance: RunAppearance(color: "#000000", fontSize: 11))],
                                              location: SourceLocation(line: 1, page: 1))])
        #expect(style.isBodyColor(try #require(ColorValue(hex: "#231f20"))))
        #expect(!style.isBodyColor(try #require(ColorValue(hex: "#c00000"))))
    }

    @Test(arguments: [("ARTICLE 12 – GRIEVANCE PROCEDURE", true), ("Section 4.3 Overtime", true), ("Hours of Work", true),
                      ("the Employer shall pay the employee,", false), ("Employees shall be paid on the fifteenth and last day of each month", false)])
    func headingsLookLikeHeadings(_ text: String, _ expected: Bool) {
        #expect(DocumentStyle.isHeadingLike(text) == expected)
    }

    @Test(arguments: [("Employer", true), ("Bargaining Unit", true), ("Regular Rate of Pay", true), ("or designee", false),
                      ("within thirty (30) days", false), ("and the Association", false), ("E", false)])
    func definedTermsAreNames(_ text: String, _ expected: Bool) {
        #expect(DocumentStyle.isNameLike(text) == expected)
    }

    @Test(arguments: [("www.oregon.gov/das", true), ("https://example.org/a", true), ("hr@county.org", true),
                      ("new language", false), ("the Union", false)])
    func addressesAreLinksByTheirText(_ text: String, _ expected: Bool) {
        #expect(TextRun(text).looksLikeAddress == expected)
    }

    @Test func anUnderlinedAddressWithoutALinkAreaIsNoInsertion() {
        let underline = RunStyle.underline
        let lines = [
            MarkedLine(runs: [TextRun("Applications for every posted vacancy are taken at ", appearance: RunAppearance(color: "#000000", fontSize: 11)),
                              TextRun("www.county.gov/jobs", mark: .inserted, style: underline, evidence: "underline rule #0000ff",
                                      appearance: RunAppearance(color: "#0000ff", fontSize: 11))],
                       location: SourceLocation(line: 1, page: 1)),
        ]
        let (decided, conventions) = MarkConventionReader.read(lines)
        #expect(decided[0].runs.allSatisfy { $0.mark == .plain })
        #expect(conventions?.ignored.first?.name == "links")
    }

    @Test func greyTextIsNoInsertion() {
        let body = RunAppearance(color: "#000000", fontSize: 11)
        let lines = [
            MarkedLine(runs: [TextRun("The Employer shall post the schedule where every employee can read it, and ", appearance: body),
                              TextRun("see the note below", appearance: RunAppearance(color: "#595959", fontSize: 11)),
                              TextRun(" and the ", appearance: body), TextRun("new rate", appearance: RunAppearance(color: "#c00000", fontSize: 11))],
                       location: SourceLocation(line: 1, page: 1)),
        ]
        let (decided, _) = MarkConventionReader.read(lines)
        #expect(decided[0].runs.filter { $0.mark == .inserted }.map(\.text) == ["new rate"])
    }

    @Test func negotiatorsNotesAreReportedAndKept() {
        let lines = [
            MarkedLine("Section 1. Employees shall be paid weekly. [ok]", line: 1),
            MarkedLine("Overtime at time and one-half (District okay) after forty hours. [TA 3/4/22]", line: 2),
            MarkedLine("See (a) and (b) of this section, as the parties agreed (ok).", line: 3),
        ]
        let findings = NegotiatorNotes.findings(in: lines)
        #expect(findings.map(\.location?.line) == [1, 2, 2])
        #expect(findings.map { $0.message.components(separatedBy: "note '")[1].components(separatedBy: "' in")[0] } == ["[ok]", "(District okay)", "[TA 3/4/22]"])
    }
}
