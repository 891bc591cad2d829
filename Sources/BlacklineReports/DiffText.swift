import BlacklineDiffer
import BlacklineModel

/// `diff` and `markup --format text`: one block per change, word edits inline as wdiff writes
/// them ([-old-]{+new+}), in red and green when colour is on.
public enum DiffText {
    public struct Style: Sendable {
        public var color: Bool
        public init(color: Bool) { self.color = color }

        func deleted(_ text: String) -> String { color ? "\u{1B}[31m[-\(text)-]\u{1B}[0m" : "[-\(text)-]" }
        func inserted(_ text: String) -> String { color ? "\u{1B}[32m{+\(text)+}\u{1B}[0m" : "{+\(text)+}" }
        func heading(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    }

    /// `notes`: lines said under the header (how a draft's markup was read).
    public static func render(_ diff: AgreementDiff, old: String, new: String, style: Style, notes: [String] = []) -> String {
        var lines = ["--- \(old)", "+++ \(new)"] + notes.map { "# \($0)" }
        for change in diff.changes { lines += block(change, style: style) }
        let summary = ClauseChange.Kind.allCases.compactMap { kind in diff.summary[kind].map { "\($0) \(kind.rawValue)" } }
        lines.append("")
        lines.append(summary.isEmpty ? "no changes" : summary.joined(separator: ", "))
        if diff.readingArtifacts > 0 {
            let count = diff.readingArtifacts
            lines.append("(\(count) difference\(count == 1 ? "" : "s") of reading set aside: spacing inside a word, or a hyphen at a line end joined otherwise)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func render(_ verification: Redline.Verification, draft: String, style: Style) -> String {
        var lines = ["\(draft): \(verification.marked) marked change\(verification.marked == 1 ? "" : "s")"]
        for (label, changes) in [("against the old agreement", verification.unmarkedAgainstOld), ("against the final text", verification.unmarkedAgainstFinal)] where !changes.isEmpty {
            lines.append("")
            lines.append(style.heading("unmarked changes \(label):"))
            for change in changes { lines += block(change, style: style) }
        }
        lines.append("")
        lines.append(verification.unmarked.isEmpty ? "no unmarked changes" : "\(verification.unmarked.count) unmarked change\(verification.unmarked.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    static func block(_ change: ClauseChange, style: Style) -> [String] {
        let where_: String
        switch change.kind {
        case .added: where_ = change.new.map(describe) ?? ""
        case .deleted: where_ = change.old.map(describe) ?? ""
        case .moved, .renumbered: where_ = "\(change.old.map(describe) ?? "") → \(change.new.map(describe) ?? "")"
        default: where_ = change.new.map(describe) ?? ""
        }
        var lines = ["", style.heading("\(change.kind.rawValue) \(where_)")]
        switch change.kind {
        // An added or deleted article's words may all be in its sections, which go with it.
        case .added:
            if let whole = change.new?.wholeText, !whole.isEmpty {
                lines.append("  " + style.inserted(Clause.excerpt(whole, excerptLength)))
            }
        case .deleted:
            if let whole = change.old?.wholeText, !whole.isEmpty {
                lines.append("  " + style.deleted(Clause.excerpt(whole, excerptLength)))
            }
        default:
            for edit in change.edits {
                var line = "  "
                if !edit.old.isEmpty { line += style.deleted(edit.old) }
                if !edit.new.isEmpty { line += style.inserted(edit.new) }
                lines.append(line)
            }
        }
        if change.coarse { lines.append("  (compared as a whole: too different to diff word by word within the budget)") }
        for fact in change.facts { lines.append("  \(fact.unit.rawValue): \(fact.change)") }
        for grid in change.grids { lines += gridLines(grid, style: style) }
        return lines
    }

    /// Changed cells listed in the terminal per grid; JSON and CSV list them all.
    static let cellsShown = 12

    /// A grid change as one object: its title and size, and for a changed grid its cells.
    static func gridLines(_ grid: GridChange, style: Style) -> [String] {
        switch grid.kind {
        case .added: return ["  " + style.inserted(gridSummary(grid))]
        case .deleted: return ["  " + style.deleted(gridSummary(grid))]
        case .modified: break
        }
        var lines = ["  " + gridSummary(grid)]
        if !grid.rowsAdded.isEmpty { lines.append("    rows added: " + grid.rowsAdded.joined(separator: ", ")) }
        if !grid.rowsDropped.isEmpty { lines.append("    rows dropped: " + grid.rowsDropped.joined(separator: ", ")) }
        for cell in grid.cells.prefix(cellsShown) {
            let change = "\(cell.old.map { "\($0)" } ?? "—") → \(cell.new.map { "\($0)" } ?? "—")"
            lines.append("    \(cell.row) × \(cell.column): \(change)\(cell.percent.map { " (\(percent($0)))" } ?? "")")
        }
        if grid.cells.count > cellsShown {
            lines.append("    … and \(grid.cells.count - cellsShown) more (all in --format csv or json)")
        }
        return lines
    }

    /// "grid added: '2007 - 2008 @ 192 Days' (14 rows × 6 columns, 84 amounts)"; for a changed
    /// grid its changed amounts and the raise over them.
    static func gridSummary(_ grid: GridChange) -> String {
        switch grid.kind {
        case .added: return "grid added: \(grid.shape)"
        case .deleted: return "grid deleted: \(grid.shape)"
        case .modified: break
        }
        var summary = "grid \(grid.shape)"
        if let oldTitle = grid.oldTitle { summary += ", was '\(oldTitle)'" }
        summary += ": \(grid.cells.count) amount\(grid.cells.count == 1 ? "" : "s") changed"
        if let average = grid.average, let low = grid.lowest, let high = grid.highest {
            summary += ", \(percent(average)) on average (\(percent(low)) to \(percent(high)))"
        }
        return summary
    }

    static func percent(_ value: Double) -> String {
        (value >= 0 ? "+" : "") + String(format: "%.2f%%", value)
    }

    static func describe(_ side: ClauseChange.Side) -> String {
        [side.path, side.title].compactMap { $0 }.joined(separator: " ")
    }

    /// Characters of an added or deleted clause's text shown in the terminal.
    static let excerptLength = 200
}
