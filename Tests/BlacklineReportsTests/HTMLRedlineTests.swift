import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import BlacklineReports
import Foundation
import Testing

@Suite struct HTMLRedlineTests {
    @Test(arguments: RedlineCase.all)
    func reportParsesWithoutErrors(_ report: RedlineCase) throws {
        let (_, _, diff, html) = try report.load()
        #expect(!diff.changes.isEmpty)
        let document = HTMLDocument(html)
        #expect(document.problems == [], "libxml2 found problems in the \(report.name) report")
        #expect(document.root.all("script").count == 1)
        #expect(!html.contains("http://") && !html.contains("https://"), "the page must not reach the network")
        for link in document.root.all("a").compactMap({ $0.attributes["href"] }) {
            #expect(link.hasPrefix("#") && document.byID[String(link.dropFirst())] != nil, "link \(link) leads nowhere")
        }
    }

    /// Every change of the JSON report has its element, with its kind, and its words inside
    /// the right marks: inserted words in <ins>, deleted ones in <del>.
    @Test(arguments: RedlineCase.all)
    func everyChangeAppearsInTheReport(_ report: RedlineCase) throws {
        let (_, _, diff, html) = try report.load()
        let document = HTMLDocument(html)
        /// Whether every letter and digit of `words`, in order, is inside `marked` (nothing to
        /// find is always found: `"".contains("")` is false in Swift).
        func holds(_ marked: String, _ words: String) -> Bool { words.isEmpty || marked.contains(words) }
        // Each change element lists the changes it shows (a retitled and modified article is one).
        var elements: [Int: HTMLDocument.Element] = [:]
        for element in document.root.descendants() {
            for number in element.attributes["data-change"]?.split(separator: " ").compactMap({ Int($0) }) ?? [] { elements[number] = element }
        }
        for (number, change) in diff.changes.enumerated() {
            let element = try #require(elements[number], "change \(number) (\(change.kind) \(change.new?.path ?? change.old?.path ?? "")) has no element")
            let kinds = element.attributes["data-kind"]?.split(separator: " ").map(String.init) ?? []
            #expect(kinds.contains(change.kind.rawValue), "change \(number): data-kind \(kinds) lacks \(change.kind)")
            let inserted = Words.stream(element.all("ins").map(\.text).joined(separator: " "))
            let deleted = Words.stream(element.all("del").map(\.text).joined(separator: " "))
            switch change.kind {
            case .added:
                #expect(holds(inserted, Words.stream(change.new?.text ?? "")), "added \(change.new?.path ?? "") not all inserted")
            case .deleted:
                #expect(holds(deleted, Words.stream(change.old?.text ?? "")), "deleted \(change.old?.path ?? "") not all struck")
            case .retitled:
                #expect(holds(inserted, Words.stream(change.edits.map(\.new).joined(separator: " "))))
            case .modified, .moved, .renumbered:
                for edit in change.edits {
                    #expect(holds(inserted, Words.stream(edit.new)), "change \(number): '\(edit.new)' not inserted")
                    #expect(holds(deleted, Words.stream(edit.old)), "change \(number): '\(edit.old)' not deleted")
                }
            }
            if change.kind == .moved {
                // The new place links to the old one, and the old one back to the new.
                let toSource = try #require(element.all("a").compactMap { $0.attributes["href"] }.first { $0.hasPrefix("#old-") })
                let source = try #require(document.byID[String(toSource.dropFirst())])
                let toTarget = try #require(source.all("a").compactMap { $0.attributes["href"] }.first)
                #expect(document.byID[String(toTarget.dropFirst())]?.descendants().contains { $0 === element } == true)
            }
        }
        let totals = document.root.descendants().filter { ($0.attributes["class"] ?? "").hasPrefix("total ") }
        for total in totals {
            let kind = String(total.attributes["class"]?.split(separator: " ").last ?? "")
            let count = Int(total.all("span").first?.text ?? "") ?? -1
            #expect(count == (diff.summary[ClauseChange.Kind(rawValue: kind) ?? .added] ?? 0), "total for \(kind)")
        }
        #expect(totals.count == ClauseChange.Kind.allCases.count)
    }

