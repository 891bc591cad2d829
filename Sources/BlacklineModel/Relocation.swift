/// Text the normalizer moved to where it belongs, e.g. an article number the converter printed
/// on the line above a page's first paragraph while its title came later ("515" … "RECALL PROCEDURES").
public struct Relocation: Sendable, Hashable, Codable {
    public var text: String
    public var from: SourceLocation
    /// The clause path the text now belongs to.
    public var toPath: String

    public init(text: String, from: SourceLocation, toPath: String) {
        self.text = text
        self.from = from
        self.toPath = toPath
    }
}
