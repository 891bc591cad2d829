import BlacklineDiffer
import BlacklineModel

/// `verify --format html`: the redline page of the draft's markup undone against the agreement it
/// amends, so every change on it is one the markup does not show; with a final text, the changes
/// the accepted draft makes beyond it are listed under the documents.
public enum VerifyHTML {
    public static func render(_ verification: Redline.Verification, against old: Agreement, undone: Agreement,
                              oldSource: SourceInfo, draftSource: SourceInfo, finalSource: SourceInfo?) -> String {
        let diff = AgreementDiff(old: old, new: undone)
        return HTMLRedline.render(diff, old: old, new: undone, oldSource: oldSource, newSource: draftSource,
                                  title: "Unmarked changes: \(draftSource.name) against \(oldSource.name)",
                                  lead: lead(verification, finalSource: finalSource))
    }

    static func lead(_ verification: Redline.Verification, finalSource: SourceInfo?) -> String {
        let marked = verification.marked, unmarked = verification.unmarkedAgainstOld.count
        var html = "<div class=\"verify-lead\" role=\"note\" aria-label=\"what was checked\">\n"
        html += "<p>Undoing the draft's markup must give the agreement it amends word for word. "
        html += unmarked == 0
            ? "It does: the draft makes no change its markup does not show."
            : "It does not: the \(unmarked) change\(unmarked == 1 ? "" : "s") on this page \(unmarked == 1 ? "is" : "are") in the draft without being marked."
        html += " The markup itself shows \(marked) change\(marked == 1 ? "" : "s").</p>\n"
        if let finalSource {
            let name = HTMLText.escape(finalSource.name)
            let changes = verification.unmarkedAgainstFinal
            if changes.isEmpty {
                html += "<p>Accepting the markup gives the final text (\(name)) word for word.</p>\n"
            } else {
                html += "<h2 class=\"section-title\">Against the final text (\(name))</h2>\n"
                html += "<p>Accepting the markup does not give the final text: \(changes.count) difference\(changes.count == 1 ? "" : "s").</p>\n<ul class=\"unmarked-final\">\n"
                for change in changes { html += "<li>" + item(change) + "</li>\n" }
                html += "</ul>\n"
            }
        }
        return html + "</div>\n"
    }

    /// "modified 205.A: <del>$1,645</del> <ins>$1,695</ins>".
    static func item(_ change: ClauseChange) -> String {
        let path = change.new?.path ?? change.old?.path ?? ""
        let (deleted, inserted) = change.deletedAndInserted
        var html = "<span class=\"tag \(change.kind.rawValue)\">\(change.kind.rawValue)</span> <code>\(HTMLText.escape(path))</code>"
        if !deleted.isEmpty { html += " <del>\(HTMLText.escape(Clause.excerpt(deleted, excerptLength)))</del>" }
        if !inserted.isEmpty { html += " <ins>\(HTMLText.escape(Clause.excerpt(inserted, excerptLength)))</ins>" }
        return html
    }

    static let excerptLength = 300
}
