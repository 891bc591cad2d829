import BlacklineDiffer
import BlacklineModel

/// The body of the HTML redline: the new agreement in clause order with every change in its
/// place. Deleted clauses and the old places of moved ones are laid between the new clauses
/// by their `position`, at the depth they had, so a deleted section stays inside its article.
struct RedlineBody {
    /// One article (or chapter, front matter, deleted article) in the summary table.
    struct Row {
        var id: String
        var heading: String
        var counts: [ClauseChange.Kind: Int] = [:]
        var total: Int { counts.values.reduce(0, +) }
    }

    private struct Interstitial {
        var position: Double
        var depth: Int
        var change: Int
        var isMoveSource: Bool
    }

    private let changes: [ClauseChange]
    private let notes: AuditNotes
    private let oldClauses: [String: (clause: Clause, depth: Int)]
    private var inPlace: [Int: [Int]] = [:]
    private var pending: [Interstitial] = []
    private var newIDs: [String] = []
    private var sourceIDs: [Int: String] = [:]
    private var nextIndex = 0
    private var rowStack: [Int] = []
    private(set) var rows: [Row] = []
    /// The element id that shows each change (a retitled and modified clause is one element).
    private(set) var anchors: [Int: String] = [:]
    /// Change numbers in the order their elements appear on the page, and the row (article)
    /// each falls in: what the change navigator lists.
    private(set) var order: [Int] = []
    private(set) var changeRows: [Int: Int] = [:]

