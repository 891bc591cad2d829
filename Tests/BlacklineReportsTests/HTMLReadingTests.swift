import BlacklineDiffer
import BlacklineModel
import BlacklineReports
import Foundation
import Testing

/// The redline as a negotiator reads and sends it: the change navigator, the changes-only view,
/// the two-column view, the printed page and the grids as read. What needs a browser (no
/// sideways scroll at 390 px, pages printed) is checked by Scripts/check-html.
@Suite struct HTMLReadingTests {
    private func classes(_ element: HTMLDocument.Element) -> [String] {
        (element.attributes["class"] ?? "").split(separator: " ").map(String.init)
    }

    /// Every change is listed once, in page order, linking to the element that shows it.
    @Test(arguments: RedlineCase.all)
    func navigatorListsEveryChange(_ report: RedlineCase) throws {
        let (_, _, diff, html) = try report.load()
        let document = HTMLDocument(html)
        let navigator = try #require(document.root.descendants().first { classes($0).contains("navigator") })
        #expect(navigator.attributes["role"] == "navigation")
        let items = navigator.all("li").filter { $0.attributes["data-kind"] != nil }
        #expect(items.count == diff.changes.count, "one entry per change")
        #expect(navigator.all("button").first?.text.hasPrefix("\(diff.changes.count) change") == true)
        var targets: [String] = []
        for item in items {
            let href = try #require(item.all("a").first?.attributes["href"])
            let target = try #require(document.byID[String(href.dropFirst())], "\(href) leads nowhere")
            #expect(classes(target).contains("change"), "\(href) is no change element")
            let kinds = (target.attributes["data-kind"] ?? "").split(separator: " ").map(String.init)
            #expect(kinds.contains(item.attributes["data-kind"] ?? "?"), "\(href): entry and element disagree on the kind")
            targets.append(String(href.dropFirst()))
        }
        // Page order: the order n/p walk.
        let pageOrder = document.root.descendants().compactMap(\.attributes["id"]).filter { Set(targets).contains($0) }
        var seen = Set<String>()
        #expect(targets.filter { seen.insert($0).inserted } == pageOrder)
    }

    /// The changes-only view hides exactly the clauses with no change in them: every unchanged
    /// article carries the marker class, no clause holding a change does.
    @Test(arguments: RedlineCase.all)
    func changesOnlyViewMarksUnchangedClauses(_ report: RedlineCase) throws {
        let (_, _, _, html) = try report.load()
        let document = HTMLDocument(html)
        #expect(html.contains(".changes-only .unchanged-tree"))
        let clauses = document.root.descendants().filter { classes($0).contains("clause") }
        for clause in clauses {
            let holdsChange = clause.descendants().contains { $0.attributes["data-change"] != nil || classes($0).contains("change") }
            let flagged = clause.descendants().contains { classes($0).contains("flagged") }
            if classes(clause).contains("unchanged-tree") {
                #expect(!holdsChange && !flagged, "\(clause.attributes["id"] ?? "?") is hidden but holds a change")
            }
            if classes(clause).contains("unit"), clause.attributes["data-changes"] == "0", clause.attributes["data-flagged"] == nil,
               !holdsChange, !classes(clause).contains("deleted") {
                #expect(classes(clause).contains("unchanged-tree"), "\(clause.attributes["id"] ?? "?") unchanged but shown in changes-only view")
            }
        }
        // The toolbar's switch for it, and n/p's handler that ignores only text fields.
        let boxes = document.root.all("input").filter { $0.attributes["data-only"] == "changes" }
        #expect(boxes.count == 1)
        #expect(html.contains("function typing(element)"))
    }

    /// One-word change, two columns: each shows the changed paragraph only, labelled.
    @Test func twoColumnsShowOnlyChangedParagraphs() throws {
        let location = SourceLocation(line: 1)
        func paragraph(_ text: String, line: Int) -> Block { .paragraph(Paragraph(runs: [TextRun(text)], location: SourceLocation(line: line))) }
        func agreement(_ middle: String) -> Agreement {
            Agreement(source: "x.txt", format: .text, clauses: [
                Clause(kind: .article, number: "205", title: "HEALTH", blocks: [
                    paragraph("The District shall pay the premium of each employee.", line: 1),
                    paragraph("The District contribution is \(middle) a month.", line: 2),
                    paragraph("Dependents are covered as the plan provides.", line: 3),
                ], path: "205", location: location),
            ])
        }
        let old = agreement("$1,645"), new = agreement("$1,695")
        let html = HTMLRedline.render(AgreementDiff(old: old, new: new), old: old, new: new,
                                      oldSource: SourceInfo(name: "2018.txt"), newSource: SourceInfo(name: "2021.txt"))
        let document = HTMLDocument(html)
        #expect(document.problems == [])
        let pair = try #require(document.root.descendants().first { classes($0).contains("pair") })
        let sides = pair.children.filter { $0.name == "div" }
        #expect(sides.map { $0.attributes["aria-label"] } == ["old text", "new text"])
        for side in sides {
            #expect(side.text.contains("contribution"))
            #expect(!side.text.contains("premium") && !side.text.contains("Dependents"), "an unchanged paragraph is repeated")
        }
        #expect(sides[0].all("del").map(\.text) == ["$1,645"] && sides[1].all("ins").map(\.text) == ["$1,695"])
        #expect(html.contains("<div>Old: 2018.txt</div><div>New: 2021.txt</div>"))
    }

    /// The printed page: Letter, both names in the running header, page numbers, unchanged
    /// articles left out, grids fitted to the width.
    @Test func printStyleIsThere() throws {
        let (_, _, _, html) = try RedlineCase.all[1].load()
        #expect(html.contains("@media print"))
        #expect(html.contains("@page { size: letter;"))
        #expect(html.contains("@top-left { content: \"Old: asd-ace-2003-06-agreement.txt"))
        #expect(html.contains("@top-right { content: \"New: asd-ace-2003-06-edited.txt"))
        #expect(html.contains("counter(page) \" of \" counter(pages)"))
        #expect(html.contains("body:not(.print-all) .unit.unchanged-tree { display: none; }"))
        #expect(html.contains("table.grid { width: 100%; font-size: 6.5pt; }"))
    }

    /// A file name cannot close the style element it is written into.
    @Test func namesInTheStyleSheetAreEscaped() {
        let old = Agreement(source: "x", format: .text, clauses: [])
        let html = HTMLRedline.render(AgreementDiff(old: old, new: old), old: old, new: old,
                                      oldSource: SourceInfo(name: "a</style><script>x\".txt"), newSource: SourceInfo(name: "b\\.txt"))
        #expect(!html.contains("a</style>"))
        #expect(html.contains("Old: a\\3c /style\\3e \\3c script\\3e x\\\".txt"))
        #expect(HTMLDocument(html).root.all("style").count == 1)
    }

    /// Strike residue ("-52,242" in the AEA draft's grid) reads as the audit reads it.
    @Test func gridCellsAreShownAsRead() throws {
        let (_, _, _, html) = try RedlineCase.all[2].load()
        #expect(!html.contains(">-52,242<"))
        #expect(html.contains(">52,242<"))
    }
}
