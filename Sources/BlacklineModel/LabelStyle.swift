/// How a list label is written. Agreements nest these in their own orders (AEA: A. then 1.;
/// YKSD: 1. then A. then a.), so the style, not the depth, says what a label is.
public enum LabelStyle: String, Sendable, Hashable, Codable {
    case upperLetter   // A.
    case decimal       // 1.
    case lowerLetter   // a.
    case parenDecimal  // (1)
    case parenLetter   // (a)

    /// The label that opens a list in this style.
    public var first: String {
        switch self {
        case .upperLetter: "A"
        case .decimal, .parenDecimal: "1"
        case .lowerLetter, .parenLetter: "a"
        }
    }

    /// The position of a label in its sequence (A = 1, b = 2, 10 = 10), or nil if it is not one.
    public func ordinal(of label: String) -> Int? {
        switch self {
        case .decimal, .parenDecimal:
            return Int(label)
        case .upperLetter, .lowerLetter, .parenLetter:
            guard label.count == 1, let scalar = label.unicodeScalars.first, scalar.isASCII else { return nil }
            let value = Int(scalar.value)
            let base = self == .upperLetter ? 65 : 97
            return (base..<(base + 26)).contains(value) ? value - base + 1 : nil
        }
    }
}
