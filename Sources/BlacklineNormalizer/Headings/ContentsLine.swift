/// A table-of-contents line: a heading of the body followed by its page, after dot leaders, a tab
/// or a column gap ("ARTICLE 1 – RECOGNITION ........ 1", "403 NOTIFICATION OF NON-RENEWAL\t15",
/// "ARTICLE 16 – WORKING CONDITIONS      Page 33"). Lines listed without pages are found by
/// `NumberingScheme` instead, as a run of headings with no text between them.
struct ContentsLine: Equatable {
    enum Target: Equatable {
        case article(HeadingCandidate)
        case annex(AnnexHeading)
    }

    var target: Target
    /// The page printed; nil when the contents list no pages.
    var page: Int?

    var number: String {
        switch target {
        case .article(let candidate): candidate.number.printed
        case .annex(let annex): annex.label ?? ""
        }
    }

    var title: String {
        switch target {
        case .article(let candidate): candidate.parts.title
        case .annex(let annex): annex.title
        }
    }

    /// Page numbers of a contents column: at most this many digits.
    static let longestPage = 3

    /// Reads a trimmed line.
    static func parse(_ text: String) -> ContentsLine? {
        guard let (head, page) = splitPage(text) ?? splitLeaders(text) else { return nil }
        if let candidate = HeadingCandidate.parse(head), !candidate.parts.title.isEmpty {
            return ContentsLine(target: .article(candidate), page: page)
        }
        if let annex = AnnexHeading.parse(head) { return ContentsLine(target: .annex(annex), page: page) }
        return nil
    }

    /// "TITLE ........" with the page lost: leaders of at least `shortestLeaders` dots end it.
    static func splitLeaders(_ text: String) -> (String, Int?)? {
        // Leaders are dots, ellipses and spaces; a line ending in any other ASCII has none.
        if let last = text.utf8.last, last < 0x80, last != UInt8(ascii: "."), last != PlainASCII.space { return nil }
        let leaders = text.reversed().prefix { $0 == "." || $0 == "…" || $0 == " " }
        guard leaders.filter({ $0 == "." || $0 == "…" }).count >= shortestLeaders else { return nil }
        let head = text.dropLast(leaders.count).trimmingWhitespace()
        return head.isEmpty ? nil : (head, nil)
    }

    static let shortestLeaders = 4

    /// "TITLE ....... 12" → ("TITLE", 12): the page (or "-12-") must follow leaders, a tab or two spaces.
    static func splitPage(_ text: String) -> (String, Int?)? {
        // A page ends the line in a digit or a dash; a line ending in any other ASCII has none.
        if let last = text.utf8.last, last < 0x80, last != UInt8(ascii: "-"), !PlainASCII.isDigit(last) { return nil }
        var rest = Substring(text)
        // A page printed between dashes ("-12-", "- 12 -"), as the body's footers print it.
        if rest.hasSuffix("-") {
            let inner = rest.dropLast().reversed().drop { $0 == " " }
            let dashed = inner.prefix { $0.isASCII && $0.isNumber }
            let opening = inner.dropFirst(dashed.count).drop { $0 == " " }
            if !dashed.isEmpty, opening.first == "-" {
                rest = rest.dropLast(rest.count - opening.count + 1)
                rest.append(contentsOf: String(dashed.reversed()))
            }
        }
        let digits = rest.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= longestPage, let page = Int(String(digits.reversed())) else { return nil }
        rest = rest.dropLast(digits.count)
        if rest.suffix(5).lowercased() == "page " { rest = rest.dropLast(5) }
        let leaders = rest.reversed().prefix { $0 == "." || $0 == "…" || $0 == " " || $0 == "\t" || $0 == "_" }
        let dots = leaders.filter { $0 == "." || $0 == "…" || $0 == "_" }.count
        let tabbed = leaders.contains("\t")
        let spaces = leaders.filter { $0 == " " }.count
        guard dots >= 2 || tabbed || spaces >= 2 else { return nil }
        let head = rest.dropLast(leaders.count).trimmingCharacters { $0.isWhitespace || $0 == "." }
        guard !head.isEmpty else { return nil }
        return (head, page)
    }
}