    init(diff: AgreementDiff, old: Agreement, new: Agreement, notes: AuditNotes = .none) {
        changes = diff.changes
        self.notes = notes
        var oldClauses: [String: (Clause, Int)] = [:]
        func index(_ clause: Clause, depth: Int) {
            if oldClauses[clause.path] == nil { oldClauses[clause.path] = (clause, depth) }
            for child in clause.children { index(child, depth: depth + 1) }
        }
        for clause in old.clauses { index(clause, depth: 0) }
        self.oldClauses = oldClauses

        var used = Set<String>()
        func unique(_ id: String) -> String {
            var candidate = id, suffix = 2
            while !used.insert(candidate).inserted { candidate = "\(id)-\(suffix)"; suffix += 1 }
            return candidate
        }
        newIDs = new.clauses.flatMap(\.subtree).map { unique(HTMLText.id("c", $0.path)) }
        for (number, change) in changes.enumerated() {
            if change.kind == .deleted || change.kind == .moved, let path = change.old?.path {
                sourceIDs[number] = unique(HTMLText.id("old", path))
            }
            if change.kind == .deleted, let path = change.old?.path {
                pending.append(Interstitial(position: change.position, depth: oldClauses[path]?.1 ?? 0, change: number, isMoveSource: false))
            } else if change.kind == .moved, let source = change.sourcePosition, let path = change.old?.path {
                pending.append(Interstitial(position: source, depth: oldClauses[path]?.1 ?? 0, change: number, isMoveSource: true))
                inPlace[Int(change.position), default: []].append(number)
            } else {
                inPlace[Int(change.position), default: []].append(number)
            }
        }
        pending = pending.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element)
    }

    mutating func render(_ agreement: Agreement) -> String {
        var html = agreement.clauses.map { walk($0, depth: 0, within: .same) }.joined()
        html += flush(upTo: .infinity, minDepth: 0)
        return html
    }

    private static func isUnit(_ kind: Clause.Kind, depth: Int) -> Bool {
        kind == .article || depth == 0 && kind != .chapter
    }

    private mutating func walk(_ clause: Clause, depth: Int, within: RedlineText.Kind) -> String {
        let index = nextIndex
        nextIndex += 1
        var html = flush(upTo: Double(index) - 0.5, minDepth: depth)
        let numbers = (inPlace[index] ?? []).filter { changes[$0].new?.path == clause.path }
        let here = numbers.map { changes[$0] }
        let isAdded = here.contains { $0.kind == .added }
        let wholly: RedlineText.Kind = within == .inserted || isAdded ? .inserted : .same
        let isUnit = Self.isUnit(clause.kind, depth: depth)
        if isUnit || clause.kind == .chapter { openRow(id: newIDs[index], clause: clause) }
        for number in numbers { count(number) }
        for number in numbers { anchors[number] = "change-\(numbers[0])" }
        order += numbers

        let partner = here.compactMap { $0.old.flatMap { oldClauses[$0.path]?.clause } }.first
        let own = ClauseHTML(clause: clause, oldClause: partner, changes: here, wholly: wholly, toggle: isUnit, notes: notes).render()
        var children = clause.children.map { walk($0, depth: depth + 1, within: wholly) }.joined()
        children += flush(upTo: Double(nextIndex - 1) + 0.5, minDepth: depth + 1)

        var body: String
        if isAdded, let first = numbers.first {
            body = "<div class=\"change added\" data-kind=\"added\" id=\"change-\(first)\" data-change=\"\(first)\" tabindex=\"-1\">"
                + "<div class=\"own\">" + Self.kindBadge("added") + own + "</div>\n" + children + "</div>\n"
        } else if here.isEmpty {
            // Inside an added clause everything is part of that one change.
            let kind = wholly == .inserted ? "" : " data-kind=\"unchanged\""
            body = "<div class=\"own\"\(kind)>" + own + "</div>\n" + children
        } else {
            let kinds = ClauseChange.Kind.allCases.filter { kind in here.contains { $0.kind == kind } }.map(\.rawValue)
            body = "<div class=\"own change \(kinds.joined(separator: " "))\" data-kind=\"\(kinds.joined(separator: " "))\" id=\"change-\(numbers[0])\" data-change=\"\(numbers.map(String.init).joined(separator: " "))\" tabindex=\"-1\">"
                // A renumbered item's "2. → 3." label says it all; a badge on each of a run of
                // shifted items would flood the page.
                + (kinds == ["renumbered"] ? "" : Self.kindBadge(kinds.joined(separator: ", "))) + moveNote(here, numbers: numbers) + own + "</div>\n" + children
        }
        // A clause with no change in it, nor in its subtree, is what the changes-only view
        // hides (only change elements carry tabindex="-1"; escaped contract text cannot).
        let quiet = here.isEmpty && wholly == .same && !children.contains("tabindex=\"-1\"") && !body.contains(" flagged ")
        let changed = isUnit ? rows[rowStack.last ?? 0].total : 0
        if isUnit || clause.kind == .chapter { rowStack.removeLast() }
        // An article with a grid cell the audit flags stays open too.
        let flagged = isUnit && body.contains(" flagged ") ? "\" data-flagged=\"1" : ""
        let unitAttributes = isUnit ? " unit\" data-changes=\"\(changed)\(flagged)" : ""
        let quietClass = quiet ? " unchanged-tree" : ""
        html += "<div class=\"clause \(clause.kind.rawValue)\(quietClass)\(unitAttributes)\" id=\"\(newIDs[index])\">\n" + body + "</div>\n"
        return html
    }

    /// Deleted clauses and moved clauses' old places that fall before `position`, at `minDepth`
    /// or deeper; shallower ones wait for a shallower place.
    private mutating func flush(upTo position: Double, minDepth: Int) -> String {
        var html = ""
        var kept: [Interstitial] = []
        for item in pending {
            guard item.position <= position, item.depth >= minDepth else { kept.append(item); continue }
            html += item.isMoveSource ? moveSource(item.change) : deleted(item.change, depth: item.depth)
        }
        pending = kept
        return html
    }

    private mutating func deleted(_ number: Int, depth: Int) -> String {
        guard let path = changes[number].old?.path, let clause = oldClauses[path]?.clause else { return "" }
        let isUnit = Self.isUnit(clause.kind, depth: depth)
        if isUnit { openRow(id: sourceIDs[number] ?? "", clause: clause) }
        count(number)
        anchors[number] = "change-\(number)"
        order.append(number)
        if isUnit { rowStack.removeLast() }
        let content = Self.deletedSubtree(clause, toggle: isUnit)
        let unit = isUnit ? " unit\" data-changes=\"1" : ""
        return "<div class=\"clause \(clause.kind.rawValue)\(unit)\" id=\"\(sourceIDs[number] ?? "")\">\n"
            + "<div class=\"change deleted\" data-kind=\"deleted\" id=\"change-\(number)\" data-change=\"\(number)\" tabindex=\"-1\">"
            + "<div class=\"own\">" + Self.kindBadge("deleted") + content + "</div></div>\n</div>\n"
    }

    private static func deletedSubtree(_ clause: Clause, toggle: Bool) -> String {
        let own = ClauseHTML(clause: clause, oldClause: nil, changes: [], wholly: .deleted, toggle: toggle).render()
        return own + clause.children.map { "<div class=\"clause \($0.kind.rawValue)\">" + deletedSubtree($0, toggle: false) + "</div>\n" }.joined()
    }

    private func moveSource(_ number: Int) -> String {
        let change = changes[number]
        guard let old = change.old, let new = change.new else { return "" }
        let target = change.position.isFinite ? newIDs[Int(change.position)] : ""
        return "<div class=\"stub change moved-away\" data-kind=\"moved\" id=\"\(sourceIDs[number] ?? "")\" tabindex=\"-1\">"
            + Self.kindBadge("moved") + "<span class=\"label\">\(HTMLText.escape(Self.describe(old)))</span> moved to "
            + "<a href=\"#\(target)\">\(HTMLText.escape(Self.describe(new)))</a></div>\n"
    }

    private func moveNote(_ here: [ClauseChange], numbers: [Int]) -> String {
        guard let index = here.firstIndex(where: { $0.kind == .moved }), let old = here[index].old else { return "" }
        return "<p class=\"move-note\">Moved from <a href=\"#\(sourceIDs[numbers[index]] ?? "")\">\(HTMLText.escape(Self.describe(old)))</a></p>\n"
    }

    static func describe(_ side: ClauseChange.Side) -> String {
        [side.path, side.title].compactMap { $0 }.joined(separator: " ")
    }

    static func kindBadge(_ text: String) -> String {
        "<span class=\"kind\">\(HTMLText.escape(text))</span>"
    }

    private mutating func openRow(id: String, clause: Clause) {
        let heading: String = switch clause.kind {
        case .frontMatter: "Front matter"
        case .tableOfContents: "Table of contents"
        case .unclassified: "Unplaced text"
        case .body: "Text"
        case .annex: clause.heading
        default: [clause.number ?? clause.label, clause.title].compactMap { $0 }.joined(separator: " ")
        }
        rows.append(Row(id: id, heading: heading))
        rowStack.append(rows.count - 1)
    }

    private mutating func count(_ number: Int) {
        guard let row = rowStack.last else { return }
        rows[row].counts[changes[number].kind, default: 0] += 1
        changeRows[number] = row
    }
}
