import BlacklineModel

/// Tells formats apart by their first bytes, not by the file name: a draft mailed as "draft.pdf"
/// that is really HTML is read as HTML.
public enum FormatSniffer {
    /// Bytes looked at for a signature; PDF allows junk before "%PDF-" within the first 1024 bytes.
    static let headerWindow = 1024
    /// Bytes looked at for binary content: enough to see a text's first pages, and all a
    /// reader reads before it knows the format (the rest of a 4 GB file is never read to learn it).
    public static let sniffWindow = 64 << 10
    /// Share of control bytes above which a file is taken for binary (text has tabs and newlines
    /// only; a few stray form feeds or escapes are allowed).
    static let binaryControlShare = 0.01

    public enum Verdict: Equatable, Sendable {
        case format(DocumentFormat)
        case binary
        /// Lines of text whose characters are control codes: a PDF's text exported without its
        /// fonts' Unicode map (each glyph written as its font index).
        case controlCodeText
        /// An OLE compound file: a Word 97-2003 .doc, or an encrypted .docx.
        case office(encrypted: Bool)
    }

    /// The OLE compound-file signature (D0 CF 11 E0 A1 B1 1A E1).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The verdict from the first `sniffWindow` bytes; only an OLE container is searched whole
    /// for its encryption stream (its directory may sit anywhere), so give it the whole file.
    public static func sniff(_ bytes: [UInt8]) -> Verdict {
        let head = Array(bytes.prefix(headerWindow))
        let window = bytes.prefix(sniffWindow)
        if contains(head, "%PDF-") { return .format(.pdf) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .format(.docx) }
        if head.starts(with: compoundFileSignature) {
            // An encrypted .docx is a compound file holding a stream named "EncryptedPackage".
            let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return .office(encrypted: contains(bytes, name))
        }
        if looksLikeUTF16(head) { return .format(.text) }
        if window.contains(0) { return .binary }
        if looksLikeHTML(head) { return .format(.html) }
        guard controlShare(window) > binaryControlShare else { return .format(.text) }
        return looksLikeLines(window) ? .controlCodeText : .binary
    }

    /// A text layout's shape: valid UTF-8 broken into lines of at most `longestTextLine` bytes.
    /// Binary formats without NULs (compressed data) have no such line structure.
    private static func looksLikeLines(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard String(validating: Array(bytes.prefix(bytes.count - trailingPartialCharacter(bytes))), as: UTF8.self) != nil else { return false }
        var longest = 0, current = 0
        for byte in bytes {
            if byte == 0x0A { longest = max(longest, current); current = 0 } else { current += 1 }
        }
        return max(longest, current) <= longestTextLine && bytes.contains(0x0A)
    }

    /// A text export's widest line, in bytes: a page laid out with spaces stays well under it.
    static let longestTextLine = 2_000

    /// Bytes of a UTF-8 character cut off at the window's end.
    private static func trailingPartialCharacter(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes.reversed().prefix(3) {
            count += 1
            if byte & 0xC0 != 0x80 { return byte < 0x80 ? 0 : count }
        }
        return 0
    }

    private static func looksLikeUTF16(_ head: [UInt8]) -> Bool {
        head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
    }

    private static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return true }
        return trimmed.hasPrefix("<") && (text.contains("<html") || text.contains("<body"))
    }

    private static func controlShare(_ bytes: ArraySlice<UInt8>) -> Double {
        guard !bytes.isEmpty else { return 0 }
        let allowed: Set<UInt8> = [0x09, 0x0A, 0x0C, 0x0D]
        let controls = bytes.lazy.filter { $0 < 0x20 && !allowed.contains($0) }.count
        return Double(controls) / Double(bytes.count)
    }

    private static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        contains(bytes, Array(needle.utf8))
    }

    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }
}
