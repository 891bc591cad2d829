import BlacklineModel
import Foundation

/// Finds the salary grids of an agreement in its clause tree, whatever format it was read from:
/// runs of salary rows (a step label, then amounts and empty cells) with the header rows and
/// title lines printed above them. One table block may hold several grids and one grid may be
/// cut by a page footer; both are put right, and every repair is a finding.
public enum GridExtractor {
    public struct Result: Sendable {
        public var grids: [SalaryGrid]
        public var findings: [Finding]
    }

    /// Lines kept above a grid to find its title, notes and header.
    static let preambleLines = 6

    public static func grids(in agreement: Agreement) -> Result {
        var result = Result(grids: [], findings: [])
        for clause in agreement.clauses.flatMap(\.subtree) where clause.kind != .unclassified && clause.kind != .tableOfContents {
            extract(from: clause, into: &result)
        }
        return result
    }

    /// The grids printed in one clause's own blocks (not its children's): what the differ
    /// compares cell by cell.
    public static func grids(ofClause clause: Clause) -> [SalaryGrid] {
        guard clause.kind != .tableOfContents, !clause.blocks.isEmpty else { return [] }
        var result = Result(grids: [], findings: [])
        extract(from: clause, into: &result)
        return result.grids
    }

    private static func extract(from clause: Clause, into result: inout Result) {
        var preamble: [GridLine] = []
        var rows: [GridLine] = []
        var clauseGrids: [SalaryGrid] = []
        var untitled = Set<Int>()
        var total: GridLine?
        func finish() {
            guard !rows.isEmpty else { return }
            var grid = build(preamble: preamble, rows: rows, clause: clause, findings: &result.findings)
            if let total {
                let width = grid.columns.count + 1
                let cells = (1..<width).map { $0 < total.cells.count ? GridCell(total.cells[$0]) : .empty }
                grid.totals = cells.map(\.money)
                for (column, cell) in cells.enumerated() {
                    guard case .implausible(let printed) = cell else { continue }
                    grid.implausibleAmounts.append(ImplausibleAmount(step: "Total", column: grid.columns[column], printed: printed, location: total.location))
                }
            }
            total = nil
            if grid.title.isEmpty { untitled.insert(clauseGrids.count) }
            clauseGrids.append(grid)
            preamble = []
            rows = []
        }
        // Columns a step header printed as words announced ("… TITLE STEP 1 … STEP 8"): class
        // rows under it are read until a line that is no such row.
        var announcedColumns: Int?
        let lines = GridLine.lines(of: clause).map { $0.joiningLabelCode() }
        // Classes printed a line per pay period are read first; their lines are no one else's.
        let byPeriod = PeriodRows.read(lines, clause: clause)
        var skipNext = false
        for (index, line) in lines.enumerated() {
            if byPeriod.consumed.contains(index) {
                finish()
                announcedColumns = nil
                continue
            }
            if skipNext {
                skipNext = false
                continue
            }
            // A row whose label the converter wrapped around it ("Semi-" above, "Monthly" below).
            if announcedColumns != nil, let label = preamble.last, let (row, takesNext) = line.rowWithWrappedLabel(above: label, below: lines[safe: index + 1]) {
                preamble.removeLast()
                rows.append(row)
                skipNext = takesNext
                continue
            }
            if let columns = announcedColumns, let (found, repaired) = line.classRow(columns: columns) {
                var row = found
                skipNext = row.joinLabel(wrappedTo: lines[safe: index + 1])
                rows.append(row)
                if repaired {
                    result.findings.append(Finding(.grid, .info, "an amount printed against its class title ('\(row.cells[0])') taken back into its step column", at: line.location))
                }
                continue
            }
            if HeaderWords.mayName(line), !line.isSalaryRow, let names = HeaderWords.names(line.text, columns: nil, wrapped: []), names.count >= 4 {
                finish()
                preamble = Array((preamble + [line]).suffix(preambleLines))
                announcedColumns = names.count - 1
                continue
            }
            announcedColumns = rows.isEmpty ? announcedColumns : nil
            if line.isSalaryRow {
                var line = line
                skipNext = line.joinLabel(wrappedTo: lines[safe: index + 1])
                rows.append(line)
            } else if line.isTotalRow, !rows.isEmpty {
                total = line
                finish()
            } else {
                finish()
                preamble = Array((preamble + [line]).suffix(preambleLines))
            }
        }
        finish()
        clauseGrids = GridJoiner.join(clauseGrids, untitled: untitled, findings: &result.findings)
        if !byPeriod.grids.isEmpty {
            clauseGrids = (clauseGrids + PeriodRows.joined(byPeriod.grids, findings: &result.findings)).sorted { $0.location.line < $1.location.line }
        }
        if var last = clauseGrids.popLast() {
            DisplacedCells.restore(into: &last, from: clause, findings: &result.findings)
            clauseGrids.append(last)
        }
        for grid in clauseGrids {
            result.findings += grid.implausibleAmounts.map { Finding(.grid, .warning, $0.message(grid: grid.title), at: $0.location) }
        }
        result.grids += clauseGrids
    }

