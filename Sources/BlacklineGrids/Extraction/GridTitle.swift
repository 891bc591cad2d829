import Foundation

/// What a grid's title says: its school year and contract days. Titles come split over lines
/// ("2022-2023 Salary" / "Schedule"), as dates ("EFFECTIVE JULY 1, 2003 - JUNE 30, 2004") and
/// scrambled by a converter ("2023-2 Schedu 024 Salary ule").
struct GridTitle {
    var text: String
    var year: String?
    var days: Int?
    /// The title was scrambled and rebuilt; the finding quotes the original.
    var garbled: String?
    /// Contract days a schedule can have: "@ 000 Days" would make a day ratio divide by zero.
    static let possibleDays = 1...366

    init(lines: [String]) {
        let joined = lines.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        text = joined
        days = Self.firstMatch(#"@\s*(\d{3})\s*Days"#, in: joined).flatMap(Int.init).flatMap { Self.possibleDays.contains($0) ? $0 : nil }
        if let range = Self.yearRange(joined) {
            year = range
        } else if let effective = Self.firstMatch(#"(?i)effective\s+july\s+1,\s*((?:19|20)\d\d)"#, in: joined), let start = Int(effective) {
            year = "\(start)-\(start + 1)"
        } else {
            // Scrambled: the year's digits survive in order once the letters are taken out.
            let digits = joined.filter { $0.isNumber || $0 == "-" }
            if let range = Self.yearRange(digits) {
                year = range
                garbled = joined
                text = "\(range) Salary Schedule"
            }
        }
    }

    /// "2021-2022", from "2021-2022", "2021-22", "2004 - 2005".
    static func yearRange(_ text: String) -> String? {
        guard let match = GridText.matches(#"((?:19|20)\d\d)\s*[-–]\s*(\d{4}|\d{2})(?!\d)"#, in: text), match.count == 2,
              let start = Int(match[0]), var end = Int(match[1]) else { return nil }
        if end < 100 { end += start / 100 * 100 }
        guard end == start + 1 else { return nil }
        return "\(start)-\(end)"
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        GridText.matches(pattern, in: text)?.first
    }
}
