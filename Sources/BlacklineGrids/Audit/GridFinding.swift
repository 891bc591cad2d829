import BlacklineModel

/// A cell that breaks a rule the document prints, or a fact about how the audit read the grid.
public struct GridFinding: Sendable, Hashable, CustomStringConvertible {
    public var grid: String
    public var step: String
    public var column: String
    public var printed: Money?
    public var expected: Money?
    /// The rule, as the document states it: "1.5% over 2020-2021 Salary Schedule".
    public var rule: String
    public var severity: Finding.Severity
    public var message: String
    public var location: SourceLocation?
    /// Information shown in full, not counted as rounding drift: a pattern a cell breaks, a cell
    /// that follows the printed amount of a base found out of line.
    public var isNote = false
    /// A cell behind a finding said for the whole grid (`OtherFactor`): listed with --verbose only.
    public var isDetail = false

    public var description: String {
        "\(severity.rawValue): \(message)"
    }
}

/// What an audit found and how much it checked.
public struct GridAudit: Sendable {
    public var findings: [GridFinding]
    /// Cells compared with a value a printed rule gives.
    public var checkedCells: Int
    /// Cells no printed rule reaches (a lane or step new this year, the first schedule of all).
    public var uncheckedCells: Int
    public var rules: [GridRule]
    /// Factors between the pay-period lines of a class, found in each grid that prints them
    /// ("'Schedule A': Annual = Hour × 2080, Month = Annual × 0.0833 …").
    public var periodRules: [String] = []

    public var errors: [GridFinding] { findings.filter { $0.severity == .error } }
}
