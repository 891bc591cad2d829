/// Where something came from in the source file: 1-based line, and the page when it is known
/// (PDF pages, or pages the normalizer inferred from page numbers and footers).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var page: Int?

    public init(line: Int, page: Int? = nil) {
        self.line = line
        self.page = page
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.line < rhs.line }

    public var description: String {
        if let page { return "page \(page), line \(line)" }
        return "line \(line)"
    }
}
