/// A heading's title printed on the lines after its number: "ARTICLE 12" / "SENIORITY",
/// "APPENDIX A" / "SALARY SCHEDULE", a title wrapped over two lines ("ARTICLE 5 – LEAVES OF" /
/// "ABSENCE"), "305 LONG-TERM LEAVE OF ABSENCE" / "WITHOUT PAY" in a narrow column.
enum HeadingTitleLines {
    /// The heading's shape with `line` joined to its title, or nil when `line` is not its title.
    static func title(joining line: ContentLine, to heading: ContentLine) -> LineShape? {
        switch heading.shape {
        case .heading(var candidate):
            let text = LineClassifier.headingText(line.text)
            guard let title = joined(candidate.parts.title, text, line: line, headingLines: heading.joinedLocations.count) else { return nil }
            candidate.parts = HeadingText.parts(of: title)
            return .heading(candidate)
        case .annexHeading(var annex):
            let text = LineClassifier.headingText(line.text)
            guard let title = joined(annex.title, text, line: line, headingLines: heading.joinedLocations.count) else { return nil }
            annex.title = HeadingText.parts(of: title).title
            return .annexHeading(annex)
        default:
            return nil
        }
    }

    /// The title so far and the next line: an empty title takes a caps or title-like line; a
    /// caps title that stops on a joining word ("OF", "AND", "–") or that the page shows wrapped
    /// takes one more caps line.
    private static func joined(_ title: String, _ text: String, line: ContentLine, headingLines: Int) -> String? {
        guard !text.isEmpty, headingLines < 2 else { return nil }
        switch line.shape {
        case .capsTitle, .text: break
        default: return nil
        }
        if title.isEmpty {
            guard HeadingText.isAllCaps(text) || ClauseTreeBuilder.isCaption(text) else { return nil }
            return text
        }
        let lastWord = title.split(separator: " ").last.map { $0.lowercased() } ?? ""
        let stopsOpen = HeadingText.minorWords.contains(lastWord) || ["-", "–", "—", ",", "/", "&", ":"].contains(where: { title.hasSuffix($0) })
        let laidOut = line.layout?.continuesPreviousLine == true || (title.count >= wrappedTitleLength && isCenteredWrap(line))
        if HeadingText.isAllCaps(title), HeadingText.isAllCaps(text) {
            return stopsOpen || laidOut ? title + " " + text : nil
        }
        // A mixed-case title ("LETTER OF AGREEMENT – Legacy Workers (PSWs Paid Above the Negotiated"
        // / "      Hourly Rates)") goes on only on a line set apart as its wrap, which ends no sentence.
        guard stopsOpen || laidOut, line.layout?.continuesPreviousLine == true || isCenteredWrap(line),
              !text.hasSuffix("."), !text.hasSuffix(":"), text.split(separator: " ").count <= HeadingText.mostTitleWords
        else { return nil }
        return title + " " + text
    }

    /// A plain-text title wrapped onto a centred line right below it ("#1 – ARTICLE 5 – NEW
    /// EMPLOYEE NOTICE/UNION" / "                ACCESS"): no blank line between,
    /// indented at least `centredIndent` spaces (body text starts at the margin or a tab stop).
    private static func isCenteredWrap(_ line: ContentLine) -> Bool {
        guard line.layout == nil, !line.afterBlank, !line.afterPageBreak else { return false }
        return line.text.prefix { $0 == " " }.count >= centredIndent
    }

    static let centredIndent = 12
    /// A title wraps when it fills the line; a short one over a centred line has a subtitle
    /// ("APPENDIX A – SALARY SCHEDULES" / "SALARY SCHEDULE AS OF JULY 1, 2023").
    static let wrappedTitleLength = 40
}
