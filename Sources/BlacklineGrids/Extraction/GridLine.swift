import BlacklineModel
import Foundation

/// One line of a clause as the grid extractor sees it: a paragraph (one cell) or a table row
/// (its cells), in document order.
struct GridLine {
    var cells: [String]
    var location: SourceLocation
    var isTableRow: Bool
    /// Each cell's horizontal span on the page, when the reader saw the page (PDF).
    var spans: [LineLayout.Span?] = []

    var text: String { cells.filter { !$0.isEmpty }.joined(separator: " ") }

    static func lines(of clause: Clause) -> [GridLine] {
        clause.blocks.flatMap { block -> [GridLine] in
            switch block {
            case .paragraph(let paragraph):
                [GridLine(cells: [paragraph.text], location: paragraph.location, isTableRow: false)]
            case .table(let table):
                table.rows.map { row in
                    GridLine(cells: row.texts.map { $0.trimmingCharacters(in: .whitespaces) }, location: row.location, isTableRow: true, spans: row.spans)
                }
            }
        }
    }
}

/// A cell of a salary row: an amount, empty, or something else.
enum GridCell: Equatable {
    case amount(Money, strikeResidue: Bool)
    /// An amount past `PlausibleValue.largestAmount` as printed: it holds the cell's place in
    /// its row, and the grid keeps it out of every check (and says so).
    case implausible(String)
    /// An amount whose separators are out of place ("$6.413.83", "7,557,24"): kept as printed
    /// in its place, never "repaired" into a number, and said.
    case damaged(String)
    case empty
    case other

    /// "52,242"; "-52,242" (a strike's residue: the converter kept the rule as a minus sign,
    /// and salaries are never negative); "-", "_", "" (empty cells, OCR noise already repaired).
    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "–" }) {
            self = .empty
        } else if Money.isImplausibleAmount(trimmed) || trimmed.hasPrefix("-") && Money.isImplausibleAmount(String(trimmed.dropFirst())) {
            self = .implausible(trimmed)
        } else if let money = Money(trimmed) {
            self = .amount(money, strikeResidue: false)
        } else if trimmed.hasPrefix("-"), let money = Money(String(trimmed.dropFirst())) {
            self = .amount(money, strikeResidue: true)
        } else if Self.looksDamaged(trimmed) {
            self = .damaged(trimmed)
        } else {
            self = .other
        }
    }

    /// Digits in groups of one to three with two or more separators that make no amount.
    static func looksDamaged(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("$") { body = body.dropFirst() }
        let groups = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        return groups.count >= 3 && groups.allSatisfy { group in !group.isEmpty && group.count <= 3 && group.allSatisfy { $0.isNumber } }
    }

    var money: Money? {
        if case .amount(let money, _) = self { return money }
        return nil
    }

    /// An amount, plausible or not: what makes a row a salary row.
    var isAmount: Bool {
        switch self {
        case .amount, .implausible, .damaged: true
        case .empty, .other: false
        }
    }
}

extension GridLine {
    /// A step label ("0", "12") or a range letter ("A"), then amounts and empty cells only, with
    /// at least one amount.
    var isSalaryRow: Bool {
        guard cells.count >= 2, Self.isStepLabel(cells[0]) else { return false }
        let rest = cells.dropFirst().map(GridCell.init)
        return rest.contains(where: \.isAmount) && !rest.contains(.other) && Self.damagedAreFew(rest)
    }

    /// A damaged amount holds its place only among good ones (a row of "4.3.2" is no salary row).
    static func damagedAreFew(_ cells: [GridCell]) -> Bool {
        let damaged = cells.filter { if case .damaged = $0 { true } else { false } }.count
        return damaged == 0 || cells.filter { $0.money != nil }.count >= max(2, 2 * damaged)
    }

    /// A range printed with a code in a cell of its own ("15 | AP": range and pay option), then
    /// amounts: one label, so the row reads like any range's. Other lines come back unchanged.
    func joiningLabelCode() -> GridLine {
        guard isTableRow, cells.count >= 5, Self.isStepLabel(cells[0]) else { return self }
        let code = cells[1].trimmingCharacters(in: .whitespaces)
        guard (1...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return self }
        let rest = cells.dropFirst(2).map(GridCell.init)
        guard rest.filter(\.isAmount).count >= 3, !rest.contains(.other) else { return self }
        var joined = self
        joined.cells = ["\(cells[0].trimmingCharacters(in: .whitespaces)) | \(code)"] + cells.dropFirst(2)
        if spans.count == cells.count { joined.spans = [spans[0]] + spans.dropFirst(2) }
        return joined
    }

