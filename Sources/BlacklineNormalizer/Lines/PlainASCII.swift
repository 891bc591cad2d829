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
    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
        default: false
        }
    }

    /// The first byte past leading spaces and tabs, and where it is; nil for a line of nothing else.
    static func firstAfterIndent(_ text: String) -> (byte: UInt8, index: String.Index)? {
        guard let index = text.utf8.firstIndex(where: { $0 != space && $0 != tab }) else { return nil }
        return (text.utf8[index], index)
    }

    static let tab: UInt8 = 0x09

    /// `text.lowercased().hasPrefix(prefix)` for plain ASCII text and a lower-case prefix.
    static func hasPrefixIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next(), (isUppercase(byte) ? byte | 0x20 : byte) == expected else { return false }
        }
        return true
    }

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

    /// `LineKey.of` for plain ASCII: lowercased, blanks collapsed and trimmed, digit runs as "#".
    static func lineKey(_ text: String) -> String? {
        guard isPlain(text) else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        var lastWasDigit = false
        for byte in text.utf8 {
            if isWhitespace(byte) {
                if !lastWasSpace { key.append(space) }
                lastWasSpace = true
                lastWasDigit = false
            } else if isDigit(byte) {
                if !lastWasDigit { key.append(UInt8(ascii: "#")) }
                lastWasDigit = true
                lastWasSpace = false
            } else {
                key.append(isUppercase(byte) ? byte | 0x20 : byte)
                lastWasSpace = false
                lastWasDigit = false
            }
        }
        if key.last == space { key.removeLast() }
        return String(decoding: key, as: UTF8.self)
    }

    /// A run's text with tabs and runs of spaces as one space, for ASCII text (any other is
    /// nil); `previousWasSpace` carries over from run to run. Text that needs no change is
    /// returned as it is, not copied.
    static func collapsingBlanks(_ text: String, previousWasSpace: inout Bool) -> String? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var wasSpace = previousWasSpace
        let unchanged = text.utf8.allSatisfy { byte in
            let blank = isWhitespace(byte)
            defer { wasSpace = blank }
            return !blank || byte == space && !wasSpace
        }
        if unchanged {
            previousWasSpace = wasSpace
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isWhitespace(byte) {
                if !previousWasSpace { bytes.append(space) }
                previousWasSpace = true
            } else {
                bytes.append(byte)
                previousWasSpace = false
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
