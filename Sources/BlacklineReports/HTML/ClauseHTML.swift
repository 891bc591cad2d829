import BlacklineDiffer
import BlacklineModel

/// One clause's own content (heading and blocks, not its children) as the redline shows it,
/// given the changes that concern it.
struct ClauseHTML {
    let clause: Clause
    /// The clause as it stood in the old version, when it has a partner there.
    let oldClause: Clause?
    let changes: [ClauseChange]
    /// The whole clause is inserted (it, or an ancestor, was added) or deleted.
    var wholly: RedlineText.Kind = .same
    var toggle = false
    /// Audit findings of the new agreement's grids, set beside their cells.
    var notes: AuditNotes = .none

    private var kinds: Set<ClauseChange.Kind> { Set(changes.map(\.kind)) }
    private var textChange: ClauseChange? { changes.first { $0.kind != .retitled && (!$0.edits.isEmpty || !$0.grids.isEmpty) } }
    private var retitle: ClauseChange? { changes.first { $0.kind == .retitled } }

    /// Heading, then blocks: inline and side by side when the text changed.
    func render() -> String {
        var html = heading()
        let leading = sectionLeading()
        if let change = textChange, let oldClause, wholly == .same {
            // Edits index the sides' text: the clause's words without its grids, which are
            // compared cell by cell and shown as printed beside them.
            let oldText = change.old?.text ?? oldClause.text, newText = change.new?.text ?? clause.text
            let oldGrids = GridBlocks.indices(of: oldClause), newGrids = GridBlocks.indices(of: clause)
            let inline = RedlineText.inline(old: oldText, new: newText, edits: change.edits)
            let oldSide = RedlineText.side(oldText, ranges: change.edits.map(\.oldTokens), kind: .deleted)
            let newSide = RedlineText.side(newText, ranges: change.edits.map(\.newTokens), kind: .inserted)
            let oldLeading = oldClause.kind == .section ? Self.labelHTML(for: oldClause) : nil
            let oldTables = Self.tables(oldClause), newTables = Self.tables(clause)
            html += "<div class=\"inline-only\">\n"
                + BlockHTML.render(clause.blocks, text: inline, leading: leading, tables: (oldTables, newTables, .inline), notes: notes, anchored: true,
                                   outsideText: newGrids) + "</div>\n"
            // A block changed on either side is shown in both columns, so they stay aligned.
            let shown = BlockHTML.changedBlocks(oldClause.blocks, text: oldSide, tables: (oldTables, newTables, .old), outsideText: oldGrids)
                .union(BlockHTML.changedBlocks(clause.blocks, text: newSide, tables: (oldTables, newTables, .new), outsideText: newGrids))
            html += "<div class=\"sbs-only pair\"><div class=\"old\" role=\"group\" aria-label=\"old text\"><span class=\"side-label\">Old</span>\n"
                + BlockHTML.render(oldClause.blocks, text: oldSide, leading: oldLeading, tables: (oldTables, newTables, .old), outsideText: oldGrids,
                                   shown: shown)
                + "</div><div class=\"new\" role=\"group\" aria-label=\"new text\"><span class=\"side-label\">New</span>\n"
                + BlockHTML.render(clause.blocks, text: newSide, leading: leading, tables: (oldTables, newTables, .new), notes: notes,
                                   outsideText: newGrids, shown: shown) + "</div></div>\n"
            html += gridNotes(change.grids)
            if change.coarse {
                html += "<p class=\"note\">Compared as a whole: too different to compare word by word within the diff budget.</p>\n"
            }
            // Cell changes are shown in the grid itself; listing each again would bury the rest.
            if newTables.isEmpty || oldTables.isEmpty { html += facts(change.facts) }
        } else {
            html += BlockHTML.render(clause.blocks, text: RedlineText(clause.text, kind: wholly), leading: leading,
                                     notes: wholly == .deleted ? .none : notes, anchored: true)
            html += gridNotes(changes.flatMap(\.grids))
        }
        return html
    }

    /// Each grid that appeared, went or changed, said once under the clause: title, size, and
    /// the raise over its cells.
    private func gridNotes(_ grids: [GridChange]) -> String {
        grids.map { grid in
            let text = DiffText.gridSummary(grid)
            return "<p class=\"note grid-change\">\(HTMLText.escape(text))</p>\n"
        }.joined()
    }

