import BlacklineModel

/// A clause flattened out of its tree for alignment, with what the aligner compares: its own
/// words, its whole subtree's words, its heading, and its family (articles pair with articles).
struct ClauseUnit {
    enum Family { case front, container, section }

    let clause: Clause
    let order: Int
    let parent: Int?
    let family: Family
    let ownTokens: [String]
    let subtreeKey: String

    var path: String { clause.path }
    var titleKey: String { ComparableText.normalize(clause.title ?? "").lowercased() }
    var localName: String { clause.label ?? clause.number ?? clause.title ?? "" }

    static func flatten(_ agreement: Agreement) -> [ClauseUnit] {
        var units: [ClauseUnit] = []
        func visit(_ clause: Clause, parent: Int?) {
            let index = units.count
            let family: Family = switch clause.kind {
            case .frontMatter, .tableOfContents: .front
            case .chapter, .article, .group: .container
            case .section, .unclassified: .section
            }
            let subtree = clause.textInDocumentOrder.dropFirst(clause.heading.isEmpty ? 0 : 1).joined(separator: " ")
            units.append(ClauseUnit(
                clause: clause, order: index, parent: parent, family: family,
                ownTokens: ComparableText.tokens(clause.text),
                subtreeKey: ComparableText.tokens(subtree).joined(separator: " ")
            ))
            for child in clause.children { visit(child, parent: index) }
        }
        for clause in agreement.clauses { visit(clause, parent: nil) }
        return units
    }
}

/// Text as the differ compares it: smart quotes and dashes made plain, whitespace ignored.
/// "Never changes: whitespace, line wrapping, hyphenation, page breaks, furniture, smart vs
/// straight quotes" (the tree builder already removed the rest).
enum ComparableText {
    static func normalize(_ text: String) -> String {
        String(text.map { character -> Character in
            switch character {
            case "“", "”", "„", "″": "\""
            case "‘", "’", "‚", "′": "'"
            case "–", "—", "‐", "‑": "-"
            default: character
            }
        })
    }

    static func tokens(_ text: String) -> [String] {
        Tokenizer.tokens(normalize(text)).map(String.init)
    }

    /// Dice coefficient of two token multisets: 1 for the same words, 0 for none shared.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var counts: [String: Int] = [:]
        for token in a { counts[token, default: 0] += 1 }
        var shared = 0
        for token in b where (counts[token] ?? 0) > 0 {
            counts[token, default: 0] -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
