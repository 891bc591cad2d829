import BlacklineDiffer
import BlacklineGrids
import BlacklineModel

/// `diff` and `markup --format html`: one self-contained page (inline CSS and script, no
/// network) that a bargaining team can open from disk, read article by article, and print.
/// The same input always gives the same bytes: nothing depends on the clock or on hash order.
public enum HTMLRedline {
    /// The salary grids of the new version and their audit, shown at the top and beside the
    /// cells they concern.
    public struct GridReview: Sendable {
        public var grids: [SalaryGrid]
        public var audit: GridAudit
        public init(grids: [SalaryGrid], audit: GridAudit) {
            self.grids = grids
            self.audit = audit
        }

        /// The agreement's grids, extracted and audited.
        public init(auditing agreement: Agreement) {
            let grids = GridExtractor.grids(in: agreement).grids
            self.init(grids: grids, audit: GridAuditor.audit(grids, in: agreement))
        }
    }

    /// `title` replaces "Redline: OLD → NEW"; `lead` is a fragment this module wrote (escaped
    /// already) shown under the documents compared.
    public static func render(_ diff: AgreementDiff, old: Agreement, new: Agreement, oldSource: SourceInfo, newSource: SourceInfo,
                              grids: GridReview? = nil, title: String? = nil, lead: String = "") -> String {
        let notes = AuditNotes(grids?.audit)
        var body = RedlineBody(diff: diff, old: old, new: new, notes: notes)
        let main = body.render(new)
        let title = title ?? "Redline: \(oldSource.name) → \(newSource.name)"
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="blackline">
        <title>\(HTMLText.escape(title))</title>
        <style>\(ReportAssets.css)\(PrintPage.rule(title: title, old: oldSource, new: newSource))</style>
        </head>
        <body class="no-js view-inline">
        <a class="skip" href="#agreement">Skip to the agreement</a>
        <div class="top" role="banner">
        <h1>\(HTMLText.escape(title))</h1>

        """
        html += sources(old: oldSource, new: newSource)
        html += lead
        html += totals(diff)
        html += "</div>\n"
        let navigator = ChangeNavigator(changes: diff.changes, rows: body.rows, order: body.order, changeRows: body.changeRows, anchors: body.anchors)
        html += "<div class=\"bar\">\n" + navigator.render() + ReportAssets.toolbar + "</div>\n"
        html += summaryTable(body.rows)
        html += factsTable(diff, anchors: body.anchors)
        if let grids { html += gridSection(grids, notes: notes, body: main) }
        html += commentSection(old: old, new: new)
        html += "<div class=\"agreement\" id=\"agreement\" role=\"main\">\n<h2 class=\"section-title\">The agreement, clause by clause</h2>\n"
            + columnHeads(old: oldSource, new: newSource) + main + "</div>\n"
        html += sourcesTable(old: oldSource, new: newSource)
        html += "<script>\(ReportAssets.script)</script>\n</body>\n</html>\n"
        return html
    }

    /// "Old" and "New" over the two columns of the side-by-side view, staying in sight.
    private static func columnHeads(old: SourceInfo, new: SourceInfo) -> String {
        "<div class=\"column-heads sbs-only\" aria-hidden=\"true\"><div>Old: \(HTMLText.escape(old.name))</div><div>New: \(HTMLText.escape(new.name))</div></div>\n"
    }

    /// One line naming both documents; the checksums and dates folded below it, so they do not
    /// fill a phone's first screen.
    private static func sources(old: SourceInfo, new: SourceInfo) -> String {
        func named(_ source: SourceInfo) -> String {
            let name = source.name + (source.role.map { " (\($0))" } ?? "")
            return "<b>\(HTMLText.escape(name))</b>" + (source.modified.map { " <span class=\"quiet\">(\(HTMLText.escape($0)))</span>" } ?? "")
        }
        var html = "<p class=\"compared\">Old: \(named(old)) → New: \(named(new))</p>\n"
        return html
    }

    /// The files, dates and checksums, at the end of the page: what proves which bytes were
    /// compared, not what a reader looks at first.
    private static func sourcesTable(old: SourceInfo, new: SourceInfo) -> String {
        var html = "<div class=\"sources-end\" role=\"contentinfo\">\n<table class=\"sources\"><caption>Documents compared</caption>\n"
        html += "<thead><tr><th scope=\"col\">Version</th><th scope=\"col\">File</th><th scope=\"col\">Modified</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n"
        for (version, source) in [("Old", old), ("New", new)] {
            let name = source.name + (source.role.map { " (\($0))" } ?? "")
            html += "<tr><th scope=\"row\">\(version)</th><td>\(HTMLText.escape(name))</td><td>\(HTMLText.escape(source.modified ?? "unknown"))</td>"
                + "<td><code>\(HTMLText.escape(source.sha256 ?? "unknown"))</code></td></tr>\n"
        }
        return html + "</tbody></table>\n</div>\n"
    }

    private static func totals(_ diff: AgreementDiff) -> String {
        let summary = diff.summary
        let items = ClauseChange.Kind.allCases.map { kind in
            "<li class=\"total \(kind.rawValue)\"><span class=\"count\">\(summary[kind] ?? 0)</span> \(kind.rawValue)</li>"
        }
        let total = diff.changes.count
        // A redline someone was asked to ignore parts of says so where its totals are.
        let ignored = diff.ignoring.isEmpty ? "" : "<p class=\"ignored\">\(diff.ignoredDifferences) word difference"
            + "\(diff.ignoredDifferences == 1 ? "" : "s") not shown, as asked: \(diff.ignoring.names.joined(separator: ", ")).</p>"
        return "<div class=\"totals-line\"><p class=\"total-line\">\(total) change\(total == 1 ? "" : "s") in all:</p>"
            + "<ul class=\"totals\" aria-label=\"changes by kind\">" + items.joined() + "</ul>\(ignored)</div>\n"
    }

    private static func summaryTable(_ rows: [RedlineBody.Row]) -> String {
        let changed = rows.filter { $0.total > 0 }
        var html = "<div class=\"summary\" role=\"navigation\" aria-label=\"changed articles\">\n<h2 class=\"section-title\">Changed articles</h2>\n"
        guard !changed.isEmpty else { return html + "<p>No article changed.</p>\n</div>\n" }
        let kinds = ClauseChange.Kind.allCases
        html += "<table class=\"changed\"><thead><tr><th scope=\"col\">Article</th>"
            + kinds.map { "<th scope=\"col\" class=\"num\">\($0.rawValue)</th>" }.joined() + "<th scope=\"col\" class=\"num\">total</th></tr></thead><tbody>\n"
        for row in changed {
            html += "<tr><td><a href=\"#\(row.id)\">\(HTMLText.escape(row.heading))</a></td>"
                + kinds.map { kind in "<td class=\"num\">\(row.counts[kind].map(String.init) ?? "")</td>" }.joined()
                + "<td class=\"num\">\(row.total)</td></tr>\n"
        }
        return html + "</tbody></table>\n</div>\n"
    }

    static let factsListedPerChange = 4

    /// Reviewers' comments carried by either version (Word comments), with author and date.
    private static func commentSection(old: Agreement, new: Agreement) -> String {
        var comments: [(side: String, comment: Finding)] = []
        for (side, agreement) in [("new", new), ("old", old)] {
            for comment in agreement.findings where comment.category == .comment {
                // A redline's two sides carry the same comments: say each once.
                if let index = comments.firstIndex(where: { $0.comment == comment }) {
                    comments[index].side = "both"
                } else {
                    comments.append((side, comment))
                }
            }
        }
        guard !comments.isEmpty else { return "" }
        var html = "<div class=\"comments\" role=\"region\" aria-label=\"reviewer comments\">\n<h2 class=\"section-title\">Reviewer comments</h2>\n<ul>\n"
        for (side, comment) in comments {
            let versions = side == "both" ? "both versions" : "\(side) version"
            let place = comment.location.map { " (\(versions), line \($0.line))" } ?? " (\(versions))"
            html += "<li>\(HTMLText.escape(comment.message))\(place)</li>\n"
        }
        return html + "</ul>\n</div>\n"
    }

    /// What the audit of the new version's grids found, each wrong cell linking to its place.
    private static func gridSection(_ review: GridReview, notes: AuditNotes, body: String) -> String {
        var html = "<div class=\"grid-audit\" role=\"region\" aria-label=\"salary grid audit\">\n<h2 class=\"section-title\">Salary grids of the new version</h2>\n"
        let amounts = review.grids.reduce(0) { $0 + $1.filledCells }
        let problems = notes.findings
        html += "<p>\(review.grids.count) grid\(review.grids.count == 1 ? "" : "s"), \(amounts) amounts; \(review.audit.checkedCells) checked against the rules the agreement prints"
            + (review.audit.rules.isEmpty ? " (it prints none that relate its grids)" : "") + "; "
            + (problems.isEmpty ? "no cell breaks them.</p>\n" : "\(problems.count) cell\(problems.count == 1 ? "" : "s") to look at:</p>\n<ul class=\"audit-list\">\n")
        for (index, finding) in problems.enumerated() {
            let text = HTMLText.escape(finding.message)
            let item = body.contains("id=\"audit-\(index)\"") ? "<a href=\"#audit-\(index)\">\(text)</a>" : text
            html += "<li class=\"\(finding.severity.rawValue)\"><span class=\"kind\">\(finding.severity.rawValue)</span> \(item)</li>\n"
        }
        if !problems.isEmpty { html += "</ul>\n" }
        return html + "</div>\n"
    }

    /// "+2.00%" when every amount moved by the same percentage, else "+1.98% to +2.02%".
    private static func percentRange(_ facts: [NumericFact]) -> String {
        // Amounts only: "FY 04 → FY 05" beside a schedule's cells is a label, not a raise.
        let percents = facts.filter { $0.unit == .money || $0.old.contains(",") || $0.old.contains(".") }.compactMap(\.percentChange)
        guard let low = percents.min()?.formatted(signed: true), let high = percents.max()?.formatted(signed: true) else { return "" }
        return low == high ? "\(low)%" : "\(low)% to \(high)%"
    }

    /// Every amount, percentage and date a change altered, in one table: what a negotiator
    /// checks first ("district health contribution $1,645 → $1,695").
    private static func factsTable(_ diff: AgreementDiff, anchors: [Int: String]) -> String {
        let rows = diff.changes.enumerated().flatMap { number, change in change.facts.map { (number, change, $0) } }
        let grids = diff.changes.enumerated().flatMap { number, change in change.grids.map { (number, change, $0) } }
        guard !rows.isEmpty || !grids.isEmpty else { return "" }
        var html = "<div class=\"amounts\">\n<h2 class=\"section-title\">Amounts and dates changed</h2>\n"
        html += "<table class=\"facts-table\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Old</th>"
            + "<th scope=\"col\" class=\"num\">New</th><th scope=\"col\" class=\"num\">Change</th></tr></thead><tbody>\n"
        var summarized = Set<Int>()
        for (number, change, fact) in rows {
            let path = change.new?.path ?? change.old?.path ?? ""
            let link = "<td><a href=\"#\(anchors[number] ?? "change-\(number)")\">\(HTMLText.escape(path))</a></td>"
            // A whole schedule of changed cells is one row here; the grid itself shows each cell.
            if change.facts.count > factsListedPerChange {
                guard summarized.insert(number).inserted else { continue }
                html += "<tr>\(link)<td>\(change.facts.count) amounts</td><td class=\"num\" colspan=\"2\">see the clause</td>"
                    + "<td class=\"num\">\(percentRange(change.facts))</td></tr>\n"
                continue
            }
            let delta = fact.note.map(HTMLText.escape) ?? fact.percentChange.map { "\($0.formatted(signed: true))%" } ?? ""
            html += "<tr>\(link)<td>\(fact.unit.rawValue)</td>"
                + "<td class=\"num\"><del>\(HTMLText.escape(fact.old))</del></td><td class=\"num\"><ins>\(HTMLText.escape(fact.new))</ins></td>"
                + "<td class=\"num\">\(delta)</td></tr>\n"
        }
        // A grid that changed is one row: how many amounts and the raise over them.
        for (number, change, grid) in grids {
            let path = change.new?.path ?? change.old?.path ?? ""
            let link = "<td><a href=\"#\(anchors[number] ?? "change-\(number)")\">\(HTMLText.escape(path))</a></td>"
            let what = grid.kind == .modified ? "grid: \(grid.cells.count) amounts" : "grid \(grid.kind.rawValue)"
            let raise = DiffText.raise(grid) ?? ""
            html += "<tr>\(link)<td>\(HTMLText.escape(what))</td><td class=\"num\" colspan=\"2\">\(HTMLText.escape(grid.shape))</td>"
                + "<td class=\"num\">\(raise)</td></tr>\n"
        }
        return html + "</tbody></table>\n</div>\n"
    }
}
