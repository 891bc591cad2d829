import BlacklineDiffer

/// Items renumbered by one insertion or deletion above them ("605.A.2 → 605.A.3", "605.A.3 →
/// 605.A.4", …) said once: "605.A.2–7 → 605.A.3–8". A run is two or more consecutive renumbered
/// changes with nothing else to say (no edits, facts, grids or titles), each old and new label the
/// successor of the one before under the same parents. JSON and CSV keep one change per clause.
struct RenumberingRun: CustomStringConvertible {
    enum Group {
        case single(ClauseChange)
        case run(RenumberingRun)
    }

    var oldParent: String
    var newParent: String
    var oldLabels: [String]
    var newLabels: [String]

    var description: String {
        func span(_ parent: String, _ labels: [String]) -> String {
            (parent.isEmpty ? "" : parent + ".") + (labels.first ?? "") + "–" + (labels.last ?? "")
        }
        return "\(span(oldParent, oldLabels)) → \(span(newParent, newLabels))"
    }

    static func group(_ changes: [ClauseChange]) -> [Group] {
        var groups: [Group] = []
        var pending: RenumberingRun?
        var pendingChanges: [ClauseChange] = []
        func flush() {
            if let run = pending, run.oldLabels.count >= 2 {
                groups.append(.run(run))
            } else {
                groups += pendingChanges.map(Group.single)
            }
            pending = nil
            pendingChanges = []
        }
        for change in changes {
            guard let (old, new) = plainRenumbering(change) else {
                flush()
                groups.append(.single(change))
                continue
            }
            if let run = pending, run.oldParent == old.parent, run.newParent == new.parent,
               let lastOld = run.oldLabels.last, let lastNew = run.newLabels.last,
               successor(of: lastOld) == old.label, successor(of: lastNew) == new.label {
                pending?.oldLabels.append(old.label)
                pending?.newLabels.append(new.label)
            } else {
                flush()
                pending = RenumberingRun(oldParent: old.parent, newParent: new.parent, oldLabels: [old.label], newLabels: [new.label])
            }
            pendingChanges.append(change)
        }
        flush()
        return groups
    }

    /// The parent path and last label of both sides of a renumbering that says nothing else.
    static func plainRenumbering(_ change: ClauseChange) -> (old: (parent: String, label: String), new: (parent: String, label: String))? {
        guard change.kind == .renumbered, change.edits.isEmpty, change.facts.isEmpty, change.grids.isEmpty,
              let old = change.old, let new = change.new, old.title == nil, new.title == nil else { return nil }
        return (split(old.path), split(new.path))
    }

    static func split(_ path: String) -> (parent: String, label: String) {
        guard let dot = path.lastIndex(of: ".") else { return ("", path) }
        return (String(path[..<dot]), String(path[path.index(after: dot)...]))
    }

    /// "7" → "8", "C" → "D", "c" → "d"; nil for labels that do not count that way (roman
    /// numerals, "16A").
    static func successor(of label: String) -> String? {
        if let number = Int(label) { return String(number + 1) }
        guard label.count == 1, let scalar = label.unicodeScalars.first, scalar.properties.isAlphabetic,
              scalar.isASCII, scalar != "z", scalar != "Z" else { return nil }
        return Unicode.Scalar(scalar.value + 1).map { String(Character($0)) }
    }
}
