import BlacklineDiffer
import BlacklineModel

/// `diff` and `markup --format text`: one block per change, word edits inline as wdiff writes
/// them ([-old-]{+new+}) between a few words of unchanged context, in red and green when colour
/// is on; a run of items renumbered by one insertion is one line. `Options.summary` keeps the
/// counts and one line per change.
public enum DiffText {
    /// What the text report shows besides the changes themselves.
    public struct Options: Sendable {
        /// Unchanged words shown on each side of an edit ("…shall contribute [-$525-]{+$575+} per
        /// month…"); edits closer than twice this share one line. 0 shows the edits alone.
        public var context: Int
        /// Only the per-kind counts and one line per change (kind and path).
        public var summary: Bool
        /// Five words read as a phrase around a one-word edit without running into the next one.
        public static let defaultContext = 5

        public init(context: Int = defaultContext, summary: Bool = false) {
            self.context = max(0, context)
            self.summary = summary
        }
    }

    public struct Style: Sendable {
        public var color: Bool
        public init(color: Bool) { self.color = color }

        func deleted(_ text: String) -> String { color ? "\u{1B}[31m[-\(text)-]\u{1B}[0m" : "[-\(text)-]" }
        func inserted(_ text: String) -> String { color ? "\u{1B}[32m{+\(text)+}\u{1B}[0m" : "{+\(text)+}" }
        func heading(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    }

    /// `notes`: lines said under the header (how a draft's markup was read).
    public static func render(_ diff: AgreementDiff, old: String, new: String, style: Style, notes: [String] = [],
                              options: Options = Options()) -> String {
        var lines = ["--- \(old)", "+++ \(new)"] + notes.map { "# \($0)" }
        if options.summary, !diff.changes.isEmpty { lines.append("") }
        lines += blocks(diff.changes, style: style, options: options)
        if let note = diff.changesInDoubtNote {
            lines.append("")
            lines.append(style.heading("# \(note):"))
            lines += blocks(diff.changesInDoubt, style: style, options: options)
        }
        let summary = ClauseChange.Kind.allCases.compactMap { kind in diff.summary[kind].map { "\($0) \(kind.rawValue)" } }
        lines.append("")
        lines.append(summary.isEmpty ? "no changes" : summary.joined(separator: ", "))
        lines += inDoubtCount(diff.changesInDoubt)
        if diff.readingArtifacts > 0 {
            let count = diff.readingArtifacts
            lines.append("(\(count) difference\(count == 1 ? "" : "s") of reading set aside: spacing inside a word, or a hyphen at a line end joined otherwise)")
        }
        if !diff.ignoring.isEmpty {
            let count = diff.ignoredDifferences
            lines.append("(\(count) difference\(count == 1 ? "" : "s") ignored as asked: \(diff.ignoring.names.joined(separator: ", ")))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func render(_ verification: Redline.Verification, draft: String, style: Style, options: Options = Options(),
                              notes: [String] = []) -> String {
        var lines = ["\(draft): \(verification.marked) marked change\(verification.marked == 1 ? "" : "s")"] + notes.map { "# \($0)" }
        for (label, changes) in [("against the old agreement", verification.unmarkedAgainstOld), ("against the final text", verification.unmarkedAgainstFinal)] where !changes.isEmpty {
            lines.append("")
            lines.append(style.heading("unmarked changes \(label):"))
            lines += blocks(changes, style: style, options: options)
        }
        for note in verification.inDoubtNotes {
            lines.append("")
            lines.append(style.heading("# \(note):"))
        }
        if !verification.inDoubt.isEmpty { lines += blocks(verification.inDoubt, style: style, options: options) }
        lines.append("")
        lines.append(verification.unmarked.isEmpty ? "no unmarked changes" : "\(verification.unmarked.count) unmarked change\(verification.unmarked.count == 1 ? "" : "s")")
        lines += inDoubtCount(verification.inDoubt)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The line under the counts that says how many changes in doubt are listed apart; none when
    /// there are none.
    static func inDoubtCount(_ changes: [ClauseChange]) -> [String] {
        changes.isEmpty ? [] : ["(\(changes.count) more in doubt inside tables read in pieces, listed apart above)"]
    }

    /// The changes in order, a run of renumbered items (`RenumberingRun`) as one; in a summary
    /// one line each, otherwise a block each.
    static func blocks(_ changes: [ClauseChange], style: Style, options: Options) -> [String] {
        var lines: [String] = []
        for group in RenumberingRun.group(changes) {
            switch group {
            case .run(let run):
                if !options.summary { lines.append("") }
                lines.append(style.heading("renumbered \(run.description)"))
            case .single(let change):
                if options.summary {
                    lines.append(headline(change, describe: \.path, style: style))
                } else {
                    lines += block(change, style: style, context: options.context)
                }
            }
        }
        return lines
    }

    /// "modified 205.A HEALTH BENEFITS", "moved 302.B → 305.C".
    static func headline(_ change: ClauseChange, describe: (ClauseChange.Side) -> String = describe, style: Style) -> String {
        let where_: String
        switch change.kind {
        case .added: where_ = change.new.map(describe) ?? ""
        case .deleted: where_ = change.old.map(describe) ?? ""
        case .moved, .renumbered: where_ = "\(change.old.map(describe) ?? "") → \(change.new.map(describe) ?? "")"
        default: where_ = change.new.map(describe) ?? ""
        }
        return style.heading("\(change.kind.rawValue) \(where_)")
    }

    static func block(_ change: ClauseChange, style: Style, context: Int = Options.defaultContext) -> [String] {
        var lines = ["", headline(change, style: style)]
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
            lines += EditContext.lines(change, context: context, style: style).map { "  " + $0 }
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
        if let raise = raise(grid) { summary += ", " + raise }
        return summary
    }

    /// "+2.00% on average (+1.98% to +2.02%)": a changed grid's raise; nil when no amount is in
    /// both versions.
    static func raise(_ grid: GridChange) -> String? {
        guard let average = grid.average, let low = grid.lowest, let high = grid.highest else { return nil }
        return "\(percent(average)) on average (\(percent(low)) to \(percent(high)))"
    }

    /// "+2.00%", as the HTML redline prints percentages.
    static func percent(_ value: Double) -> String {
        value.formatted(signed: true) + "%"
    }

    static func describe(_ side: ClauseChange.Side) -> String {
        [side.path, side.title].compactMap { $0 }.joined(separator: " ")
    }

    /// Characters of an added or deleted clause's text shown in the terminal.
    static let excerptLength = 200
}