    private static func build(preamble: [GridLine], rows: [GridLine], clause: Clause, findings: inout [Finding]) -> SalaryGrid {
        let width = rows.map(\.cells.count).max() ?? 1
        if let flattenedIndex = preamble.lastIndex(where: { FlattenedColumns(line: $0, steps: rows.count, rowValues: width - 1) != nil }),
           let flattened = FlattenedColumns(line: preamble[flattenedIndex], steps: rows.count, rowValues: width - 1) {
            var grid = build(preamble: Array(preamble[..<flattenedIndex]), rows: rows, clause: clause, findings: &findings)
            let rowColumns = grid.columns
            grid.columns = flattened.leadingNames + flattened.rowNames
            grid.implausibleAmounts = grid.implausibleAmounts.map { amount in
                var renamed = amount
                if let index = rowColumns.firstIndex(of: amount.column), index < flattened.rowNames.count { renamed.column = flattened.rowNames[index] }
                return renamed
            }
            grid.cells = grid.cells.enumerated().map { step, cells in flattened.columns.map { $0[step] } + cells }
            let names = "\(flattened.leadingNames.first ?? "")–\(flattened.leadingNames.last ?? "")"
            findings.append(Finding(.grid, .info, "columns \(names) of '\(grid.title)' were flattened by the converter into one line, column by column; "
                + "rebuilt from its \(flattened.columns.count * rows.count) amounts", at: preamble[flattenedIndex].location))
            return grid
        }
        // Header rows: the table rows right above the amounts, with a name over most columns.
        // A title split across cells ("2023-2 Schedu", "024 Salary ule") fills two cells at most;
        // a header names most lanes, one of which may mention days ("Daily (190 days)").
        // Header cells wrapped onto a line of their own ("Step" over "10"): their numbers finish
        // the last header cells.
        var preamble = preamble
        var wrapped: [String] = []
        if preamble.count >= 2, let last = preamble.last {
            let pieces = last.text.split(whereSeparator: \.isWhitespace).map(String.init)
            if (1...3).contains(pieces.count), pieces.allSatisfy({ $0.count <= 3 && $0.allSatisfy(\.isNumber) }) {
                wrapped = pieces
                preamble.removeLast()
            }
        }
        var headers = Array(preamble.reversed().prefix { line in
            line.isTableRow && line.cells.count >= max(3, width - 1)
                && !(isTitleLike(line.text) && line.cells.filter { !$0.isEmpty }.count <= 2)
        }.reversed())
        // A header the reader left as a line of words ("SR Step 1 Step 2 … Step"): one name per
        // column, each starting at the word the header repeats.
        var wordHeader: [String]?
        if headers.isEmpty, let line = preamble.last, let names = HeaderWords.names(line.text, columns: width - 1, wrapped: wrapped) {
            wordHeader = names
            wrapped = []
            headers = [line]
        }
        let above = preamble.dropLast(headers.count)
        let notes = above.filter { isNote($0.text) && !isDatedTitle($0.text) }.map(\.text)
        let titleLines = above.filter { isDatedTitle($0.text) || !isNote($0.text) && isTitleLike($0.text) }.map(\.text)
        let title = GridTitle(lines: titleLines)
        let location = rows[0].location
        let (rows, moved) = ColumnAlignment.aligned(rows, width: width)
        if moved > 0 {
            findings.append(Finding(.grid, .info, "\(moved) row\(moved == 1 ? "" : "s") of '\(title.text)' without their empty cells (carried past a page break) put in their lanes by position", at: location))
        }
        if let garbled = title.garbled {
            findings.append(Finding(.grid, .info, "grid title '\(garbled)' is scrambled by the converter; read as '\(title.text)'", at: location))
        }
        // Class rows come with their label cells joined into one: a header row with more cells
        // than the grid names its columns from the right, and the cells left over head the labels.
        let headerCells = headers.map { header -> [String] in
            guard header.cells.count > width else { return header.cells }
            let extra = header.cells.count - width
            return [header.cells[...extra].filter { !$0.isEmpty }.joined(separator: " ")] + header.cells[(extra + 1)...]
        }
        var names = wordHeader ?? (0..<width).map { column in
            headerCells.map { column < $0.count ? $0[column] : "" }
                .filter { !$0.isEmpty && !$0.allSatisfy({ $0 == "-" || $0 == "_" }) }
                .joined(separator: " ")
        }
        if !wrapped.isEmpty, !headers.isEmpty, names.count > wrapped.count {
            for (offset, piece) in wrapped.enumerated() {
                let index = names.count - wrapped.count + offset
                names[index] += (names[index].isEmpty ? "" : " ") + piece
            }
        }
        let stepHeader = names.first.flatMap { $0.isEmpty ? nil : $0 } ?? "Step"
        names.removeFirst()
        let columns = names.enumerated().map { $0.element.isEmpty ? "column \($0.offset + 1)" : $0.element }
        var residue = 0
        var implausible: [ImplausibleAmount] = []
        let cells: [[Money?]] = rows.map { row in
            (1..<width).map { column in
                guard column < row.cells.count else { return nil }
                let cell = GridCell(row.cells[column])
                if case .amount(_, true) = cell { residue += 1 }
                if case .implausible(let printed) = cell {
                    implausible.append(ImplausibleAmount(step: row.cells[0].trimmingCharacters(in: .whitespaces), column: columns[column - 1],
                                                         printed: printed, location: row.location))
                }
                if case .damaged(let printed) = cell {
                    implausible.append(ImplausibleAmount(step: row.cells[0].trimmingCharacters(in: .whitespaces), column: columns[column - 1],
                                                         printed: printed, location: row.location, isDamaged: true))
                }
                return cell.money
            }
        }
        if residue > 0 {
            findings.append(Finding(.grid, .info, "\(residue) amount\(residue == 1 ? "" : "s") of '\(title.text)' printed with a leading '-' (strike residue, not a sign)", at: location))
        }
        var grid = SalaryGrid(title: title.text, year: title.year, days: title.days, stepHeader: stepHeader, columns: columns,
                              steps: rows.map { $0.cells[0].trimmingCharacters(in: .whitespaces) }, cells: cells,
                              notes: notes, clausePath: clause.path, location: location)
        grid.rowLocations = rows.map(\.location)
        grid.implausibleAmounts = implausible
        return grid
    }

