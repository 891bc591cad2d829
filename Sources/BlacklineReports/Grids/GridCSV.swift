import BlacklineModel

/// `blackline tables --format csv`: every grid as a block a spreadsheet opens as printed, and
/// `read` takes it back (the round-trip test holds extraction to it):
///
///     Grid,2021-2022 Salary Schedule,Year,2021-2022,Days,,Clause,105
///     Step,B00,B18,…
///     0,53026,55598,…
///     (blank line)
///
/// Amounts have no thousands separators, so they are numbers in a spreadsheet; cents keep
/// their two decimals; an empty cell is empty.
public enum GridCSV {
    public static func render(_ grids: [SalaryGrid]) -> String {
        grids.map { grid in
            var lines = [CSV.line(["Grid", grid.title, "Year", grid.year ?? "", "Days", grid.days.map(String.init) ?? "", "Clause", grid.clausePath])]
            lines.append(CSV.line([grid.stepHeader] + grid.columns))
            for (step, cells) in zip(grid.steps, grid.cells) {
                lines.append(CSV.line([step] + cells.map { $0.map(plain) ?? "" }))
            }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// The grids a `render` wrote, as values to compare: nil when the text is not such a file.
    public static func read(_ text: String) -> [SalaryGrid]? {
        var grids: [SalaryGrid] = []
        let blocks = text.components(separatedBy: "\n\n").map { $0.split(separator: "\n", omittingEmptySubsequences: true).map { CSV.fields(String($0)) } }
        for block in blocks where !block.isEmpty {
            guard block.count >= 2, block[0].count == 8, block[0][0] == "Grid" else { return nil }
            let meta = block[0], header = block[1]
            var steps: [String] = [], cells: [[Money?]] = []
            for line in block.dropFirst(2) {
                steps.append(line.first ?? "")
                cells.append(line.dropFirst().map { $0.isEmpty ? nil : Money(plainText: $0) })
            }
            grids.append(SalaryGrid(title: meta[1], year: meta[3].isEmpty ? nil : meta[3], days: Int(meta[5]), stepHeader: header[0],
                                    columns: Array(header.dropFirst()), steps: steps, cells: cells, clausePath: meta[7],
                                    location: SourceLocation(line: 0)))
        }
        return grids
    }

    static func plain(_ money: Money) -> String {
        guard money.decimals == 2 else { return String(money.minorUnits) }
        let units = abs(money.minorUnits), cents = units % 100
        return "\(money.minorUnits < 0 ? "-" : "")\(units / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}

extension Money {
    /// "53026", "129.70" as the CSV writes them.
    init?(plainText: String) {
        self.init(plainText)
    }
}
