/// List labels as word processors and browsers print them: "1.", "A.", "a.", "iv.", and Word's
/// level texts ("%1.", "(%2)").
enum ListNumbering {
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

    static func value(_ number: Int, format: Format) -> String {
        switch format {
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
