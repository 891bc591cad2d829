import BlacklineDiffer
import BlacklineModel
import Foundation

/// `diff` and `markup --format json`, per DESIGN.md: `changes` (kind, old, new, edits with op,
/// old, new) and `summary` by kind; plus `schemaVersion`, both sources and numeric `facts`.
/// `verify --format json`: `unmarked` (path, old, new) and `marked`.
public enum DiffJSON {
    public static let schemaVersion = 1

    /// `markup`: how a draft's markup was read (`markup` only), as the `markup` array.
    public static func render(_ diff: AgreementDiff, old: String, new: String, markup: [String] = [], readingDoubts: [String] = []) throws -> String {
        try encode(Report(schemaVersion: schemaVersion, old: old, new: new, changes: diff.changes.map(Change.init),
                          summary: Dictionary(uniqueKeysWithValues: diff.summary.map { ($0.key.rawValue, $0.value) }),
                          markup: markup.isEmpty ? nil : markup, readingArtifacts: diff.readingArtifacts,
                          ignoring: diff.ignoring.isEmpty ? nil : diff.ignoring.names,
                          ignoredDifferences: diff.ignoring.isEmpty ? nil : diff.ignoredDifferences,
                          readingDoubts: readingDoubts.isEmpty ? nil : readingDoubts,
                          changesInDoubt: diff.changesInDoubt.isEmpty ? nil : diff.changesInDoubt.map(Change.init),
                          changesInDoubtNote: diff.changesInDoubtNote))
    }

    public static func render(_ verification: Redline.Verification, draft: String) throws -> String {
        let unmarked = verification.unmarkedAgainstOld.map { Unmarked($0, against: "old") }
            + verification.unmarkedAgainstFinal.map { Unmarked($0, against: "final") }
        return try encode(VerifyReport(schemaVersion: schemaVersion, draft: draft, unmarked: unmarked, marked: verification.marked,
                                       inDoubt: verification.inDoubt.isEmpty ? nil : verification.inDoubt.map(Change.init),
                                       inDoubtNotes: verification.inDoubtNotes.isEmpty ? nil : verification.inDoubtNotes))
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    struct Report: Encodable {
        var schemaVersion: Int
        var old: String
        var new: String
        var changes: [Change]
        var summary: [String: Int]
        var markup: [String]?
        /// Word differences set aside as how a document was read (spacing inside a word, a
        /// line-end hyphen joined otherwise), not as changes.
        var readingArtifacts: Int
        /// What the reader asked not to see (`--ignore-case` and the like), and how many word
        /// differences that took out; absent when nothing was asked.
        var ignoring: [String]?
        var ignoredDifferences: Int?
        /// Tables either version could not read cell by cell: changes shown in them may be
        /// only the reading. Absent when there are none.
        var readingDoubts: [String]?
        /// Changes inside such tables: listed apart, not in `changes` nor in `summary`; absent
        /// when there are none.
        var changesInDoubt: [Change]?
        var changesInDoubtNote: String?
    }

    struct Change: Encodable {
        var kind: String
        var old: ClauseChange.Side?
        var new: ClauseChange.Side?
        var edits: [Edit]
        var facts: [NumericFact]
        var coarse: Bool
        var grids: [Grid]

        init(_ change: ClauseChange) {
            coarse = change.coarse
            grids = change.grids.map(Grid.init)
            kind = change.kind.rawValue
            old = change.old
            new = change.new
            edits = change.edits.map(Edit.init)
            facts = change.facts
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(old, forKey: .old) // null when absent, as the contract says
            try container.encode(new, forKey: .new)
            try container.encode(edits, forKey: .edits)
            try container.encode(facts, forKey: .facts)
            try container.encode(coarse, forKey: .coarse)
            if !grids.isEmpty { try container.encode(grids, forKey: .grids) }
        }

        enum Keys: String, CodingKey { case kind, old, new, edits, facts, coarse, grids }
    }

    /// A grid that appeared, went or changed, as one object (`"object": "grid"`).
    struct Grid: Encodable {
        var object = "grid"
        var kind: String
        var title: String
        var oldTitle: String?
        var rows: Int
        var columns: Int
        var amounts: Int
        var cells: [Cell]?
        var rowsAdded: [String]?
        var rowsDropped: [String]?
        var average: Double?
        var lowest: Double?
        var highest: Double?

        struct Cell: Encodable {
            var row: String
            var column: String
            var old: Decimal?
            var new: Decimal?
            var percent: Double?
        }

        init(_ grid: GridChange) {
            kind = grid.kind.rawValue
            title = grid.title
            oldTitle = grid.oldTitle
            rows = grid.rows
            columns = grid.columns
            amounts = grid.amounts
            if grid.kind == .modified {
                cells = grid.cells.map { Cell(row: $0.row, column: $0.column, old: $0.old.map(GridJSON.decimal), new: $0.new.map(GridJSON.decimal),
                                              percent: $0.percent.map { ($0 * 100).rounded() / 100 }) }
                rowsAdded = grid.rowsAdded
                rowsDropped = grid.rowsDropped
                average = grid.average.map { ($0 * 100).rounded() / 100 }
                lowest = grid.lowest.map { ($0 * 100).rounded() / 100 }
                highest = grid.highest.map { ($0 * 100).rounded() / 100 }
            }
        }
    }

    struct Edit: Encodable {
        var op: String
        var old: String
        var new: String

        init(_ edit: WordDiff.Edit) {
            op = edit.operation.rawValue
            old = edit.old
            new = edit.new
        }
    }

    struct VerifyReport: Encodable {
        var schemaVersion: Int
        var draft: String
        var unmarked: [Unmarked]
        var marked: Int
        /// Differences inside tables read in pieces, not counted as unmarked; absent when none.
        var inDoubt: [Change]?
        var inDoubtNotes: [String]?
    }

    struct Unmarked: Encodable {
        var path: String
        var kind: String
        var against: String
        var old: String
        var new: String

        init(_ change: ClauseChange, against: String) {
            path = change.new?.path ?? change.old?.path ?? ""
            kind = change.kind.rawValue
            self.against = against
            if change.edits.isEmpty {
                old = change.old?.text ?? ""
                new = change.new?.text ?? ""
            } else {
                old = change.edits.map(\.old).joined(separator: " … ")
                new = change.edits.map(\.new).joined(separator: " … ")
            }
        }
    }
}
