import BlacklineDiffer
@testable import BlacklineReports
import Foundation
import Testing

/// The terminal report of the ACE pair: edits read with their context, an inserted item's
/// renumbered followers said once, the summary and its counts.
@Suite struct DiffTextTests {
    static let plain = DiffText.Style(color: false)

    static func acePair() throws -> AgreementDiff {
        try #require(RedlineCase.all.first { $0.name == "ACE pair" }).load().diff
    }

    @Test func editsCarryTheirContext() throws {
        let diff = try Self.acePair()
        let text = DiffText.render(diff, old: "old", new: "new", style: Self.plain)
        #expect(text.contains("[-$525-]{+$575+}"))
        // Up to five words each side; an ellipsis where the clause goes on.
        #expect(text.contains("\n  The District shall contribute [-$525-]{+$575+} per month toward health benefits…\n"))
        #expect(text.contains("\n  {+LONG-TERM+} DISABILITY INSURANCE\n"), "a fragment is read with its neighbours")
        // Each edit is shown once, whatever the context.
        for context in [0, 1, 5, 40] {
            let rendered = DiffText.render(diff, old: "old", new: "new", style: Self.plain, options: .init(context: context))
            let marks = rendered.components(separatedBy: "[-").count - 1 + rendered.components(separatedBy: "{+").count - 1
            let expected = diff.changes.reduce(0) { total, change in
                total + (change.kind == .added || change.kind == .deleted ? 1 + change.grids.count
                    : change.edits.reduce(0) { $0 + ($1.old.isEmpty ? 0 : 1) + ($1.new.isEmpty ? 0 : 1) })
            }
            #expect(marks == expected, "context \(context)")
        }
    }

    @Test func noContextShowsTheEditsAlone() throws {
        let text = DiffText.render(try Self.acePair(), old: "old", new: "new", style: Self.plain, options: .init(context: 0))
        #expect(text.contains("\n  [-$525-]{+$575+}\n"))
    }

    @Test func renumberedItemsAreOneLine() throws {
        let text = DiffText.render(try Self.acePair(), old: "old", new: "new", style: Self.plain)
        #expect(text.contains("\nrenumbered 605.A.2–7 → 605.A.3–8\n"))
        #expect(!text.contains("renumbered 605.A.2 → 605.A.3"))
        #expect(text.contains("6 renumbered"), "the counts still count clauses")
    }

    @Test func summaryIsOneLinePerChange() throws {
        let text = DiffText.render(try Self.acePair(), old: "old", new: "new", style: Self.plain, options: .init(summary: true))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.prefix(3) == ["--- old", "+++ new", ""])
        #expect(lines.dropFirst(3).prefix(7) == [
            "deleted 204", "added 207", "moved 512 → 519", "added 605.A.2", "renumbered 605.A.2–7 → 605.A.3–8",
            "modified 701.A", "retitled 708",
        ])
        #expect(!text.contains("[-") && !text.contains("{+"))
        #expect(lines.dropFirst(10).first == "")
        #expect(lines.dropFirst(11).first?.contains("6 renumbered") == true)
    }

    @Test func successiveLabels() {
        #expect(RenumberingRun.successor(of: "7") == "8")
        #expect(RenumberingRun.successor(of: "C") == "D")
        #expect(RenumberingRun.successor(of: "c") == "d")
        #expect(RenumberingRun.successor(of: "z") == nil)
        #expect(RenumberingRun.successor(of: "16A") == nil)
        #expect(RenumberingRun.split("605.A.2") == ("605.A", "2"))
        #expect(RenumberingRun.split("21") == ("", "21"))
    }
}
