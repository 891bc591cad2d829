/// Fast paths for lines of plain ASCII, most of an agreement's lines. In such a line every byte
/// is one Character, so Character tests come down to byte ranges and no Unicode property table
/// is consulted. A carriage return is left out ("\r\n" is one Character). Every helper answers
/// nil (or false) for any other text, and its caller goes on with the Character code: results
/// are the same either way, only slower.
enum PlainASCII {
    static func isPlain(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != carriageReturn }
    }

    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20

    /// Character.isWhitespace for an ASCII byte: tab, line feed, vertical tab, form feed, carriage return, space.
    static func isWhitespace(_ byte: UInt8) -> Bool { byte == space || (0x09...0x0D).contains(byte) }
    static func isUppercase(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    static func isLowercase(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    static func isLetter(_ byte: UInt8) -> Bool { isUppercase(byte) || isLowercase(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Character.isPunctuation for an ASCII byte: ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }
    /// ($ + < = > ^ ` | ~ are symbols).
    static func isPunctuation(_ byte: UInt8) -> Bool { punctuation[Int(byte)] }

    private static let punctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in "!\"#%&'()*,-./:;?@[\\]_{}".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")`.
    static func collapsingWhitespace(_ text: String) -> String? {
        guard isPlain(text) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if isWhitespace(byte) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(space) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text.split(separator: " ").count`: runs of characters between spaces.
    static func spaceSeparatedCount(_ text: String) -> Int? {
        guard isPlain(text) else { return nil }
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == space {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The lowercased words of `text` (split at whitespace and at punctuation other than "-" and
    /// "'") added to `words`; false, adding nothing, when the text is not plain ASCII.
    static func insertWords(of text: String, into words: inout Set<String>) -> Bool {
        guard isPlain(text) else { return false }
        var word: [UInt8] = []
        for byte in text.utf8 {
            if isWhitespace(byte) || isPunctuation(byte) && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") {
                if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            } else {
                word.append(isUppercase(byte) ? byte | 0x20 : byte)
            }
        }
        if !word.isEmpty { words.insert(String(decoding: word, as: UTF8.self)) }
        return true
    }
}
