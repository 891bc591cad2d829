/// A run of prose the normalizer joined from one or more source lines (wrapped lines, lines split
/// by a page break), keeping every run's mark.
public struct Paragraph: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable {
        case body
        /// A line that began with a bullet ("- Nurses") but had no label.
        case bullet
        /// An unnumbered heading inside a clause ("SALARY PLACEMENT LANE MOVEMENT MATRIX").
        case subheading
    }

    public var runs: [TextRun]
    public var role: Role
    /// Where the paragraph starts.
    public var location: SourceLocation

    public init(runs: [TextRun], role: Role = .body, location: SourceLocation) {
        self.runs = runs
        self.role = role
        self.location = location
    }

    public var text: String { runs.plainText }
}
