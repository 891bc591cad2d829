/// Rows of tab-separated cells as the source laid them out (salary grids, leave formulas,
/// classification lists). The grid extractor reads money out of these.
public struct Table: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        /// Each cell's runs; an empty cell has no runs.
        public var cells: [[TextRun]]
        public var location: SourceLocation

        public init(cells: [[TextRun]], location: SourceLocation) {
            self.cells = cells
            self.location = location
        }

        public var texts: [String] { cells.map(\.plainText) }
        public var text: String { texts.joined(separator: "\t") }
    }

    public var rows: [Row]

    public init(rows: [Row]) { self.rows = rows }

    public var location: SourceLocation? { rows.first?.location }
    public var text: String { rows.map(\.text).joined(separator: "\n") }
}
