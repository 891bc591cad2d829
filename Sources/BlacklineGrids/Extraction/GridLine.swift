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
        } else {
            self = .other
        }
    }

    var money: Money? {
        if case .amount(let money, _) = self { return money }
        return nil
    }

    /// An amount, plausible or not: what makes a row a salary row.
    var isAmount: Bool {
        switch self {
        case .amount, .implausible: true
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
        return rest.contains(where: \.isAmount) && !rest.contains(.other)
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
    /// cells of amounts and empty cells, the last at least half amounts. Returned as one label
    /// cell (the labels joined by " | ") and the amounts. A title that runs into its first amount
    /// ("Purchasing Spec, Sr 28.23" then an empty cell) gives the amount back to its column.
    func classRow(columns: Int) -> (row: GridLine, repaired: Bool)? {
        guard columns >= 3, cells.count > columns else { return nil }
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
              !kinds.contains(.other), kinds.filter(\.isAmount).count * 2 >= columns else { return nil }
        let label = labels.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " | ")
        return (GridLine(cells: [label] + amounts, location: location, isTableRow: true, spans: []), repaired)
    }

    static func isStepLabel(_ text: String) -> Bool {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        if let number = Int(trimmed) { return number >= 0 && number < 100 && trimmed.count <= 2 }
        if trimmed.count == 1 { return trimmed.first?.isUppercase == true }
        if trimmed.hasPrefix("SR "), trimmed.count <= 7 { trimmed = trimmed.dropFirst(3) }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let suffix = trimmed.dropFirst(digits.count)
        return (1...3).contains(digits.count) && suffix.count <= 2 && suffix.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}
