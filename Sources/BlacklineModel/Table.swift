/// Rows of tab-separated cells as the source laid them out (salary grids, leave formulas,
/// classification lists). The grid extractor reads money out of these.
public struct Table: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        /// Each cell's runs; an empty cell has no runs.
        public var cells: [[TextRun]]
        public var location: SourceLocation
        /// Where each cell sits across the page (PDF), nil for an empty cell; empty when the
        /// source has no geometry. A row cut off from its table by a page break keeps its
        /// columns through these.
        public var spans: [LineLayout.Span?]

        public init(cells: [[TextRun]], location: SourceLocation, spans: [LineLayout.Span?] = []) {
            self.cells = cells
            self.location = location
            self.spans = spans
        }

        public var texts: [String] { cells.map(\.plainText) }
        public var text: String { texts.joined(separator: "\t") }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    public var location: SourceLocation? { rows.first?.location }
    public var text: String { rows.map(\.text).joined(separator: "\n") }
}