    static func isNote(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("(") || trimmed.hasPrefix("[") || trimmed.contains("%")
    }

    /// Words in a grid title at most; longer lines are sentences about the grid.
    static let longestTitle = 10
    static let longestDatedTitle = 16

    /// "Effective July 1, 2025", "Effective Ratification Date - February 12, 2026 - With 1.45%
    /// Market Adjustment", "SALARY SCHEDULE AS OF JANUARY 1, 2025 OR FEBRUARY 1, 2025 (per
    /// Salaries Article)": a line that dates a schedule.
    static func isDatedTitle(_ text: String) -> Bool {
        text.split(whereSeparator: \.isWhitespace).count <= longestDatedTitle
            && (text.lowercased().contains("effective") || text.lowercased().contains(" as of "))
            && DatedRaises.day(in: text) != nil && !text.trimmingCharacters(in: .whitespaces).hasSuffix(".")
    }

    static func isTitleLike(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).count
        // "The BA Step 0 salary for 2005-2006 shall be $36,832." is a sentence, not a title.
        // "Effective Ratification Date - February 12, 2026 - With 1.45% Market Adjustment" is a
        // dated schedule's title, however long.
        let dated = isDatedTitle(text)
        guard words <= (dated ? longestDatedTitle : longestTitle), !(words > 4 && text.trimmingCharacters(in: .whitespaces).hasSuffix(".")) else { return false }
        let lower = text.lowercased()
        return ["salary", "schedule", "schedu", "days", "effective", "per diem"].contains { lower.contains($0) }
            || GridTitle.yearRange(text) != nil
    }
}
