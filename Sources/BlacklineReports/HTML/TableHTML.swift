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
        var html = "<table class=\"grid\"><tbody>\n"
        for rowIndex in 0..<rows {
            let oldCells = rowIndex < old.rows.count ? old.rows[rowIndex].texts : nil
            let newCells = rowIndex < new.rows.count ? new.rows[rowIndex].texts : nil
            let width = max(oldCells?.count ?? 0, newCells?.count ?? 0)
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

    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func isNumeric(_ text: String) -> Bool {
        let trimmed = text.filter { !$0.isWhitespace }
        return !trimmed.isEmpty && trimmed.contains(where: \.isNumber) && trimmed.allSatisfy { $0.isNumber || "$,.%-".contains($0) }
    }
}
