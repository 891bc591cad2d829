import BlacklineModel

/// A number an edit changed, with the difference spelled out, so a report can say
/// "district health contribution $1,645 → $1,695 (+3.04%)". A number past its unit's plausible
/// limit (`PlausibleValue`) is not compared: its difference and percentage stay nil, and `note`
/// says why, so no report has to print infinity or a 24-digit percentage.
public struct NumericFact: Sendable, Hashable, Codable {
    public enum Unit: String, Sendable, Hashable, Codable { case money, percent, year, number, date }

    public var unit: Unit
    public var old: String
    public var new: String
    /// new − old, when both parse as numbers.
    public var difference: Double?
    /// (new − old) / old × 100, when old is not zero.
    public var percentChange: Double?
    /// Why the difference is missing though both sides are numbers: "$99999999999999999999999 is
    /// past any plausible contract value; not compared". Nil (and absent from JSON) otherwise.
    public var note: String?

    /// Facts from a replacement that swaps amounts one for one ("$1,300" → "$1,500",
    /// "2021" → "2024", "ten (10)" → "twelve (12)").
    /// `after` is the word printed before the edit: a number right after a label word ("FY 04",
    /// "Article 12", "Step 3") is a label, not a fact.
    public static func facts(in edit: WordDiff.Edit, after: String? = nil) -> [NumericFact] {
        guard edit.operation == .replace else { return [] }
        let oldNumbers = factTokens(edit.old, after: after), newNumbers = factTokens(edit.new, after: after)
        guard oldNumbers.count == newNumbers.count else { return [] }
        return zip(oldNumbers, newNumbers).compactMap { old, new in
            guard old != new else { return nil }
            if isDate(old) || isDate(new) {
                return NumericFact(unit: .date, old: String(old), new: String(new), difference: nil, percentChange: nil)
            }
            let unit: Unit = old.hasPrefix("$") || new.hasPrefix("$") ? .money
                : old.hasSuffix("%") || new.hasSuffix("%") ? .percent
                : isYear(old) && isYear(new) ? .year : .number
            if let past = [old, new].first(where: { value($0).map { !PlausibleValue.isWithin($0, limit(unit)) } ?? false }) {
                return NumericFact(unit: unit, old: String(old), new: String(new), difference: nil, percentChange: nil,
                                   note: PlausibleValue.pastLimit(unit == .money ? "amount" : unit == .percent ? "percentage" : "number", String(past), then: "not compared"))
            }
            let (a, b) = (value(old), value(new))
            let difference = a.flatMap { a in b.map { $0 - a } }
            // A tiny old value ("0.000…1") can still make the ratio overflow: no percentage then.
            let percent = a.flatMap { a in a == 0 ? nil : difference.map { $0 / a * 100 } }.flatMap { $0.isFinite ? $0 : nil }
            return NumericFact(unit: unit, old: String(old), new: String(new), difference: difference,
                               percentChange: unit == .year ? nil : percent)
        }
    }

    /// Words that make the number after them a label: fiscal years, articles, steps, ranges.
    static let labelWords: Set<String> = [
        "fy", "article", "art", "section", "sec", "§", "appendix", "exhibit", "schedule", "step", "lane", "grade", "range",
        "class", "level", "tier", "no", "number", "#", "page", "chapter", "item", "paragraph", "part", "sr", "table", "column",
    ]

    private static func factTokens(_ text: String, after: String?) -> [Substring] {
        var previous = after.map { Substring($0) }
        var facts: [Substring] = []
        for token in Tokenizer.tokens(text) {
            defer { previous = token }
            guard isFact(token) else { continue }
            let label = previous.map { word in
                var lower = word.lowercased()
                if lower.hasSuffix(".") { lower.removeLast() }
                return labelWords.contains(lower)
            } ?? false
            if !label || token.hasPrefix("$") || token.hasSuffix("%") { facts.append(token) }
        }
        return facts
    }

    /// The largest value of a unit worth computing with.
    static func limit(_ unit: Unit) -> Double {
        switch unit {
        case .money: PlausibleValue.largestAmount
        case .percent: PlausibleValue.largestPercent
        case .year, .number, .date: PlausibleValue.largestNumber
        }
    }

    static func isFact(_ token: Substring) -> Bool { isAmount(token) || isDate(token) }

    /// A date token as the tokenizer keeps it whole: "June 30, 2021".
    static func isDate(_ token: Substring) -> Bool {
        guard let month = token.split(separator: " ").first else { return false }
        return Tokenizer.months.contains(String(month)) && token.contains(where: \.isNumber)
    }

    static func isAmount(_ token: Substring) -> Bool {
        token.contains(where: \.isNumber) && token.allSatisfy { $0.isNumber || "$,.%-/".contains($0) }
    }

    private static func isYear(_ token: Substring) -> Bool {
        token.count == 4 && token.allSatisfy(\.isNumber) && (token.hasPrefix("19") || token.hasPrefix("20"))
    }

    /// "$1,300.00" → 1300; ranges and dates ("2018-19") have no single value.
    private static func value(_ token: Substring) -> Double? {
        let digits = token.filter { $0 != "$" && $0 != "," && $0 != "%" }
        return Double(digits)
    }
}
