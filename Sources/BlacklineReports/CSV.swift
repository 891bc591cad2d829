/// RFC 4180 lines for the CSV reports: a field with a comma, quote or line break is quoted, its
/// quotes doubled. A field a spreadsheet would run as a formula ("=…", "@…", "+SUM(…)", "-A1")
/// gets a leading apostrophe, so opening a report never executes contract text; signed amounts
/// ("-525", "+2.00%") stay numbers.
public enum CSV {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ value: String) -> String {
        let safe = startsFormula(value) ? "'" + value : value
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingAll("\"", with: "\"\"") + "\""
    }

    static func startsFormula(_ value: String) -> Bool {
        guard let first = value.first else { return false }
        if first == "=" || first == "@" { return true }
        guard first == "+" || first == "-", let second = value.dropFirst().first else { return false }
        return !(second.isNumber || second == "$" || second == "." || second == " ")
    }

    /// The fields of one line as `line` writes them (quoted fields may hold commas, doubled
    /// quotes and line breaks), for reading a report back.
    public static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previousWasQuote = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false; previousWasQuote = true } else { field.append(character) }
            } else if character == "\"" {
                if previousWasQuote { field.append("\"") }
                quoted = true
                previousWasQuote = false
            } else if character == "," {
                fields.append(field); field = ""; previousWasQuote = false
            } else {
                field.append(character); previousWasQuote = false
            }
        }
        fields.append(field)
        return fields
    }

    /// The records of a whole CSV text: line breaks inside quoted fields stay in their field.
    public static func records(_ text: String) -> [[String]] {
        var records: [String] = [], current = "", quotes = 0
        for character in text {
            if character == "\n" && quotes % 2 == 0 {
                records.append(current)
                current = ""
                continue
            }
            if character == "\"" { quotes += 1 }
            current.append(character)
        }
        if !current.isEmpty { records.append(current) }
        return records.map(fields)
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
