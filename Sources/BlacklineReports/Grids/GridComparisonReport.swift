import BlacklineGrids
import BlacklineModel
import Foundation

/// `blackline diff --grids OLD NEW`: each new grid beside the old one it continues, with the
/// raise per grid (average and range) and, in CSV and JSON, per cell.
public enum GridComparisonReport {
    public static func text(_ comparison: GridComparison, old: String, new: String) -> String {
        var lines = ["--- \(old)", "+++ \(new)"]
        for pair in comparison.pairs {
            lines.append("")
            guard let base = pair.old else {
                lines.append("'\(pair.new.title)': no grid of the old version carries its rows and steps (new)")
                continue
            }
            let from = base.title == pair.new.title ? "" : " (from '\(base.title)')"
            let summary = pair.average.map { average in
                "\(pair.compared.count) cells compared, average \(signed(average))"
                    + (pair.range.map { ", range \(signed($0.lowerBound)) to \(signed($0.upperBound))" } ?? "")
            } ?? "no cell in both versions"
            lines.append("'\(pair.new.title)'\(from): \(summary)")
            if !pair.rowsAdded.isEmpty { lines.append("  rows added: \(pair.rowsAdded.joined(separator: ", "))") }
            if !pair.rowsDropped.isEmpty { lines.append("  rows dropped: \(pair.rowsDropped.joined(separator: ", "))") }
        }
        for grid in comparison.unmatchedOld {
            lines.append("")
            lines.append("'\(grid.title)': not continued in the new version")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func csv(_ comparison: GridComparison) -> String {
        var rows = [["New grid", "Old grid", "Row", "Column", "Old", "New", "Change", "Change %"]]
        for pair in comparison.pairs {
            for cell in pair.cells {
                let change = cell.old.flatMap { old in cell.new.map { String(format: "%.2f", $0.value - old.value) } } ?? ""
                rows.append([pair.new.title, pair.old?.title ?? "", cell.row, cell.column, cell.old.map(plain) ?? "",
                             cell.new.map(plain) ?? "", change, cell.percent.map { String(format: "%.2f", $0) } ?? ""])
            }
        }
        return rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    public static func json(_ comparison: GridComparison, old: String, new: String) throws -> String {
        struct Cell: Encodable { var row: String, column: String, old: Double?, new: Double?, percent: Double? }
        struct Pair: Encodable {
            var new: String, old: String?, average: Double?, low: Double?, high: Double?
            var rowsAdded: [String], rowsDropped: [String], cells: [Cell]
        }
        struct Report: Encodable { var old: String, new: String, grids: [Pair], unmatchedOld: [String] }
        let report = Report(old: old, new: new, grids: comparison.pairs.map { pair in
            Pair(new: pair.new.title, old: pair.old?.title, average: pair.average.map(rounded), low: pair.range.map { rounded($0.lowerBound) },
                 high: pair.range.map { rounded($0.upperBound) }, rowsAdded: pair.rowsAdded, rowsDropped: pair.rowsDropped,
                 cells: pair.cells.map { Cell(row: $0.row, column: $0.column, old: $0.old?.value, new: $0.new?.value, percent: $0.percent.map(rounded)) })
        }, unmatchedOld: comparison.unmatchedOld.map(\.title))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }

    /// "3649", "23.47": the amount as a spreadsheet reads it, in its printed unit.
    private static func plain(_ amount: Money) -> String {
        amount.decimals == 2 ? String(format: "%.2f", amount.value) : String(amount.minorUnits)
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    private static func signed(_ percent: Double) -> String { String(format: "%+.2f%%", percent) }
}
