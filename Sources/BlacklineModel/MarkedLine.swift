/// One line of a source document: its runs, in reading order, and where it stands.
public struct MarkedLine: Sendable, Hashable, Codable {
    public var runs: [TextRun]
    public var location: SourceLocation
    /// What a reader that sees the page (PDF) knows about the line's place in its paragraph; nil
    /// for text exports, whose lines are whole paragraphs.
    public var layout: LineLayout?

    public init(runs: [TextRun], location: SourceLocation, layout: LineLayout? = nil) {
        self.runs = runs
        self.location = location
        self.layout = layout
    }

    public init(_ text: String, line: Int, page: Int? = nil) {
        self.init(runs: text.isEmpty ? [] : [TextRun(text)], location: SourceLocation(line: line, page: page))
    }

    public var text: String { runs.plainText }

    public var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
}

/// A line's place in its paragraph, read from the page's geometry.
public struct LineLayout: Sendable, Hashable, Codable {
    /// The line follows the one above at line spacing, in the same column, and that one ran to
    /// the margin: the same paragraph, wrapped.
    public var continuesPreviousLine: Bool
    /// The line runs to its column's right margin, so its paragraph may go on (on the next page).
    public var endsAtMargin: Bool

    public init(continuesPreviousLine: Bool, endsAtMargin: Bool) {
        self.continuesPreviousLine = continuesPreviousLine
        self.endsAtMargin = endsAtMargin
    }
}
