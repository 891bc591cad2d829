import BlacklineDiffer
import BlacklineGrids
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import BlacklineReports
import Foundation
import Testing

/// Issue 17: a salary grid is compared as a grid. One added to an article is one change of
/// object grid with its title and size in all four formats, never its rows as inserted words;
/// a changed grid gives its changed cells with the raise.
@Suite struct GridChangeReportTests {
    static func agreement(_ text: String) -> Agreement {
        Normalizer().normalize(TextReader.read(text: text, source: "v.txt"))
    }

    static let schedule = "\n2006 - 2007 @ 192 Days\n\nEXP\tBA\tBA + 18\tMA\n0\t38,129\t40,331\t42,575\n1\t40,972\t43,216\t45,459\n2\t43,855\t46,104\t48,348\n"

    static func pair() throws -> (old: Agreement, new: Agreement, diff: AgreementDiff) {
        let old = try String(contentsOfFile: Package.fixture("pairs/small-new.txt"), encoding: .utf8)
        let anchor = "2\t42,995\t45,200\t47,400\n"
        try #require(old.components(separatedBy: anchor).count == 2)
        let new = old.replacingOccurrences(of: anchor, with: anchor + schedule)
        let (a, b) = (Self.agreement(old), Self.agreement(new))
        return (a, b, AgreementDiff(old: a, new: b))
    }

    @Test func anAddedScheduleIsOneGridChangeNotInsertedWords() throws {
        let (_, _, diff) = try Self.pair()
        try #require(diff.changes.count == 1, "\(diff.changes.map { "\($0.kind) \($0.new?.path ?? "")" })")
        let change = diff.changes[0]
        #expect(change.kind == .modified && change.new?.path == "201")
        #expect(change.grids.map(\.kind) == [.added])
        let grid = try #require(change.grids.first)
        #expect(grid.title == "2006 - 2007 @ 192 Days" && grid.rows == 3 && grid.columns == 3 && grid.amounts == 9)
        // Its title is the only words inserted: no amount is a word edit.
        #expect(change.edits.map(\.new) == ["2006 - 2007 @ 192 Days"])
        #expect(change.facts.isEmpty)
    }

    @Test func theAddedGridIsSaidInTextJSONCSVAndHTML() throws {
        let (old, new, diff) = try Self.pair()
        let text = DiffText.render(diff, old: "old", new: "new", style: .init(color: false))
        #expect(text.contains("{+grid added: '2006 - 2007 @ 192 Days' (3 rows × 3 columns, 9 amounts)+}"))
        #expect(!text.contains("38,129"))
        let json = try JSONSerialization.jsonObject(with: Data(DiffJSON.render(diff, old: "old", new: "new").utf8)) as? [String: Any]
        let changes = try #require(json?["changes"] as? [[String: Any]])
        let grids = try #require(changes.first?["grids"] as? [[String: Any]])
        #expect(grids.count == 1)
        #expect(grids.first?["object"] as? String == "grid" && grids.first?["kind"] as? String == "added")
        #expect(grids.first?["title"] as? String == "2006 - 2007 @ 192 Days" && grids.first?["amounts"] as? Int == 9)
        let rows = CSV.records(DiffCSV.render(diff)).dropFirst().map { Dictionary(uniqueKeysWithValues: zip(DiffCSV.header, $0)) }
        let added = try #require(rows.first { $0["Kind"] == "grid added" })
        #expect(added["New title"] == "2006 - 2007 @ 192 Days" && added["Inserted"] == "'2006 - 2007 @ 192 Days' (3 rows × 3 columns, 9 amounts)")
        let html = HTMLRedline.render(diff, old: old, new: new, oldSource: SourceInfo(path: "old.txt"), newSource: SourceInfo(path: "new.txt"))
        #expect(html.contains("grid added: &#39;2006 - 2007 @ 192 Days&#39; (3 rows × 3 columns, 9 amounts)"))
    }

    @Test func aChangedGridGivesItsCellsAndTheRaise() throws {
        let old = try String(contentsOfFile: Package.fixture("pairs/small-old.txt"), encoding: .utf8)
        let new = try String(contentsOfFile: Package.fixture("pairs/small-new.txt"), encoding: .utf8)
        let diff = AgreementDiff(old: Self.agreement(old), new: Self.agreement(new))
        let change = try #require(diff.changes.first { $0.new?.path == "201" })
        let grid = try #require(change.grids.first)
        #expect(grid.kind == .modified && grid.oldTitle == "2004 - 2005 @ 192 Days" && grid.title == "2005 - 2006 @ 192 Days")
        #expect(grid.cells.count == 9)
        let first = try #require(grid.cells.first)
        #expect(first.row == "0" && first.column == "BA" && first.old == Money("36,648") && first.new == Money("37,381"))
        #expect(abs((grid.average ?? 0) - 2.0) < 0.01)
        // The raise is in the grid, not in numeric facts of words.
        #expect(!change.facts.contains { $0.old == "36,648" })
    }
}
