/// The content of a clause that is not a child clause: prose or a table.
public enum Block: Sendable, Hashable, Codable {
    case paragraph(Paragraph)
    case table(Table)

    public var text: String {
        switch self {
        case .paragraph(let paragraph): paragraph.text
        case .table(let table): table.text
        }
    }

    public var location: SourceLocation? {
        switch self {
        case .paragraph(let paragraph): paragraph.location
        case .table(let table): table.location
        }
    }
}
