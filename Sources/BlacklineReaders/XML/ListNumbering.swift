import BlacklineModel
import Foundation

/// List labels as word processors and browsers print them: "1.", "A.", "a.", "iv.", and Word's
/// level texts ("%1.", "(%2)").
enum ListNumbering {
    /// Largest list start taken as written: Word's "Start at" goes from 0 to 32,767, and no
    /// agreement numbers a list further. Starts past it (Int.max, 1e12) are clamped to it, so
    /// counting on cannot overflow (Int.max + 1 trapped).
    static let largestNumber = 32_767

    /// An integer attribute as written ("12", "-3", "9223372036854775807", "1000000000000")
    /// clamped into `range`, read digit by digit so that no value, however long, overflows on
    /// the way; nil when it is no integer. `wasClamped` says the file asked for more.
    static func clamped(_ text: String, to range: ClosedRange<Int>) -> (value: Int, wasClamped: Bool)? {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces))
        let negative = digits.first == "-"
        if negative || digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let bound = max(abs(range.lowerBound), abs(range.upperBound))
        var magnitude = 0
        for digit in digits {
            magnitude = magnitude * 10 + (digit.wholeNumberValue ?? 0)
            if magnitude > bound { break }
        }
        let value = negative ? -magnitude : magnitude
        let clampedValue = min(max(value, range.lowerBound), range.upperBound)
        return (clampedValue, clampedValue != value)
    }

    enum Format {
        case decimal, upperLetter, lowerLetter, upperRoman, lowerRoman, bullet, none

        init(htmlType: String) {
            switch htmlType {
            case "A": self = .upperLetter
            case "a": self = .lowerLetter
            case "I": self = .upperRoman
            case "i": self = .lowerRoman
            default: self = .decimal
            }
        }

        /// Word's `w:numFmt` values.
        init(word: String) {
            switch word {
            case "decimal", "decimalZero": self = .decimal
            case "upperLetter": self = .upperLetter
            case "lowerLetter": self = .lowerLetter
            case "upperRoman": self = .upperRoman
            case "lowerRoman": self = .lowerRoman
            case "none": self = .none
            default: self = .bullet
            }
        }
    }

    /// "1.", "A.", "a." for an HTML list item.
    static func label(_ number: Int, format: Format) -> String {
        value(number, format: format) + "."
    }

    /// One finding for all of a document's out-of-range values, so a hostile file cannot flood
    /// the report.
    static func findings(_ clampedValues: [String], in what: String) -> [Finding] {
        guard let first = clampedValues.first else { return [] }
        let more = clampedValues.count > 1 ? " (and \(clampedValues.count - 1) more)" : ""
        return [Finding(.numbering, .warning, "\(what) out of range: \(first)\(more)")]
    }

    /// Largest number written in letters: Word's labels double and triple the letter past Z
    /// ("AA", "AAA"); past four letters ("ZZZZ") the label would grow with the number (1e11 as
    /// letters was a 4 GB string), so it is written in digits.
    static let largestLettered = 26 * 4
    /// Largest number written in Roman numerals: the standard forms stop at MMMCMXCIX.
    static let largestRoman = 3_999

    static func value(_ number: Int, format: Format) -> String {
        let isLettered = format == .upperLetter || format == .lowerLetter, isRoman = format == .upperRoman || format == .lowerRoman
        if isLettered && number > largestLettered || isRoman && number > largestRoman { return String(number) }
        return switch format {
        case .decimal: String(number)
        case .upperLetter: letters(number)
        case .lowerLetter: letters(number).lowercased()
        case .upperRoman: roman(number)
        case .lowerRoman: roman(number).lowercased()
        case .bullet, .none: ""
        }
    }

    /// A, B, … Z, AA, BB (Word's way), for 1, 2, … 26, 27, 28.
    private static func letters(_ number: Int) -> String {
        guard number > 0 else { return "" }
        let letter = Character(Unicode.Scalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: String(letter), count: (number - 1) / 26 + 1)
    }

    private static func roman(_ number: Int) -> String {
        let numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var remaining = number, text = ""
        for (value, numeral) in numerals {
            while remaining >= value { text += numeral; remaining -= value }
        }
        return text
    }
}