    private static func tables(_ clause: Clause) -> [Table] {
        clause.blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    /// Articles, chapters and groups have a heading line; sections carry their label into their
    /// first paragraph instead ("A. The parties agree…").
    private func heading() -> String {
        let tag: String
        switch clause.kind {
        case .chapter, .article: tag = "h2"
        case .annex:
            return "<h2 class=\"heading\">\(toggleButton())\(HTMLText.escape(clause.heading))</h2>\n"
        case .group: tag = "h3"
        case .frontMatter, .tableOfContents, .unclassified, .body:
            let name = switch clause.kind {
            case .frontMatter: "Front matter"
            case .tableOfContents: "Table of contents"
            case .body: "Text"
            default: "Text not placed in any article"
            }
            return "<h2 class=\"heading\">\(toggleButton())<span class=\"quiet\">\(name)</span></h2>\n"
        case .section:
            return ""
        }
        var parts: [String] = []
        if let number = clause.number { parts.append(numberHTML(number, old: oldClause?.number)) }
        if let title = clause.title { parts.append(titleHTML(title) + HTMLText.escape(clause.titleMarker ?? "")) }
        parts += clause.notes.map { "<span class=\"note\">[\(HTMLText.escape($0.text))]</span>" }
        return "<\(tag) class=\"heading\">\(toggleButton())\(parts.joined(separator: " "))</\(tag)>\n"
    }

    private func toggleButton() -> String {
        toggle ? "<button type=\"button\" class=\"toggle\" aria-expanded=\"true\" title=\"show or hide this article\"><span class=\"sr\">show or hide</span></button>" : ""
    }

    private func sectionLeading() -> String? {
        guard clause.kind == .section else { return nil }
        var parts: [String] = []
        if let label = clause.label {
            let printed = Self.printedLabel(clause) ?? label
            let oldPrinted = oldClause.flatMap(Self.printedLabel)
            parts.append("<span class=\"label\">" + numberHTML(printed, old: oldPrinted) + "</span>")
        }
        if let title = clause.title { parts.append("<span class=\"caption\">\(titleHTML(title))</span>") }
        parts += clause.notes.map { "<span class=\"note\">[\(HTMLText.escape($0.text))]</span>" }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    static func labelHTML(for clause: Clause) -> String? {
        printedLabel(clause).map { "<span class=\"label\">" + HTMLText.escape($0) + "</span>" }
    }

    /// "A.", "(1)": the label as printed.
    static func printedLabel(_ clause: Clause) -> String? {
        guard let label = clause.label else { return nil }
        return clause.labelStyle.map { $0.render(label) } ?? label
    }

    /// A number or label; renumbered and moved clauses show "old → new" in place.
    private func numberHTML(_ printed: String, old: String?) -> String {
        let escaped = HTMLText.escape(printed)
        switch wholly {
        case .inserted: return "<ins>\(escaped)</ins>"
        case .deleted: return "<del>\(escaped)</del>"
        case .same: break
        }
        guard let old, old != printed, kinds.contains(.renumbered) || kinds.contains(.moved) else { return escaped }
        return "<span class=\"relabel\"><del>\(HTMLText.escape(old))</del> → <ins>\(escaped)</ins></span>"
    }

    private func titleHTML(_ title: String) -> String {
        switch wholly {
        case .inserted: return "<ins>\(HTMLText.escape(title))</ins>"
        case .deleted: return "<del>\(HTMLText.escape(title))</del>"
        case .same: break
        }
        guard let retitle, let oldTitle = oldClause?.title else { return HTMLText.escape(title) }
        return BlockHTML.inline(RedlineText.inline(old: oldTitle, new: title, edits: retitle.edits).pieces)
    }

    private func facts(_ facts: [NumericFact]) -> String {
        guard !facts.isEmpty else { return "" }
        return "<ul class=\"facts\">" + facts.map { fact in
            let percent = fact.note.map { " (\(HTMLText.escape($0)))" } ?? fact.percentChange.map { " (\($0.formatted(signed: true))%)" } ?? ""
            return "<li>\(fact.unit.rawValue): \(HTMLText.escape(fact.old)) → \(HTMLText.escape(fact.new))\(percent)</li>"
        }.joined() + "</ul>\n"
    }
}
