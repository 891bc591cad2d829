/// A bracketed remark printed with a heading, kept as a fact about the clause:
/// "[moved to Article 418]", "[renumbered from proposed 112]".
public struct ClauseNote: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case movedTo
        case movedFrom
        case renumberedFrom
        case renumberedTo
        /// Any other bracketed remark, kept verbatim.
        case remark
    }

    public var kind: Kind
    /// The remark as printed, without its brackets.
    public var text: String
    /// The article number the remark points at, when it names one.
    public var target: String?

    public init(kind: Kind, text: String, target: String? = nil) {
        self.kind = kind
        self.text = text
        self.target = target
    }
}
