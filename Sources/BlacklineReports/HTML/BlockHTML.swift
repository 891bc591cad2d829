import BlacklineModel

/// A clause's blocks (paragraphs and tables) as HTML, with the redline pieces laid over them.
/// `Clause.text` joins blocks with line breaks and table cells with tabs, so each block owns a
/// stretch of the text and each cell a stretch of its block.
enum BlockHTML {
    /// With `tables`, the k-th table of the blocks is compared cell by cell with the k-th old
    /// table instead of taking the word diff's pieces. With `shown` (the two columns of the
    /// side-by-side view), a run of blocks not in it is one "…" line: a one-word change shows
    /// its paragraph in both columns, not the whole clause twice.
    static func render(_ blocks: [Block], text: RedlineText, leading: String? = nil,
                       tables: (old: [Table], new: [Table], view: TableHTML.View)? = nil,
                       notes: AuditNotes = .none, anchored: Bool = false, outsideText: Set<Int> = [],
                       shown: Set<Int>? = nil) -> String {
        var html = ""
        var tableIndex = 0
        var offset = 0
        var pendingLeading = leading
        var elided = false
        for (index, block) in blocks.enumerated() {
            let length = block.text.unicodeScalars.count
            // A block the diff compared as a grid is not in the text: shown as printed (its
            // cells compared below when the old table is given).
            let outside = outsideText.contains(index)
            let pieces = outside ? RedlineText(block.text, kind: .same).slice(0..<length) : text.slice(offset..<offset + length)
            if let shown, !shown.contains(index) {
                if !elided { html += "<p class=\"elided\">" + (pendingLeading.map { $0 + " " } ?? "") + "<span title=\"unchanged text\">…</span></p>\n" }
                elided = true
                pendingLeading = nil
                if case .table = block { tableIndex += 1 }
                if !outside { offset += length + 1 }
                continue
            }
            elided = false
            switch block {
            case .paragraph(let paragraph):
                let role = switch paragraph.role {
                case .body: ""
                case .bullet: " class=\"bullet\""
                case .subheading: " class=\"subheading\""
                }
                html += "<p\(role)>" + (pendingLeading.map { $0 + " " } ?? "") + inline(pieces) + "</p>\n"
                pendingLeading = nil
            case .table(let table):
                if let lead = pendingLeading { html += "<p>\(lead)</p>\n" }
                pendingLeading = nil
                if let tables, tableIndex < tables.old.count, tableIndex < tables.new.count {
                    html += TableHTML.render(old: tables.old[tableIndex], new: tables.new[tableIndex], view: tables.view,
                                             notes: notes, anchored: anchored)
                } else {
                    html += tableFromPieces(pieces, rows: table.rows.map(\.location.line), notes: notes, anchored: anchored)
                }
                tableIndex += 1
            }
            if !outside { offset += length + 1 }
        }
        if let lead = pendingLeading { html += "<p>\(lead)</p>\n" }
        return html
    }

    /// The blocks with a marked piece, or tables whose cells differ from the old table's.
    static func changedBlocks(_ blocks: [Block], text: RedlineText, tables: (old: [Table], new: [Table], view: TableHTML.View)?,
                              outsideText: Set<Int>) -> Set<Int> {
        var changed = Set<Int>()
        var tableIndex = 0, offset = 0
        for (index, block) in blocks.enumerated() {
            let length = block.text.unicodeScalars.count
            let outside = outsideText.contains(index)
            let pieces = outside ? [] : text.slice(offset..<offset + length)
            if !isUnchanged(block, pieces: pieces, tableIndex: tableIndex, tables: tables) { changed.insert(index) }
            if case .table = block { tableIndex += 1 }
            if !outside { offset += length + 1 }
        }
        return changed
    }

