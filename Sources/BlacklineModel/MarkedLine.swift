/// One line of a source document: its runs, in reading order, and where it stands.
public struct MarkedLine: Sendable, Hashable, Codable {
    public var runs: [TextRun]
    public var location: SourceLocation

    public init(runs: [TextRun], location: SourceLocation) {
        self.runs = runs
        self.location = location
    }

    public init(_ text: String, line: Int, page: Int? = nil) {
        self.init(runs: text.isEmpty ? [] : [TextRun(text)], location: SourceLocation(line: line, page: page))
    }

    public var text: String { runs.plainText }

    public var isBlank: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
}
