import BlacklineDiffer
import Foundation

/// `diff` and `markup --format csv`: one row per change, for the team's spreadsheet or tracking
/// sheet of TA'd items. `verify --format csv`: one row per unmarked change.
///
///     Article,Kind,Old path,Old title,New path,New title,Deleted,Inserted,Amounts,Coarse
///     701,modified,701.A,,701.A,,$525,$575,money $525 → $575 (+9.52%),
///
/// Deleted and Inserted hold the words each edit removed and put in, edits joined by " … "; an
/// added or deleted clause has its whole text there, its sections' included.
public enum DiffCSV {
    public static let header = ["Article", "Kind", "Old path", "Old title", "New path", "New title", "Deleted", "Inserted", "Amounts", "Coarse"]
    public static let verifyHeader = ["Against", "Kind", "Path", "Old", "New"]

    public static func render(_ diff: AgreementDiff) -> String {
        ([header] + diff.changes.map(row)).map(CSV.line).joined(separator: "\n") + "\n"
    }

    public static func render(_ verification: Redline.Verification) -> String {
        let rows = verification.unmarkedAgainstOld.map { verifyRow($0, against: "old") }
            + verification.unmarkedAgainstFinal.map { verifyRow($0, against: "final") }
        return ([verifyHeader] + rows).map(CSV.line).joined(separator: "\n") + "\n"
    }

    static func row(_ change: ClauseChange) -> [String] {
        let (deleted, inserted) = words(change)
        let path = change.new?.path ?? change.old?.path ?? ""
        return [
            String(path.prefix { $0 != "." }), change.kind.rawValue,
            change.old?.path ?? "", change.old?.title ?? "", change.new?.path ?? "", change.new?.title ?? "",
            deleted, inserted, change.facts.map(describe).joined(separator: "; "), change.coarse ? "coarse" : "",
        ]
    }

    static func verifyRow(_ change: ClauseChange, against: String) -> [String] {
        let (deleted, inserted) = words(change)
        return [against, change.kind.rawValue, change.new?.path ?? change.old?.path ?? "", deleted, inserted]
    }

    static func words(_ change: ClauseChange) -> (deleted: String, inserted: String) {
        switch change.kind {
        case .added: return ("", change.new.map(wholeText) ?? "")
        case .deleted: return (change.old.map(wholeText) ?? "", "")
        default:
            return (change.edits.map(\.old).filter { !$0.isEmpty }.joined(separator: " … "),
                    change.edits.map(\.new).filter { !$0.isEmpty }.joined(separator: " … "))
        }
    }

    /// An added or deleted clause's own words and its sections'.
    static func wholeText(_ side: ClauseChange.Side) -> String {
        [side.text, side.sectionsText ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "money $525 → $575 (+9.52%)", as the terminal report writes a fact.
    static func describe(_ fact: NumericFact) -> String {
        let percent = fact.percentChange.map { String(format: " (%+.2f%%)", $0) } ?? ""
        return "\(fact.unit.rawValue) \(fact.old) → \(fact.new)\(percent)"
    }
}
