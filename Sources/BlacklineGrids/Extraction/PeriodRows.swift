import BlacklineModel

/// Schedules that print each class on several lines, one per pay period, the same steps across:
///
///                                   Hour       $28.90     $30.29 …
///     457                    222    Month   $5,009.33  $5,250.27 …
///       Assistant Traffic Technician Annual $60,112.00 $63,003.20 …
///
/// or under a class label and a header of its own ("Deputy DA 1…" / "Grade = 17.P29" / "Step
/// 1 2 … L3" / "Value" / "Month" / "Year"). Read as one grid per schedule with a row per printed
/// line ("457 | 222 | Assistant Traffic Technician | Hour"): the period is a row dimension, kept
/// with the class each row belongs to, so the audit can check the lines of a class against each
/// other. A grid broken across pages with no repeated header goes on as long as the rows keep
/// the same number of amounts and the same periods.
enum PeriodRows {
    struct Found {
        var grids: [SalaryGrid]
        /// Lines read into a grid (rows, class labels, repeated headers and titles).
        var consumed: Set<Int>
    }

    /// Words that name a pay period. A class may name one line otherwise ("Value" for the hourly
    /// rate); the rest must be among these, so a title's last word is never taken for one.
    static let periodWords: Set<String> = [
        "hour", "hourly", "hr", "month", "monthly", "mo", "annual", "annually", "annualized", "year", "yearly", "yr",
        "biweekly", "bi-weekly", "semi-monthly", "semimonthly", "weekly", "week", "daily", "day",
    ]

    /// Class label lines read above a class at most (a title, a grade, a plan).
    static let mostLabelLines = 3
    /// Words in a class label line at most: more is a sentence.
    static let longestLabel = 8

    static func read(_ lines: [GridLine], clause: Clause) -> Found {
        var found = Found(grids: [], consumed: [])
        var index = 0
        while index < lines.count {
            guard let first = PeriodLine(lines[index]), let block = block(startingAt: index, columns: first.amounts.count, in: lines),
                  let grid = grid(block, lines: lines, clause: clause) else {
                index += 1
                continue
            }
            found.grids.append(grid)
            found.consumed.formUnion(block.consumed)
            index = (block.consumed.max() ?? index) + 1
        }
        return found
    }

    /// A period line: label fragments, the period word, then amounts (at least three).
    struct PeriodLine {
        var fragments: [String]
        var word: String
        var amounts: [String]
        var location: SourceLocation

        init?(_ line: GridLine) {
            // Three amounts need three digits: most lines a clause holds are prose, told apart
            // here without splitting them into words.
            guard line.cells.reduce(0, { $0 + $1.utf8.count { (0x30...0x39).contains($0) } }) >= 3 else { return nil }
            // A period line ends in an amount: a line of prose with numbers in it ends in a word.
            guard let last = line.cells.lazy.reversed().compactMap(Self.lastWord).first,
                  GridCell(String(last)).isAmount || GridCell(String(last)) == .empty else { return nil }
            // Tokens with the cell each came from: fragments keep the cells a reader found.
            var tokens: [(text: String, cell: Int)] = []
            for (cell, text) in line.cells.enumerated() {
                for token in text.split(whereSeparator: \.isWhitespace) { tokens.append((String(token), cell)) }
            }
            var amountCount = 0
            while amountCount < tokens.count, GridCell(tokens[tokens.count - 1 - amountCount].text).isAmount
                    || GridCell(tokens[tokens.count - 1 - amountCount].text) == .empty {
                amountCount += 1
            }
            let amounts = tokens.suffix(amountCount).map(\.text)
            guard amounts.filter({ GridCell($0).isAmount }).count >= 3, amountCount < tokens.count else { return nil }
            let word = tokens[tokens.count - 1 - amountCount].text.trimmingCharacters(in: [":"])
            guard word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            var fragments: [String] = []
            var lastCell = -1
            for token in tokens.dropLast(amountCount + 1) {
                if token.cell == lastCell { fragments[fragments.count - 1] += " " + token.text } else { fragments.append(token.text) }
                lastCell = token.cell
            }
            self.fragments = fragments
            self.word = word
            self.amounts = amounts
            location = line.location
        }

        /// The text's last whitespace-separated word, found from its end.
        private static func lastWord(_ text: String) -> Substring? {
            guard let end = text.lastIndex(where: { !$0.isWhitespace }) else { return nil }
            let start = text[..<end].lastIndex(where: \.isWhitespace).map(text.index(after:)) ?? text.startIndex
            return text[start...end]
        }

