import BlacklineModel

/// A relation between two grids that the document states: one is a percentage over the other
/// ("increases of 1.5% in each year", "(2.0% Increase over FY 04 Scale)", "increase 2% over the
/// per diem paid in …"), or their day counts give the ratio (a 194-day schedule is the 192-day
/// one × 194/192).
public struct GridRule: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// `target` = `base` × (1 + percent/100).
        case percentIncrease(percent: Double)
        /// `target` = `base` × target days / base days.
        case dayRatio(baseDays: Int, targetDays: Int)
    }

    public var kind: Kind
    /// Indices into the audited grids.
    public var base: Int
    public var target: Int
    /// Where the document says so: the sentence or note, quoted.
    public var statement: String
    /// A difference the document itself accepts between printed and computed amounts ("differ by
    /// two dollars ($2.00) or less"), in currency units; nil when it prints none.
    public var tolerance: Double?

    public var factor: Double {
        switch kind {
        case .percentIncrease(let percent): 1 + percent / 100
        case .dayRatio(let baseDays, let targetDays): Double(targetDays) / Double(baseDays)
        }
    }

    public var description: String {
        switch kind {
        case .percentIncrease(let percent): "\(Self.format(percent))% over grid \(base + 1) (\(statement))"
        case .dayRatio(let baseDays, let targetDays): "\(targetDays)/\(baseDays) days of grid \(base + 1)"
        }
    }

    /// "2", "1.5"; a whole value past Int prints in Double's own notation instead of trapping.
    public static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
