import BlacklineModel

/// Decides where a labeled clause goes. Agreements nest label styles in their own orders, so the
/// stack remembers which style opened each level: a label continuing an open level's sequence
/// ("C" after "B") closes everything below that level; a label that starts a sequence ("1", "A",
/// "a") opens a level under the current clause; anything else is placed at the nearest level of
/// its style and reported.
struct LabelStack {
    private(set) var open: [NodeBuilder] = []

    enum Placement: Equatable {
        /// Sibling of the open node at this depth (everything from that depth is closed).
        case sibling(depth: Int)
        /// Child of the deepest open node (or of the container when nothing is open).
        case child
    }

    struct Decision: Equatable {
        var placement: Placement
        /// Set when the label does not follow its sequence.
        var irregularity: String?
    }

    mutating func reset() { open.removeAll() }

    var deepest: NodeBuilder? { open.last }

    func decide(style: LabelStyle, ordinal: Int) -> Decision {
        let depths = open.indices.reversed().filter { open[$0].labelStyle == style }
        if let depth = depths.first(where: { open[$0].ordinal + 1 == ordinal }) {
            return Decision(placement: .sibling(depth: depth))
        }
        if ordinal == 1 { return Decision(placement: .child) }
        if let depth = depths.first(where: { open[$0].ordinal < ordinal }) {
            let previous = open[depth].label ?? "?"
            return Decision(placement: .sibling(depth: depth), irregularity: "skips from '\(previous)'")
        }
        if let depth = depths.first {
            let previous = open[depth].label ?? "?"
            return Decision(placement: .sibling(depth: depth), irregularity: "comes after '\(previous)'")
        }
        return Decision(placement: .child, irregularity: "starts a list instead of '\(style.render(style.first))'")
    }

    /// Applies a decision: returns the parent the new node goes under (nil: the container).
    mutating func place(_ node: NodeBuilder, _ decision: Decision) -> NodeBuilder? {
        switch decision.placement {
        case .sibling(let depth):
            open.removeSubrange(depth...)
        case .child:
            break
        }
        let parent = open.last
        open.append(node)
        return parent
    }
}