    @Test func renumberedItemsShowOldAndNewLabels() throws {
        let (_, _, diff, html) = try RedlineCase.all[0].load()
        let document = HTMLDocument(html)
        let renumbered = diff.changes.enumerated().filter { $0.element.kind == .renumbered }
        #expect(renumbered.count == 3)
        for (number, _) in renumbered {
            let relabel = try #require(document.byID["change-\(number)"]?.descendants().first { $0.attributes["class"] == "relabel" })
            #expect(relabel.all("del").count == 1 && relabel.all("ins").count == 1)
        }
        // 301.2 → 301.3 is written "2. → 3.", checked by hand against the pair.
        #expect(html.contains("<span class=\"relabel\"><del>2.</del> → <ins>3.</ins></span>"))
    }

    /// The salary grid of the small pair: each changed cell old → new with its percent.
    @Test func gridCellsShowOldNewAndPercent() throws {
        let (_, _, _, html) = try RedlineCase.all[0].load()
        #expect(html.contains("<td class=\"num\"><del>36,648</del> <ins>37,381</ins> <span class=\"delta\">(+2.00%)</span></td>"))
        #expect(html.contains("<td class=\"num\"><del>46,471</del> <ins>47,400</ins> <span class=\"delta\">(+2.00%)</span></td>"))
        // The unchanged step numbers stay plain.
        #expect(html.contains("<tr><td class=\"num\">1</td><td class=\"num\"><del>39,381</del>"))
    }

    @Test func contractTextIsEscaped() throws {
        let hostile = "Pay <b>$5</b> & \"more\" if 'FTE' < .50 </div><script>alert(1)</script>"
        let location = SourceLocation(line: 1)
        func agreement(_ text: String, title: String) -> Agreement {
            let paragraph = Block.paragraph(Paragraph(runs: [TextRun(text)], location: location))
            return Agreement(source: "x.txt", format: .text, clauses: [
                Clause(kind: .article, number: "205", title: title, blocks: [paragraph], path: "205", location: location),
            ])
        }
        let old = agreement("Pay nothing.", title: "HEALTH & \"WELFARE\"")
        let new = agreement(hostile, title: "HEALTH <AND> WELFARE")
        let html = HTMLRedline.render(AgreementDiff(old: old, new: new), old: old, new: new,
                                      oldSource: SourceInfo(name: "a<b>.txt"), newSource: SourceInfo(name: "c&d.txt"))
        #expect(!html.contains("<b>$5"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<AND>"))
        #expect(html.contains("&lt;b&gt;$5&lt;/b&gt; &amp; &quot;more&quot; if &#39;FTE&#39; &lt; .50 &lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("a&lt;b&gt;.txt") && html.contains("c&amp;d.txt"))
        let document = HTMLDocument(html)
        #expect(document.problems == [])
        #expect(document.root.all("script").count == 1, "contract text became a script")
        #expect(document.root.text.contains(hostile), "the text a reader sees is the contract's text")
    }

    /// The YKSD agreement's two real wrong cells (see GridAuditTests) are set beside their cells,
    /// and listed at the top with links to them.
    @Test func auditFindingsSitBesideTheirCells() throws {
        let path = Package.fixture("seeds/yksd-myea-2004-07-agreement.txt")
        let agreement = Normalizer().normalize(try DocumentReader.read(path: path))
        let html = HTMLRedline.render(AgreementDiff(old: agreement, new: agreement), old: agreement, new: agreement,
                                      oldSource: SourceInfo(name: "a"), newSource: SourceInfo(name: "b"), grids: RedlineCase.review(agreement))
        let document = HTMLDocument(html)
        #expect(document.problems == [])
        let flagged = document.root.descendants().filter { ($0.attributes["class"] ?? "").contains("flagged") }
        #expect(flagged.map { String($0.text.prefix(6)) } == ["62,187", "62,835"])
        #expect(flagged.allSatisfy { $0.attributes["class"]?.contains("error") == true && $0.text.contains("expected 62,") })
        let links = document.root.all("a").compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#audit-") }
        #expect(links == ["#audit-0", "#audit-1"])
        #expect(flagged.compactMap { $0.attributes["id"] } == ["audit-0", "audit-1"])
        #expect(html.contains("data-flagged=\"1\""), "the article with wrong cells is not collapsed")
    }

