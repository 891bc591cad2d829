/// How a run of a printed page looked, beyond its style: the colours a reader saw. A PDF gives
/// no meaning with them, so the reader keeps them on its runs until it has learnt the document's
/// own conventions (body colour, headings, links) and decided each run's mark; then it lets them
/// go, so reports show marks and evidence, not raw colours.
public struct RunAppearance: Sendable, Hashable, Codable {
    /// The text colour, "#rrggbb"; nil when the page did not say (a pattern, a scan).
    public var color: String?
    /// A fill drawn behind the words that hugs them (a highlighter), "#rrggbb".
    public var highlight: String?
    /// The words lie inside a link area (a web address, a table-of-contents entry).
    public var isLink: Bool
    /// The glyphs' size, points.
    public var fontSize: Double

    public init(color: String? = nil, highlight: String? = nil, isLink: Bool = false, fontSize: Double = 0) {
        self.color = color
        self.highlight = highlight
        self.isLink = isLink
        self.fontSize = fontSize
    }
}
