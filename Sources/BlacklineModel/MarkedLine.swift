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
    /// Where the line sits on its page, in points from the top left.
    public var frame: Frame?
    /// One horizontal span per tab-separated cell, in the order of the text's cells; nil for an
    /// empty cell. Salary grids line their cells up by these.
    public var cells: [Span?]
    /// A change bar stands in the margin beside the line (a word processor's print of tracked
    /// changes); nil when none does.
    public var changeBar: Bool?
    /// The line was read by OCR from the page's image (a scan without a text layer): the mean
    /// confidence of its words, from 0 to 1. Nil for a line of a text layer.
    public var ocrConfidence: Double?

    public init(continuesPreviousLine: Bool, endsAtMargin: Bool, frame: Frame? = nil, cells: [Span?] = []) {
        self.continuesPreviousLine = continuesPreviousLine
        self.endsAtMargin = endsAtMargin
        self.frame = frame
        self.cells = cells
    }

    public struct Frame: Sendable, Hashable, Codable {
        public var x1: Double, y1: Double, x2: Double, y2: Double

        public init(x1: Double, y1: Double, x2: Double, y2: Double) {
            (self.x1, self.y1, self.x2, self.y2) = (x1, y1, x2, y2)
        }
    }

    public struct Span: Sendable, Hashable, Codable {
        public var x1: Double, x2: Double

        public init(x1: Double, x2: Double) { (self.x1, self.x2) = (x1, x2) }
    }
}
