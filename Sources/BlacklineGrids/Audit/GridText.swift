import Foundation

/// Pattern matching on the sentences that state grid rules.
enum GridText {
    static func matches(_ pattern: String, in text: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).compactMap { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// The fiscal year "FY 05" names: the school year ending in 2005.
    static func fiscalYear(_ twoDigits: Int) -> String {
        let end = 2000 + twoDigits
        return "\(end - 1)-\(end)"
    }

    /// A statement quoted in a finding: its first sentence, without brackets.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "[]*() "))
        return trimmed.count > 160 ? String(trimmed.prefix(157)) + "…" : trimmed
    }
}