    @Test func sameInputSameBytes() throws {
        let first = try RedlineCase.all[1].load().html
        let second = try RedlineCase.all[1].load().html
        #expect(first == second)
    }

    /// The small pair's whole page, reviewed by eye (Scripts/screenshot) and line by line.
    /// Re-record with BLACKLINE_RECORD=1 and review the diff.
    @Test func smallPairMatchesGolden() throws {
        let (old, new, diff, _) = try RedlineCase.all[0].load()
        let html = HTMLRedline.render(diff, old: old, new: new,
                                      oldSource: SourceInfo(path: Package.fixture("pairs/small-old.txt")).fixedDate,
                                      newSource: SourceInfo(path: Package.fixture("pairs/small-new.txt")).fixedDate,
                                      grids: RedlineCase.review(new))
        let url = Package.golden.appendingPathComponent("small-pair.html")
        if ProcessInfo.processInfo.environment["BLACKLINE_RECORD"] != nil {
            try html.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(html == golden, "re-record with BLACKLINE_RECORD=1 and review the diff")
    }
}

extension SourceInfo {
    /// The file's date depends on the checkout; the golden page fixes it.
    var fixedDate: SourceInfo {
        var info = self
        info.modified = "2026-11-22"
        return info
    }
}

/// `verify --format html`: the page of the draft's markup undone against the agreement it amends.
@Suite struct VerifyHTMLTests {
    /// The Word redline of the small pair checked against `base` with `final` as the final text.
    func page(against base: String, final: String) throws -> (verification: Redline.Verification, html: String) {
        let normalizer = Normalizer()
        let draft = try DocumentReader.read(path: Package.fixture("docx/small-tracked.docx"))
        let undone = normalizer.normalize(Redline.side(.old, of: draft)), accepted = normalizer.normalize(Redline.side(.new, of: draft))
        let old = normalizer.normalize(try DocumentReader.read(path: Package.fixture("pairs/\(base)")))
        let finalText = normalizer.normalize(try DocumentReader.read(path: Package.fixture("pairs/\(final)")))
        let verification = Redline.Verification(unmarkedAgainstOld: AgreementDiff(old: old, new: undone).changes,
                                                unmarkedAgainstFinal: AgreementDiff(old: accepted, new: finalText).changes,
                                                marked: AgreementDiff(old: undone, new: accepted).changes.count)
        let source = { (name: String) in SourceInfo(name: name, modified: "2026-11-23", sha256: "0") }
        let html = VerifyHTML.render(verification, against: old, undone: undone, oldSource: source(base),
                                     draftSource: source("small-tracked.docx"), finalSource: source(final))
        return (verification, html)
    }

    /// Against the wrong base (the new text instead of the old) and the wrong final text (the
    /// old), every marked change is unmarked on both sides.
    @Test func unmarkedChangesOnBothSidesAreShown() throws {
        let (verification, html) = try page(against: "small-new.txt", final: "small-old.txt")
        let document = HTMLDocument(html)
        #expect(document.problems == [])
        #expect(document.root.all("title").first?.text == "Unmarked changes: small-tracked.docx against small-new.txt")
        let lead = try #require(document.root.descendants().first { $0.attributes["class"] == "verify-lead" })
        let unmarked = verification.unmarkedAgainstOld.count
        #expect(unmarked > 5)
        #expect(lead.text.contains("It does not: the \(unmarked) changes on this page are in the draft without being marked. The markup itself shows \(verification.marked) changes."))
        // Each difference from the final text is listed, with its path and words.
        let items = lead.all("li")
        #expect(items.count == verification.unmarkedAgainstFinal.count)
        let reference = try #require(items.first { $0.text.contains("101") })
        #expect(reference.all("del").first?.text == "fifteen (15)" && reference.all("ins").first?.text == "thirty (30)")
        // The page body is the redline of those unmarked changes.
        #expect(html.contains("<p class=\"total-line\">\(unmarked) changes in all:</p>"))
    }

    @Test func aCleanDraftSaysSo() throws {
        let (_, html) = try page(against: "small-old.txt", final: "small-new.txt")
        #expect(HTMLDocument(html).problems == [])
        #expect(html.contains("It does: the draft makes no change its markup does not show. The markup itself shows 12 changes."))
        #expect(html.contains("Accepting the markup gives the final text (small-new.txt) word for word."))
    }
}
