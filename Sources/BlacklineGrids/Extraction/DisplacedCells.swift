import BlacklineModel

/// A grid's last row cut off by a page footer: the step number printed before the footer and
/// its amount after it ("20" … footer … "96,761"). The normalizer keeps both as unclassified
/// text of the clause; the row they make is put back at the end of the grid.
enum DisplacedCells {
    static func restore(into grid: inout SalaryGrid, from clause: Clause, findings: inout [Finding]) {
        let stray = clause.children.filter { $0.kind == .unclassified }.map { $0.text.trimmingCharacters(in: .whitespaces) }
        guard stray.count >= 2, let step = Int(stray[0]), let last = grid.steps.last.flatMap(Int.init), step == last + 1,
              let amount = Money(stray[1]), amount.isPlausible, let previous = grid.cells.last else { return }
        // The last steps of a schedule exist only in its highest lanes: the amount belongs to the
        // rightmost lane that the step before it fills.
        guard let lane = previous.lastIndex(where: { $0 != nil }), let lastAmount = previous[lane], lastAmount < amount else { return }
        var row = [Money?](repeating: nil, count: grid.columns.count)
        row[lane] = amount
        grid.steps.append(String(step))
        grid.cells.append(row)
        grid.rowLocations.append(clause.children.filter { $0.kind == .unclassified }.dropFirst().first?.location ?? grid.location)
        let column = grid.columns[lane]
        findings.append(Finding(.grid, .info, "step \(step) of '\(grid.title)' printed apart from its grid, its amount \(amount) after the page footer; "
            + "placed at step \(step), lane '\(column)'", at: clause.children.first { $0.kind == .unclassified }?.location))
    }
}
