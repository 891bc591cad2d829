/// A grid cell whose printed amount is past `PlausibleValue.largestAmount`. Its cell is left
/// empty in `SalaryGrid.cells` so no check computes with it; it is kept here, as printed, so
/// reports can say it was not checked.
public struct ImplausibleAmount: Sendable, Hashable, Codable {
    /// The step's label, or "Total" for the grid's printed totals row.
    public var step: String
    public var column: String
    public var printed: String
    public var location: SourceLocation
    /// Its separators are out of place ("$6.413.83"), rather than its value past any plausible one.
    public var isDamaged: Bool

    public init(step: String, column: String, printed: String, location: SourceLocation, isDamaged: Bool = false) {
        self.step = step
        self.column = column
        self.printed = printed
        self.location = location
        self.isDamaged = isDamaged
    }

    /// "step 0 of lane 'BA' of '2004 - 2005 @ 192 Days': amount 999999999999999999.00 is past
    /// any plausible contract value; not checked".
    public func message(grid: String) -> String {
        let place = step == "Total" ? "the total of lane '\(column)'" : "step \(step) of lane '\(column)'"
        if isDamaged {
            return "\(place) of '\(grid)': amount printed as '\(printed)' is damaged (its separators are out of place); kept as printed, not checked"
        }
        return "\(place) of '\(grid)': " + PlausibleValue.pastLimit("amount", printed)
    }
}
