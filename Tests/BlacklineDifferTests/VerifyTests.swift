import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation
import Testing

/// The real TA'd draft against an "old agreement" made from the draft's own markup undone, with
/// two changes the draft would then make silently: verify must find those two and nothing else.
@Suite struct VerifyTests {
    static let draftPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/seeds/aea-2021-24-ta-draft.txt").path

    @Test func silentEditsAreFoundWithTheirPaths() throws {
        let draft = try DocumentReader.read(path: Self.draftPath)
        let undone = Redline.side(.old, of: draft)
        var oldText = undone.lines.map(\.text).joined(separator: "\n")
        // The old agreement paid $35 an hour of coverage where the draft, unmarked, says $40,
        // and gave ten days for the Article 470 form where the draft says ten working days.
        oldText = oldText.replacingOccurrences(of: "compensated at the rate of $40 per hour of coverage calculated", with: "compensated at the rate of $35 per hour of coverage calculated")
        oldText = oldText.replacingOccurrences(of: "Members shall be expected to attend one open house per year", with: "Members shall be expected to attend two open houses per year")
        let old = Normalizer().normalize(TextReader.read(text: oldText, source: "old.txt"))
        let normalizer = Normalizer()
        let unmarked = AgreementDiff(old: old, new: normalizer.normalize(undone)).changes
        #expect(unmarked.map(\.kind) == [.modified, .modified])
        #expect(unmarked.map { $0.new?.path } == ["428.F", "470.A"])
        // "open" is kept between the two word changes: it is longer than either of them.
        #expect(unmarked.flatMap(\.edits).map(\.old) == ["two", "houses", "$35"])
        #expect(unmarked.flatMap(\.edits).map(\.new) == ["one", "house", "$40"])
        let marked = AgreementDiff(old: normalizer.normalize(undone), new: normalizer.normalize(Redline.side(.new, of: draft))).changes
        #expect(marked.count == 14)
    }

    @Test func aDraftAgainstItsOwnOldSideHasNoUnmarkedChanges() throws {
        let draft = try DocumentReader.read(path: Self.draftPath)
        let undone = Normalizer().normalize(Redline.side(.old, of: draft))
        #expect(AgreementDiff(old: undone, new: undone).changes.isEmpty)
    }
}

/// Redlines of the small pair in Word (tracked changes, and a manual redline by formatting) and
/// HTML: rejecting every change gives the old version and accepting every change the new one,
/// clause for clause and word for word.
@Suite struct RedlineFormatsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func agreement(_ document: MarkedDocument) -> Agreement { Normalizer().normalize(document) }
    static func read(_ path: String) throws -> MarkedDocument { try DocumentReader.read(path: root.appendingPathComponent(path).path) }

    @Test(arguments: ["Fixtures/docx/small-tracked.docx", "Fixtures/html/small-redline.html"])
    func rejectAllGivesTheOldVersionAndAcceptAllTheNew(redline: String) throws {
        let draft = try Self.read(redline)
        let old = Self.agreement(try Self.read("Fixtures/pairs/small-old.txt"))
        let new = Self.agreement(try Self.read("Fixtures/pairs/small-new.txt"))
        let rejected = Self.agreement(Redline.side(.old, of: draft)), accepted = Self.agreement(Redline.side(.new, of: draft))
        #expect(AgreementDiff(old: old, new: rejected).changes.isEmpty)
        #expect(AgreementDiff(old: accepted, new: new).changes.isEmpty)
        let summary = AgreementDiff(old: rejected, new: accepted).summary
        #expect(summary == [.added: 1, .deleted: 1, .modified: 5, .moved: 1, .renumbered: 3, .retitled: 1])
    }
}

/// Issue 18: verify on a scanned redline. The old agreement is the vector redline's own markup
/// undone, with one planted difference: it gave notice "in person" where the draft, unmarked,
/// says "in writing". Verify of the scan (OCR, its marks read from the pixels) must find that
/// clause, and OCR's own misreadings must stay few.
@Suite struct ScannedVerifyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func aPlantedSilentEditIsFoundInAScannedRedline() throws {
        let vector = try DocumentReader.read(path: Self.root.appendingPathComponent("Fixtures/redlines/underline-legend.pdf").path)
        let oldText = Redline.side(.old, of: vector).lines.map(\.text).joined(separator: "\n")
        let planted = oldText.replacingOccurrences(of: "notify the Union in writing within", with: "notify the Union in person within")
        #expect(planted != oldText)
        let old = Normalizer().normalize(TextReader.read(text: planted, source: "old.txt"))
        let scan = try DocumentReader.read(path: Self.root.appendingPathComponent("Fixtures/scans/underline-legend.scan.pdf").path)
        let unmarked = AgreementDiff(old: old, new: Normalizer().normalize(Redline.side(.old, of: scan))).changes
        let found = unmarked.filter { change in change.edits.contains { $0.old.contains("person") && $0.new.contains("writing") } }
        #expect(found.count == 1, "\(unmarked.map { "\($0.kind) \($0.new?.path ?? $0.old?.path ?? "") \($0.edits.map { "\($0.old)>\($0.new)" })" })")
        // The rest is OCR's (measured: a stray "," or "-" in three clauses, "fourteen" read
        // "feurteen -" in a fourth): the planted one and four more at most.
        #expect(unmarked.count <= 5, "\(unmarked.map { "\($0.kind) \($0.new?.path ?? $0.old?.path ?? "") \($0.edits.map { "\($0.old)>\($0.new)" })" })")
    }
}
