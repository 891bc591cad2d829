/// An article or chapter number as printed ("12", "XII", "16A", "3.2", "122.2H", "TWENTY SEVEN",
/// "XVIII-A"), with the key that orders it within its scheme: 16 < 16A < 16B < 17, 3.2 < 3.10.
struct HeadingNumber: Hashable, Comparable {
    enum Style: String, Hashable {
        case arabic, roman, spelled
    }

    /// As printed, spaces collapsed: what the tree and the reports show.
    var printed: String
    var style: Style
    /// (whole number, decimal part, letter suffix), each 0 when absent.
    var key: [Int]

    var major: Int { key[0] }

    static func < (lhs: HeadingNumber, rhs: HeadingNumber) -> Bool { lhs.key.lexicographicallyPrecedes(rhs.key) }

    /// Articles past this are not articles (a year, an address, a salary).
    static let largestArticle = 999
    static let longestSuffix = 1

    /// Reads a number at the start of `text`; returns it and the count of characters it took.
    static func parse(_ text: Substring, allowSpelled: Bool) -> (HeadingNumber, Int)? {
        if let arabic = parseArabic(text) { return arabic }
        if let roman = parseRoman(text) { return roman }
        return allowSpelled ? parseSpelled(text) : nil
    }

    /// "12", "16A", "16-A", "3.2", "122.2H", "1:01" is not an article (it is a section label).
    static func parseArabic(_ text: Substring) -> (HeadingNumber, Int)? {
        let characters = Array(text.prefix(12))
        var index = 0
        func digits() -> Int? {
            let start = index
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            guard index > start, index - start <= 3 else { return nil }
            return Int(String(characters[start..<index]))
        }
        guard let whole = digits(), whole <= largestArticle else { return nil }
        var decimal = 0
        if index + 1 < characters.count, characters[index] == ".", characters[index + 1].isASCII, characters[index + 1].isNumber {
            let save = index
            index += 1
            if let part = digits() { decimal = part } else { index = save }
        }
        let suffix = letterSuffix(characters, at: &index)
        guard ends(characters, at: index) else { return nil }
        let printed = String(characters[0..<index])
        return (HeadingNumber(printed: printed, style: .arabic, key: [whole, decimal, suffix]), index)
    }

    /// "XII", "XVIII-A", "IV.": capital Roman numerals only (a lower-case "i" is a list label).
    static func parseRoman(_ text: Substring) -> (HeadingNumber, Int)? {
        let characters = Array(text.prefix(16))
        var index = 0
        while index < characters.count, "IVXLC".contains(characters[index]) { index += 1 }
        guard index > 0, let value = romanValue(String(characters[0..<index])) else { return nil }
        let suffix = letterSuffix(characters, at: &index)
        guard ends(characters, at: index) else { return nil }
        return (HeadingNumber(printed: String(characters[0..<index]), style: .roman, key: [value, 0, suffix]), index)
    }

    /// "TWENTY SEVEN", "Twenty-Seven", "ONE": up to ninety-nine.
    static func parseSpelled(_ text: Substring) -> (HeadingNumber, Int)? {
        let first = text.prefix { $0.isLetter }
        guard let value = spelledValues[first.uppercased()] else { return nil }
        var total = value
        var consumed = first.count
        let rest = text.dropFirst(consumed)
        if value >= 20, let joiner = rest.first, joiner == " " || joiner == "-" {
            let second = rest.dropFirst().prefix { $0.isLetter }
            if let unit = spelledValues[second.uppercased()], unit < 10 {
                total += unit
                consumed += 1 + second.count
            }
        }
        guard ends(Array(text.dropFirst(consumed).prefix(1)), at: 0) else { return nil }
        return (HeadingNumber(printed: String(text.prefix(consumed)), style: .spelled, key: [total, 0, 0]), consumed)
    }

    private static let spelledValues: [String: Int] = {
        let units = ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE",
                     "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN", "EIGHTEEN", "NINETEEN"]
        let tens = ["TWENTY": 20, "THIRTY": 30, "FORTY": 40, "FIFTY": 50, "SIXTY": 60, "SEVENTY": 70, "EIGHTY": 80, "NINETY": 90]
        var values = tens
        for (offset, word) in units.enumerated() { values[word] = offset + 1 }
        return values
    }()

    /// "A" in "16A" or "16-A": one capital letter right after the number, then the number ends.
    private static func letterSuffix(_ characters: [Character], at index: inout Int) -> Int {
        var cursor = index
        if cursor < characters.count, characters[cursor] == "-" { cursor += 1 }
        guard cursor < characters.count, characters[cursor].isASCII, characters[cursor].isUppercase,
              ends(characters, at: cursor + 1), let scalar = characters[cursor].unicodeScalars.first else { return 0 }
        index = cursor + 1
        return Int(scalar.value) - 64
    }

    /// A number ends at the end of the text, at whitespace or at punctuation that is not a digit's.
    private static func ends(_ characters: [Character], at index: Int) -> Bool {
        guard index < characters.count else { return true }
        let next = characters[index]
        return next.isWhitespace || "-–—:.,)".contains(next)
    }

    static func romanValue(_ numeral: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        var total = 0
        let digits = numeral.compactMap { values[$0] }
        guard digits.count == numeral.count, !digits.isEmpty else { return nil }
        for (index, value) in digits.enumerated() {
            if index + 1 < digits.count, value < digits[index + 1] { total -= value } else { total += value }
        }
        // Only canonical numerals ("IIII" and "IC" are words or noise, not numbers).
        return canonicalRoman(total) == numeral ? total : nil
    }

    private static func canonicalRoman(_ value: Int) -> String {
        guard value > 0, value < 400 else { return "" }
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, numeral) in table {
            while rest >= amount {
                result += numeral
                rest -= amount
            }
        }
        return result
    }
}
