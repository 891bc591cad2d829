import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import BlacklineReports
import Foundation
import Testing

/// Paths into the package, found from this file so tests run from any working directory.
enum Package {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = root.appendingPathComponent("Tests/BlacklineReportsTests/Golden")

    static func fixture(_ path: String) -> String { root.appendingPathComponent("Fixtures").appendingPathComponent(path).path }
}

/// A report case: two versions (or one redline's two sides), their diff, and the page.
struct RedlineCase: CustomTestStringConvertible, Sendable {
    let name: String
    let old: String
    /// nil: `old` is a redline draft compared with itself (markup undone → accepted).
    let new: String?

    var testDescription: String { name }

    static let all = [
        RedlineCase(name: "small pair", old: "pairs/small-old.txt", new: "pairs/small-new.txt"),
        RedlineCase(name: "ACE pair", old: "seeds/asd-ace-2003-06-agreement.txt", new: "pairs/asd-ace-2003-06-edited.txt"),
        RedlineCase(name: "AEA draft markup (text)", old: "seeds/aea-2021-24-ta-draft.txt", new: nil),
        RedlineCase(name: "AEA redline markup (PDF)", old: "pdf/aea-redline.pdf", new: nil),
    ]

    func load() throws -> (old: Agreement, new: Agreement, diff: AgreementDiff, html: String) {
        let normalizer = Normalizer()
        let oldAgreement: Agreement, newAgreement: Agreement
        if let new {
            oldAgreement = normalizer.normalize(try DocumentReader.read(path: Package.fixture(old)))
            newAgreement = normalizer.normalize(try DocumentReader.read(path: Package.fixture(new)))
        } else {
            let draft = try DocumentReader.read(path: Package.fixture(old))
            oldAgreement = normalizer.normalize(Redline.side(.old, of: draft))
            newAgreement = normalizer.normalize(Redline.side(.new, of: draft))
        }
        let diff = AgreementDiff(old: oldAgreement, new: newAgreement)
        let html = HTMLRedline.render(diff, old: oldAgreement, new: newAgreement,
                                      oldSource: SourceInfo(name: (old as NSString).lastPathComponent, modified: "2026-11-22", sha256: "0"),
                                      newSource: SourceInfo(name: ((new ?? old) as NSString).lastPathComponent, modified: "2026-11-22", sha256: "0"),
                                      grids: Self.review(newAgreement))
        return (oldAgreement, newAgreement, diff, html)
    }

    /// The new version's grids and their audit, as the CLI puts them in the page.
    static func review(_ agreement: Agreement) -> HTMLRedline.GridReview {
        HTMLRedline.GridReview(auditing: agreement)
    }
}
