import BlacklineModel
import Foundation

/// Tables of amounts the document prints that no grid was read from. An audit that checked no
/// cell of a salary schedule must not say "no errors" as if it had: each such table is a warning
/// naming its lines, so the audit exits 1 and a negotiator knows what was not checked.
public enum UnreadAmountTables {
    /// A block is part of an amount table when it holds at least this many amounts...
    static let fewestAmounts = 4
    /// ...and amounts are at least this share of its words (prose that names sums is not).
    static let amountShare = 0.4
    /// One line of at least this many amounts is a table by itself.
    static let fewestSingleRow = 6
    /// A region this many lines from a grid's rows is taken as read (a title, a note).
    static let nearGrid = 3
    /// Listed up to this many regions, then counted.
    static let mostListed = 12

    /// "$4,123.00", "54,084", "23.47": a thousands comma or two decimals; a year or a section
    /// number ("2025", "4.3") is no amount.
    private static let amount = try! NSRegularExpression(pattern: #"(?<![\d.,])\$?\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?![\d,]*\d)"#)

    struct Region {
        var first: SourceLocation
        var last: SourceLocation
        var amounts: Int
    }

    static func findings(_ grids: [SalaryGrid], in agreement: Agreement) -> [GridFinding] {
        let read = Set(grids.flatMap { grid in ([grid.location] + grid.rowLocations).map(\.line) })
        let regions = self.regions(in: agreement).filter { region in
            !read.contains { $0 >= region.first.line - nearGrid && $0 <= region.last.line + nearGrid }
        }
        var findings = regions.prefix(mostListed).map { region in
            let lines = region.first.line == region.last.line ? "line \(region.first.line)" : "lines \(region.first.line)–\(region.last.line)"
            let message = "\(lines) print \(region.amounts) amounts in a table no grid was read from: they are not checked"
            return GridFinding(grid: "", step: "", column: "", printed: nil, expected: nil, rule: "no grid read", severity: .warning,
                               message: message, location: region.first)
        }
        if regions.count > mostListed {
            let rest = regions.dropFirst(mostListed).reduce(0) { $0 + $1.amounts }
            findings.append(GridFinding(grid: "", step: "", column: "", printed: nil, expected: nil, rule: "no grid read", severity: .warning,
                                        message: "\(regions.count - mostListed) more tables of amounts (\(rest) amounts) no grid was read from"))
        }
        return findings
    }

    /// Runs of consecutive amount-dense lines (table rows, or paragraphs of one line each).
    static func regions(in agreement: Agreement) -> [Region] {
        var regions: [Region] = []
        var current: Region?
        for (text, location) in lines(of: agreement) {
            let count = amountCount(text)
            let words = text.split(whereSeparator: \.isWhitespace).count
            if count >= 2, Double(count) >= amountShare * Double(max(words, 1)) {
                if var open = current, location.line - open.last.line <= 2 {
                    open.last = location
                    open.amounts += count
                    current = open
                } else {
                    if let open = current { regions.append(open) }
                    current = Region(first: location, last: location, amounts: count)
                }
            }
        }
        if let open = current { regions.append(open) }
        // Several rows of amounts, or one row long enough to be a schedule of its own (a grid
        // per date printed as a single line of steps).
        return regions.filter { $0.amounts >= fewestAmounts * 2 && $0.last.line > $0.first.line || $0.amounts >= fewestSingleRow }
    }

    public static func amountCount(_ text: String) -> Int {
        amount.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// Each table row and each paragraph with where it stands, in document order.
    private static func lines(of agreement: Agreement) -> [(String, SourceLocation)] {
        var lines: [(String, SourceLocation)] = []
        for clause in agreement.clauses.flatMap(\.subtree) {
            for block in clause.blocks {
                switch block {
                case .paragraph(let paragraph): lines.append((paragraph.text, paragraph.location))
                case .table(let table): lines += table.rows.map { ($0.text, $0.location) }
                }
            }
        }
        return lines.sorted { $0.1.line < $1.1.line }
    }
}
