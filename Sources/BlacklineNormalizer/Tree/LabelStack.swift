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
        /// Child of the open node at this depth (everything below it is closed); -1: the container.
        case under(depth: Int)
    }

    struct Decision: Equatable {
        var placement: Placement
        /// Set when the label does not follow its sequence.
        var irregularity: String?
    }

    mutating func reset() { open.removeAll() }

    var deepest: NodeBuilder? { open.last }

    /// Real agreements nest labels six or seven deep (section, A, 1, a, (1), (a), (i)); a list that
    /// restarts at "A." over and over (a document pasted into itself, a generated file) would
    /// otherwise nest without end, and every walk of the tree with it.
    static let deepestLevel = 16

    func decide(style: LabelStyle, ordinal: Int, label: String = "") -> Decision {
        let decision = decideUnbounded(style: style, ordinal: ordinal, label: label)
        guard decision.placement == .child, open.count >= Self.deepestLevel else { return decision }
        return Decision(placement: .sibling(depth: open.count - 1),
                        irregularity: "would nest deeper than \(Self.deepestLevel) levels; kept at level \(Self.deepestLevel)")
    }

    private func decideUnbounded(style: LabelStyle, ordinal: Int, label: String) -> Decision {
        if style == .outline { return decideOutline(label) }
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
        case .under(let depth):
            open.removeSubrange((depth + 1)...)
        }
        let parent = open.last
        open.append(node)
        return parent
    }

    /// Outline labels nest by their numbers: "4.2.1" under the open "4.2", "4.3" beside "4.2".
    private func decideOutline(_ label: String) -> Decision {
        let parts = LabelStyle.outlineComponents(label)
        let parent = parts.dropLast().joined(separator: ".")
        let outlineDepths = open.indices.filter { open[$0].labelStyle == .outline }
        if let depth = outlineDepths.last(where: { Self.normalizedOutline(open[$0].label) == parent }) {
            return Decision(placement: .under(depth: depth))
        }
        if let depth = outlineDepths.last(where: { LabelStyle.outlineDepth(open[$0].label ?? "") == parts.count }) {
            let previous = open[depth].label ?? "?"
            let continues = LabelStyle.outline.ordinal(of: previous).map { $0 + 1 == LabelStyle.outline.ordinal(of: label) } ?? false
            return Decision(placement: .sibling(depth: depth), irregularity: continues ? nil : "comes after '\(previous)'")
        }
        if let first = outlineDepths.first { return Decision(placement: .under(depth: first - 1)) }
        return Decision(placement: .child)
    }

    /// "1:01" and "1.01" name the same place.
    static func normalizedOutline(_ label: String?) -> String {
        LabelStyle.outlineComponents(label ?? "").joined(separator: ".")
    }

    /// Whether "(i)", read as a letter, is the Roman numeral one: no open "(h)" for it to follow.
    func readsAsRoman(_ label: String, letters: LabelStyle, numerals: LabelStyle) -> Bool {
        guard let roman = LabelStyle.ordinalOfRoman(label) else { return false }
        let letter = letters.ordinal(of: letters == .upperLetter ? label.uppercased() : label) ?? 0
        if open.contains(where: { $0.labelStyle == letters && $0.ordinal + 1 == letter }) { return false }
        return roman == 1 || open.contains { $0.labelStyle == numerals && $0.ordinal + 1 == roman }
    }
}
