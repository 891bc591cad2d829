import BlacklineModel

/// One change between two versions of an agreement, in DESIGN.md's terms.
public struct ClauseChange: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case added, deleted, modified, moved, renumbered, retitled
    }

    /// One side of a change: the clause as it stood in that version.
    public struct Side: Sendable, Hashable, Codable {
        public var path: String
        public var number: String?
        public var title: String?
        public var text: String
        /// For an added or deleted clause, the words of the sections that went with it
        /// ("A. There shall be two signed copies… B. The District agrees…"): they are not
        /// reported as changes of their own. Nil otherwise, and when it has no sections.
        public var sectionsText: String?

        init(_ clause: Clause, withSections: Bool = false, text: String? = nil) {
            path = clause.path
            number = clause.number ?? clause.label
            title = clause.title
            self.text = text ?? clause.text
            if withSections, !clause.children.isEmpty {
                sectionsText = clause.children.flatMap(\.textInDocumentOrder).joined(separator: " ")
            }
        }
    }

    public var kind: Kind
    public var old: Side?
    public var new: Side?
    /// Word-level edits of the clause's own text (empty for added, deleted, retitled-only).
    public var edits: [WordDiff.Edit]
    /// Amounts, percentages and dates an edit changed: "$1,645 → $1,695".
    public var facts: [NumericFact]
    /// The clause was too different to diff word by word within `MyersDiff.defaultBudget`; its
    /// one edit replaces the whole text.
    public var coarse = false
    /// Where the change sits in the new version's clause order (depth-first index of the new
    /// clause; a deleted clause sits between two, at k + 0.5), so reports can lay changes out
    /// in the new document.
    public var position: Double = 0
    /// For a moved clause: where its old place falls in the new version's clause order.
    public var sourcePosition: Double?
    /// Salary grids of the clause that appeared, went or changed, each one object; their rows
    /// are not in `edits` (nor in the sides' text).
    public var grids: [GridChange] = []
}
