/// How a list label is written. Agreements nest these in their own orders (AEA: A. then 1.;
/// YKSD: 1. then A. then a.), so the style, not the depth, says what a label is.
public enum LabelStyle: String, Sendable, Hashable, Codable {
    case upperLetter   // A.
    case decimal       // 1.
    case lowerLetter   // a.
    case parenDecimal  // (1)
    case parenLetter   // (a)
    case parenRoman    // (ii)
    case upperRoman    // II.
    case section       // Section 4.
    /// Numbers that say their own nesting: "4.2", "4.2.1", "1:01", "5-1".
    case outline

    /// The label that opens a list in this style.
    public var first: String {
        switch self {
        case .upperLetter: "A"
        case .decimal, .parenDecimal: "1"
        case .lowerLetter, .parenLetter: "a"
        case .parenRoman: "i"
        case .upperRoman: "I"
        case .section: "1"
        case .outline: "1"
        }
    }

    /// The position of a label in its sequence (A = 1, b = 2, 10 = 10), or nil if it is not one.
    public func ordinal(of label: String) -> Int? {
        switch self {
        case .decimal, .parenDecimal, .section:
            return Int(label)
        case .outline:
            return LabelStyle.outlineComponents(label).last.flatMap { Int($0) }
        case .parenRoman, .upperRoman:
            return LabelStyle.romanValue(label.uppercased())
        case .upperLetter, .lowerLetter, .parenLetter:
            guard label.count == 1, let scalar = label.unicodeScalars.first, scalar.isASCII else { return nil }
            let value = Int(scalar.value)
            let base = self == .upperLetter ? 65 : 97
            return (base..<(base + 26)).contains(value) ? value - base + 1 : nil
        }
    }

    /// "4.2.1" → ["4", "2", "1"]; "1:01" → ["1", "01"]; "5-1" → ["5", "1"].
    public static func outlineComponents(_ label: String) -> [Substring] {
        label.split(whereSeparator: { $0 == "." || $0 == ":" || $0 == "-" })
    }

    /// How many numbers an outline label has: "4.2" is at depth 2.
    public static func outlineDepth(_ label: String) -> Int { outlineComponents(label).count }

    /// The value of a lower-case Roman numeral label ("iv" → 4), or nil.
    public static func ordinalOfRoman(_ label: String) -> Int? { romanValue(label.uppercased()) }

    /// Roman numerals up to 39, as list labels print them.
    static func romanValue(_ numeral: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        let digits = numeral.compactMap { values[$0] }
        guard !digits.isEmpty, digits.count == numeral.count, numeral.count <= 6 else { return nil }
        var total = 0
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        return total > 0 ? total : nil
    }
}