    /// "Total" (or "Totals", "TOTAL") then amounts and empty cells: a grid's printed sums.
    var isTotalRow: Bool {
        guard cells.count >= 2, cells[0].trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("total") else { return false }
        let rest = cells.dropFirst().map(GridCell.init)
        return rest.contains(where: \.isAmount) && !rest.contains(.other)
    }

    /// A step ("0", "12"), a lane letter ("A"), or a salary range as state schedules print
    /// them: digits with a letter or two for a variant ("15C", "34I", "22Q"), or "SR 18".
    /// A class row of a county schedule: label cells (unit, grade, code, title), then `columns`
    /// cells of amounts and empty cells (a range paid only at its top step has one amount). Returned as one label
    /// cell (the labels joined by " | ") and the amounts. A title that runs into its first amount
    /// ("Purchasing Spec, Sr 28.23" then an empty cell) gives the amount back to its column.
    func classRow(columns: Int) -> (row: GridLine, repaired: Bool)? {
        guard columns >= 3 else { return nil }
        var cells = cells
        // A row the reader left as words (amounts a space apart): its last words are the amounts.
        if cells.count <= columns {
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard words.count > columns, words.suffix(columns).allSatisfy({ GridCell($0).isAmount }) else { return nil }
            cells = [words.dropLast(columns).joined(separator: " ")] + words.suffix(columns)
        }
        var labels = Array(cells.prefix(cells.count - columns))
        var amounts = Array(cells.suffix(columns))
        var repaired = false
        if amounts.first?.isEmpty == true, let last = labels.last, let space = last.lastIndex(of: " "),
           GridCell(String(last[last.index(after: space)...])).isAmount {
            amounts[0] = String(last[last.index(after: space)...])
            labels[labels.count - 1] = String(last[..<space])
            repaired = true
        }
        let kinds = amounts.map(GridCell.init)
        // Label cells may be bare numbers (a bargaining unit "03", a grade "026"); one names the class.
        guard !labels.isEmpty, labels.contains(where: { $0.contains(where: \.isLetter) }),
              !kinds.contains(.other), kinds.contains(where: \.isAmount), Self.damagedAreFew(kinds) else { return nil }
        let label = labels.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " | ")
        return (GridLine(cells: [label] + amounts, location: location, isTableRow: true, spans: []), repaired)
    }

    /// A row of amounts with no label of its own, between short words that are its label wrapped
    /// ("Semi-" / amounts / "Monthly"): the row labelled "Semi-Monthly", and whether the line
    /// below was taken.
    func rowWithWrappedLabel(above: GridLine, below: GridLine?) -> (GridLine, takesNext: Bool)? {
        guard isTableRow, cells.count >= 4, cells[0].trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let kinds = cells.dropFirst().map(GridCell.init)
        guard !kinds.contains(.other), kinds.filter({ $0.money != nil }).count >= 3, Self.damagedAreFew(kinds),
              Self.isShortLabel(above.text) else { return nil }
        var label = above.text.trimmingCharacters(in: .whitespaces)
        var takesNext = false
        if let below, label.hasSuffix("-"), Self.isShortLabel(below.text) {
            label += below.text.trimmingCharacters(in: .whitespaces)
            takesNext = true
        }
        return (GridLine(cells: [label] + cells.dropFirst(), location: location, isTableRow: true, spans: []), takesNext)
    }

    /// "Semi-" on the row, "Monthly" on the line under it: one label. Whether that line was taken.
    mutating func joinLabel(wrappedTo below: GridLine?) -> Bool {
        guard cells[0].hasSuffix("-"), let below, !below.isTableRow, Self.isShortLabel(below.text) else { return false }
        cells[0] += below.text.trimmingCharacters(in: .whitespaces)
        return true
    }

    /// One or two words of letters (and hyphens): "Semi-", "Monthly", "Hourly Rate".
    static func isShortLabel(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        return (1...2).contains(words.count) && words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" } }
    }

    static func isStepLabel(_ text: String) -> Bool {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        // "15 | AP": a range and its pay option, joined by `joiningLabelCode`.
        if let bar = trimmed.range(of: " | ") { trimmed = trimmed[..<bar.lowerBound] }
        if let number = Int(trimmed) { return number >= 0 && number < 100 && trimmed.count <= 2 }
        if trimmed.count == 1 { return trimmed.first?.isUppercase == true }
        if trimmed.hasPrefix("SR "), trimmed.count <= 7 { trimmed = trimmed.dropFirst(3) }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let suffix = trimmed.dropFirst(digits.count)
        return (1...3).contains(digits.count) && suffix.count <= 2 && suffix.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
