import BlacklineDiffer
import BlacklineModel
import Foundation

/// One comparison of two versions (or of a draft's two sides) in every format, as `blackline
/// diff` and `markup` write it and the local page (`blackline serve`) serves it: one place, so the
/// page's downloads are byte for byte what the command line writes.
public struct ChangeReport: Sendable {
    public var diff: AgreementDiff
    public var old: Agreement
    public var new: Agreement
    public var oldSource: SourceInfo
    public var newSource: SourceInfo
    /// How a draft's markup was read (conventions, unmarked change bars).
    public var markupNotes: [String]
    /// Tables either version could not read cell by cell (`readingDoubts`).
    public var readingDoubts: [String]
    /// Both, said at the top of the text and HTML reports: doubts first.
    public var notes: [String] { readingDoubts + markupNotes }
    /// The sides' names in the text and JSON reports: "draft.pdf (markup undone)".
    public var oldName: String
    public var newName: String

    public init(diff: AgreementDiff, old: Agreement, new: Agreement, oldSource: SourceInfo, newSource: SourceInfo,
                markup: [Finding] = [], oldName: String? = nil, newName: String? = nil) {
        self.diff = diff
        self.old = old
        self.new = new
        self.oldSource = oldSource
        self.newSource = newSource
        markupNotes = markup.map(\.description)
        readingDoubts = Self.readingDoubts(old: old, new: new)
        let oldBase = oldName ?? old.source, newBase = newName ?? new.source
        self.oldName = oldSource.role.map { "\(oldBase) (\($0))" } ?? oldBase
        self.newName = newSource.role.map { "\(newBase) (\($0))" } ?? newBase
    }

    public func text(style: DiffText.Style, options: DiffText.Options = DiffText.Options()) -> String {
        DiffText.render(diff, old: oldName, new: newName, style: style, notes: notes, options: options)
    }

    public func json() throws -> String {
        try DiffJSON.render(diff, old: oldName, new: newName, markup: markupNotes, readingDoubts: readingDoubts)
    }

    public func csv() -> String {
        DiffCSV.render(diff)
    }

    public func html() -> String {
        // The page shows the counted changes; those in doubt are named here, to be read in the
        // text or JSON report.
        let said = notes + (diff.changesInDoubtNote.map { ["\($0) (listed in the text and JSON reports)"] } ?? [])
        let lead = said.isEmpty ? "" : "<ul class=\"markup-reading\">" + said.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>\n"
        return HTMLRedline.render(diff, old: old, new: new, oldSource: oldSource, newSource: newSource, grids: .init(auditing: new), lead: lead)
    }

    /// Tables either version could not read cell by cell, one line each, naming the version.
    public static func readingDoubts(old: Agreement, new: Agreement, sides: (String, String) = ("old", "new")) -> [String] {
        [(sides.0, old), (sides.1, new)].flatMap { side, agreement in
            agreement.findings.filter { $0.category == .tableLayout }.map { "\(side): \($0.description)" }
        }
    }
}
