import BlacklineModel

/// A table compared cell by cell with its old version: a salary grid shows each changed cell
/// as old → new with the percent change, whatever the word diff made of the row.
enum TableHTML {
    enum View { case inline, old, new }

    static func render(old: Table, new: Table, view: View, notes: AuditNotes = .none, anchored: Bool = false) -> String {
        let rows = switch view {
        case .old: old.rows.count
        case .new: new.rows.count
        case .inline: max(old.rows.count, new.rows.count)
        }
        let columns = max(old.rows.map(\.texts.count).max() ?? 0, new.rows.map(\.texts.count).max() ?? 0)
        var html = "<table class=\"grid\"><tbody>\n"
        for rowIndex in 0..<rows {
            let oldCells = rowIndex < old.rows.count ? old.rows[rowIndex].texts : nil
            let newCells = rowIndex < new.rows.count ? new.rows[rowIndex].texts : nil
            let width = max(oldCells?.count ?? 0, newCells?.count ?? 0)
            let shown = view == .old ? oldCells : newCells ?? oldCells
            if let shown, oldCells.map({ $0.map(clean) }) == newCells.map({ $0.map(clean) }) || view != .inline, let title = titleRow(shown, columns: columns) {
                html += title
                continue
            }
            html += "<tr>"
            for column in 0..<width {
                let before = oldCells.flatMap { column < $0.count ? $0[column] : nil }
                let after = newCells.flatMap { column < $0.count ? $0[column] : nil }
                let numeric = isNumeric(after ?? before ?? "")
                let line = view != .old && rowIndex < new.rows.count ? new.rows[rowIndex].location.line : nil
                let note = line.flatMap { line in after.flatMap { notes.note(line: line, cellText: $0) } }
                html += AuditNotes.cell(cell(before, after, view: view), numeric: numeric, note: note, anchored: anchored)
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// Whether the two tables read the same, cell by cell, as shown.
    static func sameCells(_ old: Table, _ new: Table) -> Bool {
        old.rows.map { $0.texts.map { clean($0) } } == new.rows.map { $0.texts.map { clean($0) } }
    }

    /// A row holding only words in its first cell ("EFFECTIVE JULY 1, 2003 -") is a title the
    /// source split into the table: one cell across the row, set as a heading of what follows.
    static func titleRow(_ cells: [String], columns: Int) -> String? {
        let filled = cells.map { clean($0) }.enumerated().filter { !$0.element.isEmpty }
        guard columns > 2, filled.count == 1, let only = filled.first, only.offset == 0,
              !isNumeric(only.element), only.element.split(separator: " ").count >= minimumTitleWords else { return nil }
        return "<tr class=\"title-row\"><th scope=\"colgroup\" colspan=\"\(columns)\">\(HTMLText.escape(only.element))</th></tr>\n"
    }

    /// A lone word in a first cell is more often a step or row label than a title.
    static let minimumTitleWords = 2

    private static func cell(_ before: String?, _ after: String?, view: View) -> String {
        let old = before.map(clean) ?? "", new = after.map(clean) ?? ""
        if old == new { return HTMLText.escape(view == .old ? old : new) }
        let deleted = old.isEmpty ? "" : "<del>\(HTMLText.escape(old))</del>"
        let inserted = new.isEmpty ? "" : "<ins>\(HTMLText.escape(new))</ins>" + percent(old, new)
        switch view {
        case .inline: return [deleted, inserted].filter { !$0.isEmpty }.joined(separator: " ")
        case .old: return deleted
        case .new: return inserted
        }
    }

    /// "(+2.00%)" between two amounts; nothing when either is not one.
    private static func percent(_ old: String, _ new: String) -> String {
        guard let a = value(old), let b = value(new), a != 0 else { return "" }
        return " <span class=\"delta\">(\(((b - a) / a * 100).formatted(signed: true))%)</span>"
    }

    private static func value(_ text: String) -> Double? {
        guard isNumeric(text) else { return nil }
        return Double(text.filter { $0.isNumber || $0 == "." || $0 == "-" })
    }

    /// The cell as read after the grid extractor's repairs: spaces normalized, and a strike's
    /// residue ("-52,242": the converter kept the rule as a minus sign) without its minus, as
    /// the audit reads it (salaries are never negative).
    static func clean(_ text: String) -> String {
        let spaced = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return isStrikeResidue(spaced) ? String(spaced.dropFirst()) : spaced
    }

    /// "-52,242", "-1,234.50": a minus before an amount with a thousands separator.
    static func isStrikeResidue(_ text: String) -> Bool {
        guard text.hasPrefix("-") else { return false }
        let amount = text.dropFirst().drop { $0 == "$" }
        let whole = amount.split(separator: ".", omittingEmptySubsequences: false)
        guard whole.count <= 2, whole.count == 1 || whole[1].allSatisfy(\.isNumber) && !whole[1].isEmpty else { return false }
        let groups = whole[0].split(separator: ",", omittingEmptySubsequences: false)
        return groups.count >= 2 && (1...3).contains(groups[0].count) && groups.allSatisfy { $0.allSatisfy(\.isNumber) }
            && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    static func isNumeric(_ text: String) -> Bool {
        let trimmed = text.filter { !$0.isWhitespace }
        return !trimmed.isEmpty && trimmed.contains(where: \.isNumber) && trimmed.allSatisfy { $0.isNumber || "$,.%-".contains($0) }
    }
}
