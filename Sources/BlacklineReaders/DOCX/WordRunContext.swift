import BlacklineModel

/// The tracked change a run sits in, and how the report names it.
struct WordRunContext {
    var mark: Mark = .plain
    var evidence: String?
    /// The name Word gave a move ("move483920"), when the run was moved.
    var move: String?

    /// "insertion by Jane Negotiator, 2021-11-10".
    static func tracked(_ node: XMLNode, mark: Mark, kind: String, move: String? = nil) -> WordRunContext {
        var parts = [kind]
        if let move { parts[0] += " '\(move)'" }
        if let author = node.attribute("author"), !author.isEmpty { parts.append("by \(author)") }
        let evidence = parts.joined(separator: " ") + (node.attribute("date").map { ", " + String($0.prefix(10)) } ?? "")
        return WordRunContext(mark: mark, evidence: evidence, move: move)
    }
}

extension XMLNode {
    /// A Word on/off property: present and not "false", "0" or "off".
    var isOn: Bool {
        guard let value = attribute("val") else { return true }
        return !["false", "0", "off", "none"].contains(value.lowercased())
    }
}
