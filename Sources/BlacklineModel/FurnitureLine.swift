/// A source line removed from the clause text because it belongs to the page, not the contract.
/// Kept so nothing is dropped silently: reports can show it and tests count its words.
public struct FurnitureLine: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case runningHeader
        case runningFooter
        case pageNumber
        /// A converter's second copy of the line before a page break.
        case converterEcho
        /// A heading repeated on a later page ("807 PER DIEM SCHEDULE, cont'd.").
        case repeatedHeading
        /// A pleading-paper line number in the margin; only the number is set aside, not its line.
        case marginNumber
    }

    public var kind: Kind
    public var text: String
    public var location: SourceLocation

    public init(kind: Kind, text: String, location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }
}
