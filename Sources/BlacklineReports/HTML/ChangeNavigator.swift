import BlacklineDiffer

/// The list of changes in the sticky bar: article by article, each change with its kind, its
/// clause and a few of its words, linking to the element that shows it. Listed in page order,
/// so a click and `n`/`p` walk the same sequence. Plain links: it works without the script.
struct ChangeNavigator {
    let changes: [ClauseChange]
    let rows: [RedlineBody.Row]
    /// Change numbers in page order, the row each falls in, and the element showing each.
    let order: [Int]
    let changeRows: [Int: Int]
    let anchors: [Int: String]

    /// Words of a change shown in the list: enough to recognize it, short enough for one line.
    static let wordsShown = 8

    func render() -> String {
        // libxml2's HTML parser (HTML 4) knows no <nav> or <details>: a landmark role and a
        // button the script turns into a disclosure (without it the list is shown).
        var html = "<div class=\"navigator\" role=\"navigation\" aria-label=\"list of changes\">"
            + "<button type=\"button\" class=\"disclose\" data-disclose aria-expanded=\"false\" aria-controls=\"change-list\">"
            + "\(order.count) change\(order.count == 1 ? "" : "s") <span class=\"quiet\">(list)</span></button>\n<div class=\"disclosed\" id=\"change-list\">\n"
        guard !order.isEmpty else { return html + "<p>No change.</p></div></div>\n" }
        html += "<ol class=\"nav-articles\">\n"
        var openRow: Int?, first = true
        for number in order {
            let row = changeRows[number]
            if first || openRow != row {
                if !first { html += "</ol></li>\n" }
                let heading = row.map { rows[$0].heading } ?? "Outside any article"
                html += "<li><span class=\"nav-article\">\(HTMLText.escape(heading))</span><ol>\n"
                openRow = row
                first = false
            }
            let change = changes[number]
            let path = change.new?.path ?? change.old?.path ?? ""
            html += "<li data-kind=\"\(change.kind.rawValue)\"><a href=\"#\(anchors[number] ?? "change-\(number)")\">"
                + "<span class=\"nav-kind\">\(change.kind.rawValue)</span> <span class=\"nav-path\">\(HTMLText.escape(path))</span> "
                + HTMLText.escape(Self.words(change)) + "</a></li>\n"
        }
        return html + "</ol></li>\n</ol></div></div>\n"
    }

    /// "$525 → $575", "+ Requests for leave under the Acts…", "from 512", "2 → 3".
    static func words(_ change: ClauseChange) -> String {
        switch change.kind {
        case .added: return "+ " + excerpt(change.new?.text ?? "")
        case .deleted: return "− " + excerpt(change.old?.text ?? "")
        case .moved: return "from " + (change.old?.path ?? "")
        case .renumbered: return "from " + (change.old?.path ?? "")
        case .retitled, .modified:
            guard let edit = change.edits.first(where: { !$0.old.isEmpty || !$0.new.isEmpty }) else {
                return change.grids.isEmpty ? "" : "salary grid"
            }
            let more = change.edits.count > 1 ? " (+\(change.edits.count - 1) more)" : ""
            switch (edit.old.isEmpty, edit.new.isEmpty) {
            case (true, _): return "+ " + excerpt(edit.new) + more
            case (_, true): return "− " + excerpt(edit.old) + more
            default: return excerpt(edit.old) + " → " + excerpt(edit.new) + more
            }
        }
    }

    private static func excerpt(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.prefix(wordsShown).joined(separator: " ") + (words.count > wordsShown ? "…" : "")
    }
}
