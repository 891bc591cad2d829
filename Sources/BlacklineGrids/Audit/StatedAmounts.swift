import BlacklineModel
import Foundation

/// Amounts the agreement states in words about one cell: "The BA Step 0 salary for 2005-2006
/// shall be $36,832." A sentence names a step, a lane of some grid (by its printed name) and one
/// amount, and a year when there are several schedules; the cell must print that amount.
enum StatedAmounts {
    static func check(_ grids: [SalaryGrid], in agreement: Agreement, state: inout AuditState) -> [GridFinding] {
        var findings: [GridFinding] = []
        for sentence in sentences(agreement) {
            guard let stepText = GridText.matches(#"(?i)\bstep\s+(\d{1,2})\b"#, in: sentence)?.first,
                  let statedText = statedAmount(sentence) else { continue }
            let year = GridTitle.yearRange(sentence)
            let candidates = grids.enumerated().filter { year == nil || $0.element.year == year }.compactMap { index, grid -> (Int, Int, Int)? in
                guard let row = grid.steps.firstIndex(of: stepText),
                      let column = lane(named: grid.columns, in: sentence) else { return nil }
                return (index, row, column)
            }
            guard candidates.count == 1, let (index, row, column) = candidates.first else { continue }
            let grid = grids[index]
            guard !Money.isImplausibleAmount(statedText), let stated = Money(statedText) else {
                findings.append(GridFinding(grid: grid.title, step: grid.steps[row], column: grid.columns[column], printed: nil, expected: nil,
                                            rule: "stated: \(GridText.sentence(sentence))", severity: .warning,
                                            message: "\"\(GridText.sentence(sentence))\": " + PlausibleValue.pastLimit("amount", statedText), location: grid.rowLocations[row]))
                continue
            }
            state.checked.insert(AuditState.Cell(grid: index, row: row, column: column))
            let printed = column < grid.cells[row].count ? grid.cells[row][column] : nil
            guard printed?.value != stated.value else { continue }
            findings.append(GridFinding(
                grid: grid.title, step: grid.steps[row], column: grid.columns[column], printed: printed, expected: stated,
                rule: "stated: \(GridText.sentence(sentence))", severity: .error,
                message: "step \(grid.steps[row]) of lane '\(grid.columns[column])' of '\(grid.title)' is \(printed?.description ?? "empty"), but the agreement states \(stated): \"\(GridText.sentence(sentence))\"",
                location: grid.rowLocations[row]))
            state.errorCells.insert(AuditState.Cell(grid: index, row: row, column: column))
        }
        return findings
    }

    /// The one dollar amount of a sentence ("$36,832", "$129.70"), as printed; nil for none or several.
    private static func statedAmount(_ sentence: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: #"\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+(?:\.\d\d)?)"#) else { return nil }
        let matches = expression.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence))
        guard matches.count == 1, let range = Range(matches[0].range(at: 1), in: sentence) else { return nil }
        return String(sentence[range])
    }

    /// The longest lane name that the sentence contains as a whole word.
    private static func lane(named columns: [String], in sentence: String) -> Int? {
        columns.enumerated().filter { _, name in
            name.count >= 2 && GridText.matches("(?:^|[^A-Za-z0-9])(" + NSRegularExpression.escapedPattern(for: name) + ")(?:$|[^A-Za-z0-9+])", in: sentence) != nil
        }.max { $0.element.count < $1.element.count }?.offset
    }

    private static func sentences(_ agreement: Agreement) -> [String] {
        agreement.clauses.flatMap(\.subtree).flatMap { clause in
            clause.blocks.compactMap { block -> String? in
                if case .paragraph(let paragraph) = block { return paragraph.text }
                return nil
            }
        }.flatMap { $0.components(separatedBy: ". ") }
    }
}
