extension Clause {
    /// This clause and all its descendants, depth first, in document order.
    public var subtree: [Clause] {
        [self] + children.flatMap(\.subtree)
    }

    /// The descendant (or self) at a clause address.
    public func clause(at path: String) -> Clause? {
        if self.path == path { return self }
        for child in children {
            if let found = child.clause(at: path) { return found }
        }
        return nil
    }

    /// Every piece of text the clause holds, in document order: heading parts, then its blocks,
    /// then its children. The words-preserved checks read this.
    public var textInDocumentOrder: [String] {
        var pieces: [String] = []
        if !heading.isEmpty { pieces.append(heading) }
        pieces += blocks.map(\.text)
        for child in children { pieces += child.textInDocumentOrder }
        return pieces
    }
}
