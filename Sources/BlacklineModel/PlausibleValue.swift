/// The largest numbers a labor agreement can plausibly print. Past them a number is a typo, a
/// converter's garbage or a hostile file: the audit and the differ say so and leave it
/// unchecked, so no arithmetic on it can overflow an integer, lose every digit of a Double, or
/// trap converting one to the other.
public enum PlausibleValue {
    /// Dollars. A single amount (a salary, a stipend, a premium) of a collective agreement is far
    /// below $100 million; every grid sum and product stays exact in Int and Double beneath it.
    public static let largestAmount = 100_000_000.0
    /// Percent. Raises, premiums and ratios stay well under 1,000%; 1 + percent/100 stays a
    /// small factor under it.
    public static let largestPercent = 1_000.0
    /// A plain number (a count, a year, a phone number): Double holds every integer up to 2^53
    /// exactly; past it a difference is not exact.
    public static let largestNumber = 9_007_199_254_740_992.0

    /// `value` is finite and no larger than `limit` either way.
    public static func isWithin(_ value: Double, _ limit: Double) -> Bool {
        value.isFinite && abs(value) <= limit
    }

    /// Characters of a number quoted whole in a message; a longer one is cut and its length said.
    public static let longestQuoted = 40

    /// "amount 999999999999999999.00 is past any plausible contract value; not checked".
    public static func pastLimit(_ what: String, _ printed: String, then consequence: String = "not checked") -> String {
        let quoted = printed.count <= longestQuoted ? printed
            : "\(printed.prefix(longestQuoted / 2))… (\(printed.filter(\.isNumber).count) digits)"
        return "\(what) \(quoted) is past any plausible contract value; \(consequence)"
    }
}