        var isPeriod: Bool { PeriodRows.periodWords.contains(word.lowercased()) }
    }

    struct PrintedClass {
        var labels: [String]
        var lines: [PeriodLine]
    }

    struct Block {
        var classes: [PrintedClass]
        var consumed: Set<Int>
        /// Line indices above the first class: where the title and header are looked for.
        var top: Int
        var header: (stepHeader: String, columns: [String])?
        /// Lines beside a class label set apart from it ("K Plus Plan"): kept as notes.
        var notes: [String]
    }

    private static func block(startingAt start: Int, columns: Int, in lines: [GridLine]) -> Block? {
        var block = Block(classes: [], consumed: [], top: start, header: nil, notes: [])
        // Above the first class: its labels, under the header (or over it).
        var labels: [String] = []
        var above = start - 1
        while above >= 0, start - above <= mostLabelLines + 1 {
            let line = lines[above]
            if let header = header(line, columns: columns) {
                if block.header == nil { block.header = header }
            } else if let label = labelLine(line) {
                guard labels.count < mostLabelLines else { break }
                labels.insert(label.label, at: 0)
                block.notes += label.beside
            } else {
                break
            }
            block.consumed.insert(above)
            block.top = above
            above -= 1
        }
        var current = PrintedClass(labels: labels, lines: [])
        var pendingLabels: [String] = []
        var pendingConsumed: [Int] = []
        var lastRow = start
        var index = start
        func close() {
            if !current.lines.isEmpty { block.classes.append(current) }
            current = PrintedClass(labels: [], lines: [])
        }
        while index < lines.count {
            let line = lines[index]
            if let row = PeriodLine(line), row.amounts.count == columns {
                if !pendingLabels.isEmpty || current.lines.contains(where: { $0.word.lowercased() == row.word.lowercased() }) {
                    close()
                    current.labels = pendingLabels
                }
                current.lines.append(row)
                block.consumed.formUnion(pendingConsumed + [index])
                pendingLabels = []
                pendingConsumed = []
                lastRow = index
            } else if let header = header(line, columns: columns) {
                // A header repeated over each class or after a page break.
                if block.header == nil { block.header = header }
                pendingConsumed.append(index)
            } else if pendingLabels.count < mostLabelLines, let label = labelLine(line) {
                pendingLabels.append(label.label)
                block.notes += label.beside
                pendingConsumed.append(index)
            } else {
                break
            }
            index += 1
        }
        close()
        block.consumed = block.consumed.filter { $0 <= lastRow }
        // The layout itself: every class prints at least two lines, at most one of them under a
        // word that is no pay period, and no class repeats a period.
        guard !block.classes.isEmpty, block.classes.allSatisfy({ printed in
            printed.lines.count >= 2 && printed.lines.filter({ !$0.isPeriod }).count <= 1
        }) else { return nil }
        return block
    }

    /// A class label line: a few words and no amount. A cell set far apart from the first (a
    /// pay plan printed beside the class name) is kept beside it, not in it.
    private static func labelLine(_ line: GridLine) -> (label: String, beside: [String])? {
        let text = line.text
        let words = text.split(whereSeparator: \.isWhitespace)
        guard (1...longestLabel).contains(words.count), !words.contains(where: { isMoney(String($0)) }),
              !GridExtractor.isTitleLike(text) else { return nil }
        let cells = line.cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard line.isTableRow, cells.count > 1 else { return (text.trimmingCharacters(in: .whitespaces), []) }
        return (cells[0], Array(cells.dropFirst()))
    }

    /// A header naming the amounts' columns: "Class Title Range Step A … Step E" (the step word
    /// repeated) or "Step 1 2 … 7 L1 L2 L3" (short names after a word or two).
    static func header(_ line: GridLine, columns: Int) -> (stepHeader: String, columns: [String])? {
        let text = line.text
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.contains(where: isMoney) else { return nil }
        if let names = HeaderWords.names(text, columns: columns, wrapped: []) {
            return (names[0], Array(names.dropFirst()))
        }
        guard words.count > columns, words.count <= columns + 3 else { return nil }
        let names = words.suffix(columns)
        guard names.allSatisfy({ $0.count <= 4 && ($0.contains(where: \.isNumber) || $0.count == 1) }) else { return nil }
        return (words.dropLast(columns).joined(separator: " "), Array(names))
    }

