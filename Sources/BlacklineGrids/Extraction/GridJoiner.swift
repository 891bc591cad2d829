import Foundation
import BlacklineModel

/// Puts back together a grid its document printed in pieces:
/// - continued on the next page under a repeated header (same lanes, the steps go on, no title
///   of its own or the same title again): the rows are appended;
/// - split into two tables side by side in print, ranges A–J and then K–V (same steps, other
///   lanes, no title of its own or the same title): the lanes are appended.
enum GridJoiner {
    static func join(_ grids: [SalaryGrid], untitled: Set<Int>, findings: inout [Finding]) -> [SalaryGrid] {
        var joined: [SalaryGrid] = []
        for (index, grid) in grids.enumerated() {
            guard var previous = joined.last, untitled.contains(index) || sameTitle(grid.title, previous.title) else {
                joined.append(grid)
                continue
            }
            if grid.columns == previous.columns, Set(grid.steps).isDisjoint(with: previous.steps) {
                previous.steps += grid.steps
                previous.cells += grid.cells
                previous.rowLocations += grid.rowLocations
                previous.implausibleAmounts += grid.implausibleAmounts
                findings.append(Finding(.grid, .info, "'\(previous.title)' continues after a repeated header (steps \(grid.steps.first ?? "")–\(grid.steps.last ?? "")); joined",
                                        at: grid.location))
            } else if grid.steps == previous.steps, Set(grid.columns).isDisjoint(with: previous.columns) {
                previous.columns += grid.columns
                previous.implausibleAmounts += grid.implausibleAmounts
                previous.cells = zip(previous.cells, grid.cells).map { left, right in
                    left + Array(repeating: nil, count: max(0, previous.columns.count - grid.columns.count - left.count)) + right
                }
                findings.append(Finding(.grid, .info, "'\(previous.title)' is printed in two tables; lanes \(grid.columns.first ?? "")–\(grid.columns.last ?? "") joined to the first",
                                        at: grid.location))
            } else {
                joined.append(untitled.contains(index) ? named(grid, after: joined.count) : grid)
                continue
            }
            joined[joined.count - 1] = previous
        }
        return joined
    }

    private static func named(_ grid: SalaryGrid, after count: Int) -> SalaryGrid {
        var grid = grid
        grid.title = "untitled grid \(count + 1) of \(grid.clausePath)"
        return grid
    }

    /// "807 PER DIEM SCHEDULE" and "807 PER DIEM SCHEDULE, cont'd." are one title; so are titles
    /// that differ by a page count the converter left in them ("Salary Tables 95 of 99").
    private static func sameTitle(_ a: String, _ b: String) -> Bool {
        func key(_ text: String) -> String {
            text.replacingOccurrences(of: #"\b\d+ of \d+\b"#, with: "", options: .regularExpression).lowercased().replacingOccurrences(of: "cont'd", with: "").replacingOccurrences(of: "cont’d", with: "")
                .replacingOccurrences(of: "continued", with: "").filter { $0.isLetter || $0.isNumber }
        }
        return !a.isEmpty && key(a) == key(b)
    }
}
