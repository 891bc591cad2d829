import BlacklineModel
import Foundation

/// Notes a bargaining team leaves in a draft's text — "[ok]", "(District okay)", "[TA'd 3/4]",
/// "(Union agrees)" — are no contract language, and must not pass into the agreement unsaid.
/// They are left in the text (never drop text) and each is reported where it stands.
enum NegotiatorNotes {
    /// A short note in brackets or parentheses: maybe a party, then an assent word, then a date
    /// or initials. Parentheses need a party or a TA word ("(ok)" alone may be a list label's
    /// neighbour); brackets need only the assent.
    private static let pattern = try! NSRegularExpression(pattern: #"""
        \[\s*(?:(?:district|union|association|employer|county|city|board|management|mgmt|team)\s+)?(?:ok|okay|o\.k\.|agreed?|agrees|accepted|ta'?d|ta|tentatively\s+agreed)\b[^\]\n]{0,24}\]
        |\(\s*(?:district|union|association|employer|county|city|board|management|mgmt)\s+(?:ok|okay|agrees?|agreed|accepts|accepted)\b[^)\n]{0,24}\)
        |\(\s*(?:ta'?d|tentatively\s+agreed)\b[^)\n]{0,24}\)
        """#, options: [.caseInsensitive, .allowCommentsAndWhitespace])

    /// A bracket or parenthesis, and somewhere after it "ok", "agree", "accept" or "ta" in any case.
    static func mayHoldNote(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let open = bytes.firstIndex(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") }) else { return false }
        var index = open
        while index + 1 < bytes.count {
            let pair = (bytes[index] | 0x20, bytes[index + 1] | 0x20)
            if pair == (UInt8(ascii: "o"), UInt8(ascii: "k")) || pair == (UInt8(ascii: "a"), UInt8(ascii: "g"))
                || pair == (UInt8(ascii: "a"), UInt8(ascii: "c")) || pair == (UInt8(ascii: "t"), UInt8(ascii: "a")) { return true }
            index += 1
        }
        return false
    }

    /// Listed up to this many, then counted.
    static let mostListed = 20

    static func findings(in lines: [MarkedLine]) -> [Finding] {
        var findings: [Finding] = []
        var more = 0
        for line in lines {
            let text = line.text
            // Most lines hold no bracket, and most brackets no assent word: a byte scan settles them.
            guard Self.mayHoldNote(text) else { continue }
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                guard let found = Range(match.range, in: text) else { continue }
                if findings.count < mostListed {
                    findings.append(Finding(.markup, .warning, "negotiators' note '\(text[found])' in the text: not contract language; it is kept as text, so take it out of the final agreement", at: line.location))
                } else {
                    more += 1
                }
            }
        }
        if more > 0 { findings.append(Finding(.markup, .warning, "\(more) more negotiators' notes in the text")) }
        return findings
    }
}