    /// An amount as salaries print them ("$28.90", "5,009.33", "2080"), not a step's number ("1", "10").
    static func isMoney(_ word: String) -> Bool {
        guard GridCell(word).isAmount else { return false }
        return word.contains(".") || word.contains(",") || word.hasPrefix("$") || word.count >= 4
    }

    private static func grid(_ block: Block, lines: [GridLine], clause: Clause) -> SalaryGrid? {
        guard let columnCount = block.classes.first?.lines.first?.amounts.count else { return nil }
        // The title: the nearest title-like lines above the block.
        var titleLines: [String] = []
        var above = block.top - 1
        while above >= 0, block.top - above <= GridExtractor.preambleLines, titleLines.count < 2 {
            let text = lines[above].text
            if isTitle(text) { titleLines.insert(text, at: 0) } else if !titleLines.isEmpty { break }
            above -= 1
        }
        // A schedule at the top of its clause is titled by the clause ("Exhibit A - Salary Schedule").
        if titleLines.isEmpty, !lines[..<block.top].contains(where: { !$0.text.isEmpty }) { titleLines = [clause.heading] }
        let title = GridTitle(lines: titleLines)
        let columns = block.header?.columns ?? (1...columnCount).map { "column \($0)" }
        var steps: [String] = [], cells: [[Money?]] = [], locations: [SourceLocation] = []
        var periods: [String] = [], classes: [Int] = []
        var implausible: [ImplausibleAmount] = []
        for (number, printed) in block.classes.enumerated() {
            let label = (printed.labels + printed.lines.flatMap(\.fragments)).joined(separator: " | ")
            for line in printed.lines {
                let step = label.isEmpty ? line.word : label + " | " + line.word
                steps.append(step)
                periods.append(line.word)
                classes.append(number)
                locations.append(line.location)
                cells.append(line.amounts.enumerated().map { column, text in
                    let cell = GridCell(text)
                    switch cell {
                    case .implausible(let printed):
                        implausible.append(ImplausibleAmount(step: step, column: columns[column], printed: printed, location: line.location))
                    case .damaged(let printed):
                        implausible.append(ImplausibleAmount(step: step, column: columns[column], printed: printed, location: line.location, isDamaged: true))
                    default: break
                    }
                    return cell.money
                })
            }
        }
        var grid = SalaryGrid(title: title.text, year: title.year, days: title.days, stepHeader: block.header?.stepHeader ?? "Class",
                              columns: columns, steps: steps, cells: cells, notes: Array(Set(block.notes)).sorted(),
                              clausePath: clause.path, location: locations[0])
        grid.rowLocations = locations
        grid.rowPeriods = periods
        grid.rowClasses = classes
        grid.implausibleAmounts = implausible
        return grid
    }

    /// A schedule's title: what other grids take for one, or a short line naming a year or an
    /// effective date ("FISCAL YEAR 2022-2023 - Effective date of … Adoption").
    private static func isTitle(_ text: String) -> Bool {
        if GridExtractor.isTitleLike(text) { return true }
        let words = text.split(whereSeparator: \.isWhitespace).count
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return words <= GridExtractor.longestDatedTitle && !trimmed.hasSuffix(".")
            && (GridTitle.yearRange(text) != nil || text.lowercased().contains("effective"))
    }
}

extension PeriodRows {
    /// A schedule the page broke (a footer, the title printed again) is one grid: consecutive
    /// grids with the same columns and the same title, or none, are joined.
    static func joined(_ grids: [SalaryGrid], findings: inout [Finding]) -> [SalaryGrid] {
        var joined: [SalaryGrid] = []
        for grid in grids {
            guard var previous = joined.last, previous.columns == grid.columns, grid.title.isEmpty || grid.title == previous.title,
                  let classes = grid.rowClasses, let before = previous.rowClasses else {
                joined.append(grid)
                continue
            }
            let offset = (before.max() ?? -1) + 1
            previous.steps += grid.steps
            previous.cells += grid.cells
            previous.rowLocations += grid.rowLocations
            previous.rowPeriods = (previous.rowPeriods ?? []) + (grid.rowPeriods ?? [])
            previous.rowClasses = before + classes.map { $0 + offset }
            previous.implausibleAmounts += grid.implausibleAmounts
            previous.notes = Array(Set(previous.notes + grid.notes)).sorted()
            findings.append(Finding(.grid, .info, "'\(previous.title)' goes on at line \(grid.location.line) after a break; joined", at: grid.location))
            joined[joined.count - 1] = previous
        }
        return joined
    }
}
