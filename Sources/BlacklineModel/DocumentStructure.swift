/// How the normalizer read a document's structure, and how sure it is: the numbering scheme it
/// inferred, the table of contents it found (each entry matched to an article or not), and what
/// makes the tree doubtful. Reports show the doubts at the top, never only in the findings.
public struct DocumentStructure: Sendable, Hashable, Codable {
    public struct ContentsEntry: Sendable, Hashable, Codable {
        public var number: String
        public var title: String
        public var page: Int?
        public enum Kind: String, Sendable, Hashable, Codable {
            /// An entry in the form of the body's articles ("ARTICLE 12 – SENIORITY").
            case article
            /// An appendix, exhibit, letter ("Appendix A – Salary Schedule").
            case annex
            /// Another level the contents list ("Section 1 – Salary Adjustments"); not checked.
            case other
        }

        public var kind: Kind
        public var isAnnex: Bool { kind == .annex }
        /// An annex entry's kind ("SIGNATURES" lists the signature page).
        public var annexKind: AnnexKind?
        public var location: SourceLocation
        /// The path of the article (or annex) with this number and title, when there is one.
        public var matchedPath: String?

        public init(number: String, title: String, page: Int?, kind: Kind, annexKind: AnnexKind? = nil, location: SourceLocation, matchedPath: String? = nil) {
            self.annexKind = annexKind
            self.number = number
            self.title = title
            self.page = page
            self.kind = kind
            self.location = location
            self.matchedPath = matchedPath
        }
    }

    /// The article form, as an outline prints it: "ARTICLE n", "n. TITLE", "nnn", or "none".
    public var scheme: String
    public var contents: [ContentsEntry]
    /// Why the tree may be wrong, in plain words; empty when nothing is in doubt.
    public var doubts: [String]

    public init(scheme: String = "none", contents: [ContentsEntry] = [], doubts: [String] = []) {
        self.scheme = scheme
        self.contents = contents
        self.doubts = doubts
    }
}
