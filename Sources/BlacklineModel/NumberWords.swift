/// English number words up to ninety-nine, as contracts print them before their figures.
public enum NumberWords {
    public static let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    public static let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]

    /// The value of "three", "Thirty", "twenty-four"; nil for any other word.
    public static func value(_ word: String) -> Int? {
        let lowered = word.lowercased()
        if let unit = units.firstIndex(of: lowered) { return unit }
        if let ten = tens[lowered] { return ten }
        let parts = lowered.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let ten = tens[String(parts[0])], let unit = units.firstIndex(of: String(parts[1])), (1...9).contains(unit) else { return nil }
        return ten + unit
    }
}
