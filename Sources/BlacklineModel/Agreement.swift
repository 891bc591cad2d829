/// One document, normalized: its clause tree and everything that was set aside on the way.
public struct Agreement: Sendable, Hashable, Codable {
    public var source: String
    public var format: DocumentFormat
    /// Top-level clauses in document order: front matter, chapters, articles.
    public var clauses: [Clause]
    public var furniture: [FurnitureLine]
    public var relocations: [Relocation]
    public var findings: [Finding]
    public var structure = DocumentStructure()
    /// Words made by joining a word hyphenated at a line end, as joined ("nonassociation" or
    /// "non-association", lowercased): a hyphen another version prints differently there is
    /// how the line broke, not an edit.
    public var lineEndJoins: Set<String> = []

    public init(
        source: String, format: DocumentFormat, clauses: [Clause], furniture: [FurnitureLine] = [],
        relocations: [Relocation] = [], findings: [Finding] = []
    ) {
        self.source = source
        self.format = format
        self.clauses = clauses
        self.furniture = furniture
        self.relocations = relocations
        self.findings = findings
    }

    /// Every article, chapters opened up, in document order.
    public var articles: [Clause] {
        clauses.flatMap { clause -> [Clause] in
            switch clause.kind {
            case .article: [clause]
            case .chapter: clause.children.filter { $0.kind == .article }
            default: []
            }
        }
    }

    public var chapters: [Clause] { clauses.filter { $0.kind == .chapter } }

    /// Appendices, exhibits, letters… in document order, letters inside a collecting appendix included.
    public var annexes: [Clause] {
        clauses.filter { $0.kind == .annex }.flatMap { annex in [annex] + annex.children.filter { $0.kind == .annex } }
    }

    /// Whether the document has any words at all (a letter without headings still does).
    public var hasText: Bool {
        clauses.contains { !$0.text.isEmpty || !$0.children.isEmpty }
    }

    /// The clause at an address ("205.A.1"), wherever it sits.
    public func clause(at path: String) -> Clause? {
        for clause in clauses {
            if let found = clause.clause(at: path) { return found }
        }
        return nil
    }
}
