/// Words as Blackline counts them: maximal runs of letters and digits. Punctuation, whitespace,
/// markup and line breaks are not words, so rewrapping or mending a hyphen never changes them.
public enum Words {
    public static func of(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// All letters and digits of a text run together: equal for two texts exactly when they hold
    /// the same characters in the same order, whatever the spacing, wrapping or hyphenation.
    public static func stream(_ text: String) -> String {
        String(text.unicodeScalars.filter { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }.map(Character.init))
    }
}
