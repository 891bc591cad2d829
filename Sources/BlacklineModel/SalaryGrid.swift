/// A salary schedule as printed: steps (rows) × lanes (columns: B00, "BA + 18", "B90 w/
/// Doctorate", per-diem ranges A–V) of money amounts, with its title, school year, work days and
/// the note printed with it ("(2.0% Increase over FY 04 Scale)").
public struct SalaryGrid: Sendable, Hashable, Codable {
    public var title: String
    /// "2021-2022", normalized from "2021-22", "2023-2 … 024", "July 1, 2004"; nil when the title
    /// names none.
    public var year: String?
    /// Contract days of the schedule ("@ 192 Days"), when printed.
    public var days: Int?
    /// The header of the step column ("Step", "EXP", "Ranges").
    public var stepHeader: String
    public var columns: [String]
    public var steps: [String]
    /// `cells[step][column]`; nil for an empty cell ("-", blank).
    public var cells: [[Money?]]
    /// Lines printed with the grid that are not cells: notes, rule statements.
    public var notes: [String]
    /// The clause the grid was printed in ("105").
    public var clausePath: String
    public var location: SourceLocation
    /// Where each step's row was printed (findings point at the line of their cell).
    public var rowLocations: [SourceLocation]
    /// A printed "Total" row under the steps, one amount per column; nil when none is printed.
    public var totals: [Money?]?
    /// Cells printed with an amount too large to check; their place in `cells` is empty.
    public var implausibleAmounts: [ImplausibleAmount] = []
    /// Schedules that print each class on several lines, one per pay period ("Hour", "Month",
    /// "Annual"; "Value" where the document names its hourly line so): each row's period word
    /// as printed, and the class each row belongs to (rows of one class share a number). Nil
    /// for grids of one line per row.
    public var rowPeriods: [String]?
    public var rowClasses: [Int]?

    public init(title: String, year: String? = nil, days: Int? = nil, stepHeader: String, columns: [String], steps: [String],
                cells: [[Money?]], notes: [String] = [], clausePath: String, location: SourceLocation) {
        self.title = title
        self.year = year
        self.days = days
        self.stepHeader = stepHeader
        self.columns = columns
        self.steps = steps
        self.cells = cells
        self.notes = notes
        self.clausePath = clausePath
        self.location = location
        rowLocations = Array(repeating: location, count: steps.count)
    }

    /// How many cells hold an amount.
    /// Steps printed across: most column labels name a step ("Step 1", "STEP 8"), or rows are
    /// labelled as salary ranges, so each row is
    /// a salary range or a class and amounts rise along it (state and county schedules); teacher
    /// schedules print steps down and lanes across.
    public var stepsRunAcross: Bool {
        // Rows labelled as salary ranges ("11B", "26D", "34I": digits and a variant letter) are
        // ranges even where a page break lost the "Step" header above them.
        // Rows labelled by class ("6261 | Food Service Worker | 2") are classes too.
        columns.filter { $0.lowercased().hasPrefix("step") }.count * 2 > columns.count
            || steps.contains { $0.first?.isNumber == true && $0.last?.isLetter == true }
            || steps.contains { $0.contains(" | ") || $0.filter(\.isLetter).count > 2 }
    }

    /// A column that names a step: "Step 4", "STEP 10", "Step A". Amounts rise across these.
    public static func namesStep(_ column: String) -> Bool {
        let words = column.split(separator: " ")
        return words.count == 2 && words[0].lowercased() == "step" && words[1].count <= 3
    }

    public var filledCells: Int { cells.reduce(0) { $0 + $1.compactMap { $0 }.count } }

    public func cell(step: String, column: String) -> Money? {
        guard let row = steps.firstIndex(of: step), let lane = columns.firstIndex(of: column), lane < cells[row].count else { return nil }
        return cells[row][lane]
    }
}

/// An amount as printed, kept exactly: whole units ("52,242") or cents ("129.70"), never a
/// floating-point value, so "off by one cent" is a fact and not a rounding artefact.
public struct Money: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The amount in its smallest printed unit: dollars for "52,242", cents for "129.70".
    public var minorUnits: Int
    /// Digits after the decimal point as printed: 0 or 2.
    public var decimals: Int

    public init(minorUnits: Int, decimals: Int) {
        self.minorUnits = minorUnits
        self.decimals = decimals
    }

    /// "52,242", "$1,645", "129.70", "1645.00"; nil for anything else.
    public init?(_ text: String) {
        var digits = text.trimmingWhitespaceScalars()
        if digits.hasPrefix("$") { digits.removeFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber else { return nil }
        var whole = "", fraction: String?
        for character in digits {
            switch character {
            case "0"..."9": if fraction == nil { whole.append(character) } else { fraction?.append(character) }
            case ",": guard fraction == nil else { return nil }
            case ".": guard fraction == nil else { return nil }; fraction = ""
            default: return nil
            }
        }
        // Too many digits for Int: not an amount this type can hold (nil, never a trap).
        guard let wholeValue = Int(whole) else { return nil }
        if let fraction {
            guard fraction.count == 2, let cents = Int(fraction) else { return nil }
            let (hundreds, overflowed) = wholeValue.multipliedReportingOverflow(by: 100)
            guard !overflowed, hundreds <= Int.max - cents else { return nil }
            self.init(minorUnits: hundreds + cents, decimals: 2)
        } else {
            self.init(minorUnits: wholeValue, decimals: 0)
        }
    }

    /// The amount in whole currency units.
    public var value: Double { Double(minorUnits) / (decimals == 2 ? 100 : 1) }

    /// At most `PlausibleValue.largestAmount`: safe to add, multiply and round.
    public var isPlausible: Bool { PlausibleValue.isWithin(value, PlausibleValue.largestAmount) }

    /// Amount-shaped text ("999,999,999,999,999,999.00", "$1e40" is not) too large to be a
    /// plausible amount, whether or not `Money` could hold it.
    public static func isImplausibleAmount(_ text: String) -> Bool {
        if let money = Money(text) { return !money.isPlausible }
        var digits = text.trimmingWhitespaceScalars()
        if digits.hasPrefix("$") { digits.removeFirst() }
        let whole = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = digits.first, first.isASCII, first.isNumber, whole.count <= 2,
              whole.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) || $0 == "," } }),
              whole.count == 1 || (whole[1].count == 2 && !whole[1].contains(",")) else { return false }
        return true
    }

    /// Printed as the document prints it: "52,242", "129.70".
    public var description: String {
        let whole = decimals == 2 ? minorUnits / 100 : minorUnits
        var grouped = String(whole)
        var index = grouped.count - 3
        while index > 0 {
            grouped.insert(",", at: grouped.index(grouped.startIndex, offsetBy: index))
            index -= 3
        }
        guard decimals == 2 else { return grouped }
        let cents = minorUnits % 100
        return grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.value < rhs.value }
}

extension String {
    func trimmingWhitespaceScalars() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isBlank }), let end = scalars.lastIndex(where: { !$0.isBlank }) else { return "" }
        return String(scalars[start...end])
    }
}