    /// A paragraph with no marked piece, or a table whose cells all read as in the old one.
    private static func isUnchanged(_ block: Block, pieces: [RedlineText.Piece], tableIndex: Int,
                                    tables: (old: [Table], new: [Table], view: TableHTML.View)?) -> Bool {
        if case .table = block, let tables, tableIndex < tables.old.count, tableIndex < tables.new.count {
            return TableHTML.sameCells(tables.old[tableIndex], tables.new[tableIndex])
        }
        return pieces.allSatisfy { $0.kind == .same }
    }

    static func inline(_ pieces: [RedlineText.Piece]) -> String {
        pieces.map(piece).joined()
    }

    static func piece(_ piece: RedlineText.Piece) -> String {
        let text = HTMLText.escape(piece.text)
        switch piece.kind {
        case .same: return text
        case .deleted: return "<del>\(text)</del>"
        case .inserted:
            guard let percent = piece.percentChange else { return "<ins>\(text)</ins>" }
            let formatted = percent.formatted(signed: true)
            return "<ins>\(text)</ins> <span class=\"delta\" title=\"change from the old amount\">(\(formatted)%)</span>"
        }
    }

    /// Rows split at line breaks, cells at tabs; a piece that spans cells is cut at each tab.
    private static func tableFromPieces(_ pieces: [RedlineText.Piece], rows lines: [Int], notes: AuditNotes, anchored: Bool) -> String {
        var rows: [[String]] = [[""]]
        var plain: [[String]] = [[""]]
        for item in pieces {
            let parts = item.kind == .deleted && item.range.isEmpty ? [[item.text]]
                : item.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                }
            for (lineIndex, cells) in parts.enumerated() {
                if lineIndex > 0 { rows.append([""]); plain.append([""]) }
                for (cellIndex, cell) in cells.enumerated() {
                    if cellIndex > 0 { rows[rows.count - 1].append(""); plain[plain.count - 1].append("") }
                    guard !cell.isEmpty else { continue }
                    var cut = item
                    cut.text = cell
                    if cellIndex < cells.count - 1 || lineIndex < parts.count - 1 { cut.percentChange = nil }
                    rows[rows.count - 1][rows[rows.count - 1].count - 1] += piece(cut)
                    if item.kind != .deleted { plain[plain.count - 1][plain[plain.count - 1].count - 1] += cell }
                }
            }
        }
        let columns = rows.map(\.count).max() ?? 0
        var html = "<table class=\"grid\"><tbody>\n"
        for (index, (row, texts)) in zip(rows, plain).enumerated() {
            let line = index < lines.count ? lines[index] : nil
            // Unmarked cells are shown as the grid extractor reads them (see TableHTML.clean).
            let unmarked = zip(row, texts).allSatisfy { $0 == HTMLText.escape($1) }
            if unmarked, let title = TableHTML.titleRow(texts, columns: columns) {
                html += title
                continue
            }
            html += "<tr>" + zip(row, texts).map { cell, text in
                let shown = cell == HTMLText.escape(text) && TableHTML.isStrikeResidue(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
                    ? HTMLText.escape(TableHTML.clean(text)) : cell
                return AuditNotes.cell(shown, numeric: isNumeric(text), note: line.flatMap { notes.note(line: $0, cellText: text) }, anchored: anchored)
            }.joined() + "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private static func isNumeric(_ text: String) -> Bool { TableHTML.isNumeric(text) }
}

extension Double {
    /// Past this the whole part no longer fits the Int the digits are built from.
    static let largestFormattedExactly = 1e15

    /// "+1.52", "-0.40": two decimals, with a sign when asked. Past
    /// `largestFormattedExactly`, and for infinity and NaN, Swift's own notation ("+1e+23").
    func formatted(signed: Bool) -> String {
        guard isFinite, abs(self) < Self.largestFormattedExactly else {
            return (signed && !(self < 0) && !isNaN ? "+" : "") + String(self)
        }
        let rounded = (self * 100).rounded() / 100
        let magnitude = abs(rounded)
        let whole = Int(magnitude), cents = Int(((magnitude - Double(whole)) * 100).rounded())
        let digits = "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        return (rounded < 0 ? "-" : signed ? "+" : "") + digits
    }
}
