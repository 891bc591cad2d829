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
            var lines = [row(["Grid", grid.title, "Year", grid.year ?? "", "Days", grid.days.map(String.init) ?? "", "Clause", grid.clausePath])]
            lines.append(row([grid.stepHeader] + grid.columns))
            for (step, cells) in zip(grid.steps, grid.cells) {
                lines.append(row([step] + cells.map { $0.map(plain) ?? "" }))
            }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// The grids a `render` wrote, as values to compare: nil when the text is not such a file.
    public static func read(_ text: String) -> [SalaryGrid]? {
        var grids: [SalaryGrid] = []
        let blocks = text.components(separatedBy: "\n\n").map { $0.split(separator: "\n", omittingEmptySubsequences: true).map { fields(String($0)) } }
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
        let cents = money.minorUnits % 100
        return "\(money.minorUnits / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    private static func row(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    /// RFC 4180 fields of one line (quoted fields may hold commas and doubled quotes).
    private static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previousWasQuote = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false; previousWasQuote = true } else { field.append(character) }
            } else if character == "\"" {
                if previousWasQuote { field.append("\"") }
                quoted = true
                previousWasQuote = false
            } else if character == "," {
                fields.append(field); field = ""; previousWasQuote = false
            } else {
                field.append(character); previousWasQuote = false
            }
        }
        fields.append(field)
        return fields
    }
}

extension Money {
    /// "53026", "129.70" as the CSV writes them.
    init?(plainText: String) {
        self.init(plainText)
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
