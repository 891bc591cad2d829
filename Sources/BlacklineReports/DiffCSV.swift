import BlacklineDiffer

/// `diff` and `markup --format csv`: one row per change, for the team's spreadsheet or tracking
/// sheet of TA'd items. `verify --format csv`: one row per unmarked change.
///
///     Article,Kind,Old path,Old title,New path,New title,Deleted,Inserted,Amounts,Coarse
///     701,modified,701.A,,701.A,,$525,$575,money $525 → $575 (+9.52%),
///
/// Deleted and Inserted hold the words each edit removed and put in, edits joined by " … "; an
/// added or deleted clause has its whole text there, its sections' included.
public enum DiffCSV {
    public static let header = ["Article", "Kind", "Old path", "Old title", "New path", "New title", "Deleted", "Inserted", "Amounts", "Coarse"]
    public static let verifyHeader = ["Against", "Kind", "Path", "Old", "New"]

    /// Changes in doubt (inside a table one version reads in pieces) come last, their kind marked
    /// "… in doubt" ("modified in doubt"), so a sheet that counts kinds does not count them.
    public static func render(_ diff: AgreementDiff) -> String {
        let doubted = diff.changesInDoubt.map { inDoubt(row($0)) }
        return ([header] + diff.changes.flatMap { [row($0)] + gridRows($0) } + doubted).map(CSV.line).joined(separator: "\n") + "\n"
    }

    /// A row of a change in doubt: its kind (the second field) marked so.
    static func inDoubt(_ row: [String]) -> [String] {
        var row = row
        row[1] += " in doubt"
        return row
    }

    public static func render(_ verification: Redline.Verification) -> String {
        let rows = verification.unmarkedAgainstOld.map { verifyRow($0, against: "old") }
            + verification.unmarkedAgainstFinal.map { verifyRow($0, against: "final") }
        let doubted = verification.inDoubt.map { inDoubt(verifyRow($0, against: "")) }
        return ([verifyHeader] + rows + doubted).map(CSV.line).joined(separator: "\n") + "\n"
    }

    static func row(_ change: ClauseChange) -> [String] {
        let (deleted, inserted) = change.deletedAndInserted
        let path = change.new?.path ?? change.old?.path ?? ""
        return [
            String(path.prefix { $0 != "." }), change.kind.rawValue,
            change.old?.path ?? "", change.old?.title ?? "", change.new?.path ?? "", change.new?.title ?? "",
            deleted, inserted, change.facts.map { "\($0.unit.rawValue) \($0.change)" }.joined(separator: "; "), change.coarse ? "coarse" : "",
        ]
    }

    /// A row per grid that appeared, went or changed ("grid added", with its size in Deleted or
    /// Inserted), then a row per changed cell ("grid cell": old and new amount, row × column and
    /// percent in Amounts).
    static func gridRows(_ change: ClauseChange) -> [[String]] {
        let path = change.new?.path ?? change.old?.path ?? ""
        let article = String(path.prefix { $0 != "." })
        return change.grids.flatMap { grid -> [[String]] in
            let shape = grid.shape
            let changed = grid.kind == .modified ? "\(grid.cells.count) amounts changed" : ""
            let summary = DiffText.raise(grid).map { changed + ", " + $0 } ?? changed
            let head = [article, "grid \(grid.kind.rawValue)", change.old?.path ?? "", grid.oldTitle ?? (grid.kind == .added ? "" : grid.title),
                        change.new?.path ?? "", grid.kind == .deleted ? "" : grid.title,
                        grid.kind == .deleted ? shape : "", grid.kind == .added ? shape : "", summary, ""]
            let cells = grid.cells.map { cell -> [String] in
                let oldAmount = cell.old.map { "\($0)" } ?? "", newAmount = cell.new.map { "\($0)" } ?? ""
                let place = "\(cell.row) × \(cell.column)" + (cell.percent.map { ": " + DiffText.percent($0) } ?? "")
                let titles: [String] = [change.old?.path ?? "", grid.oldTitle ?? grid.title, change.new?.path ?? "", grid.title]
                return [article, "grid cell"] + titles + [oldAmount, newAmount, place, ""]
            }
            return [head] + cells
        }
    }

    static func verifyRow(_ change: ClauseChange, against: String) -> [String] {
        let (deleted, inserted) = change.deletedAndInserted
        return [against, change.kind.rawValue, change.new?.path ?? change.old?.path ?? "", deleted, inserted]
    }
}
