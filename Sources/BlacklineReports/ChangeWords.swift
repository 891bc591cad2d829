import BlacklineDiffer
import Foundation

/// What the text reports (terminal, CSV, the verify page) say of a change, in one place.
extension ClauseChange {
    /// The words a change took out and put in: an added or deleted clause's whole text, its
    /// sections' included; otherwise each edit's words, edits joined by " … ".
    var deletedAndInserted: (deleted: String, inserted: String) {
        switch kind {
        case .added: return ("", new?.wholeText ?? "")
        case .deleted: return (old?.wholeText ?? "", "")
        default:
            return (edits.map(\.old).filter { !$0.isEmpty }.joined(separator: " … "),
                    edits.map(\.new).filter { !$0.isEmpty }.joined(separator: " … "))
        }
    }
}

extension ClauseChange.Side {
    /// The clause's own words and its sections'.
    var wholeText: String {
        [text, sectionsText ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension NumericFact {
    /// "$525 → $575 (+9.52%)"; the note instead of the percentage for a number not compared.
    var change: String {
        let percent = note.map { " (\($0))" } ?? percentChange.map { String(format: " (%+.2f%%)", $0) } ?? ""
        return "\(old) → \(new)\(percent)"
    }
}
