import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation
import Testing

/// Issue 17: what a reader did to the words (a PDF's spacing inside a word, a hyphen at a line
/// end) is no change; what an editor did is; a number after a label word is a label.
@Suite struct ReadingArtifactsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func agreement(_ text: String) -> Agreement {
        Normalizer().normalize(TextReader.read(text: text, source: "v.txt"))
    }

    static let article = """
    ARTICLE 1 RECOGNITION
    The District recognizes the Association as the exclusive representative of all teachers in the
    unit, and the parties agree that the nonassociation clause applies to Group A employees.

    ARTICLE 2 LEAVE
    Leave shall be granted as provided in the Leave Schedule for FY 04.

    """

    @Test func theSameAgreementAsPDFAndAsTextHasNoChange() throws {
        let pdf = Normalizer().normalize(try DocumentReader.read(path: Self.root.appendingPathComponent("Fixtures/pdf/yksd-agreement.pdf").path))
        let text = Normalizer().normalize(try DocumentReader.read(path: Self.root.appendingPathComponent("Fixtures/pdf/yksd-agreement.source.txt").path))
        let diff = AgreementDiff(old: pdf, new: text)
        #expect(diff.changes.isEmpty, "\(diff.changes.map { "\($0.kind) \($0.new?.path ?? $0.old?.path ?? "")" })")
        // Clause 214's table with "Gro up" seven times (its split words mended, one clause) and
        // "non-" / "retention" at a line end in 406.4.A: read, set aside, counted.
        #expect(diff.readingArtifacts == 2)
    }

    /// Issue 17, the seed pair in every pairing of formats: the ACE agreement and its edited
    /// version, each as text and as PDF (the edited PDF made as the agreement's is, by
    /// Scripts/make-fixtures), give the same changes with the same word edits, text↔text,
    /// PDF↔PDF, text↔PDF and PDF↔text. Between a text and a PDF the squeezed tables' pieces are in
    /// doubt; between two PDFs they are read alike and differ in nothing.
    @Test func theACEPairGivesTheSameChangesInEveryPairingOfFormats() throws {
        func agreement(_ path: String) throws -> Agreement {
            Normalizer().normalize(try DocumentReader.read(path: Self.root.appendingPathComponent(path).path))
        }
        let text = (old: try agreement("Fixtures/seeds/asd-ace-2003-06-agreement.txt"), new: try agreement("Fixtures/pairs/asd-ace-2003-06-edited.txt"))
        let pdf = (old: try agreement("Fixtures/pdf/ace-agreement.pdf"), new: try agreement("Fixtures/pdf/ace-edited.pdf"))
        func listed(_ diff: AgreementDiff) -> [String] {
            diff.changes.map { change in
                let edits = change.edits.map { "\($0.operation):\($0.old)>\($0.new)" }.joined(separator: " ")
                return "\(change.kind) \(change.old?.path ?? "-") \(change.new?.path ?? "-") \(edits)"
            }
        }
        let expected = listed(AgreementDiff(old: text.old, new: text.new))
        #expect(expected.count == 12)
        #expect(expected.contains { $0.hasPrefix("modified 701.A 701.A ") })
        let pdfToPDF = AgreementDiff(old: pdf.old, new: pdf.new)
        #expect(listed(pdfToPDF) == expected)
        #expect(pdfToPDF.changesInDoubt.isEmpty)
        for diff in [AgreementDiff(old: text.old, new: pdf.new), AgreementDiff(old: pdf.old, new: text.new)] {
            #expect(listed(diff) == expected)
            #expect(diff.changesInDoubt.count == 6)
        }
    }

    /// Issue 17: a PDF redline's markup is its text twin's, change for change: no table (the ACE
    /// draft's squeezed classification table and schedule, the AEA draft's salary schedules) is
    /// modified where no cell is; the ACE draft word for word too.
    @Test(arguments: ["ace-redline", "aea-redline"])
    func markupOfAPDFRedlineIsItsTextTwins(name: String) throws {
        func markup(_ path: String) throws -> AgreementDiff {
            let draft = try DocumentReader.read(path: Self.root.appendingPathComponent("Fixtures/pdf/" + path).path)
            return AgreementDiff(old: Normalizer().normalize(Redline.side(.old, of: draft)), new: Normalizer().normalize(Redline.side(.new, of: draft)))
        }
        let text = try markup("\(name).source.txt"), pdf = try markup("\(name).pdf")
        let listed = { (diff: AgreementDiff) in diff.changes.map { "\($0.kind) \($0.old?.path ?? "-") \($0.new?.path ?? "-")" } }
        #expect(listed(pdf) == listed(text))
        #expect(pdf.changes.count == (name == "ace-redline" ? 49 : 16))
        if name == "ace-redline" { #expect(pdf.changes.map(\.edits) == text.changes.map(\.edits)) }
    }

    /// The same agreement as text and as PDF: no change; the differences inside the PDF's
    /// squeezed tables (two rows of the classification table read as sections, its per-diem
    /// schedule's cells in pieces) are the six changes in doubt, on pages 22–33 of the PDF.
    @Test func theACEAgreementAsTextAndAsPDFHasNoChange() throws {
        func agreement(_ path: String) throws -> Agreement {
            Normalizer().normalize(try DocumentReader.read(path: Self.root.appendingPathComponent(path).path))
        }
        let diff = AgreementDiff(old: try agreement("Fixtures/seeds/asd-ace-2003-06-agreement.txt"), new: try agreement("Fixtures/pdf/ace-agreement.pdf"))
        #expect(diff.changes.isEmpty, "\(diff.changes.map { "\($0.kind) \($0.new?.path ?? $0.old?.path ?? "")" })")
        #expect(diff.changesInDoubt.map { "\($0.kind) \($0.old?.path ?? $0.new?.path ?? "")" }
            == ["deleted 806.B", "added 806.B", "added 806.E", "added 806.W", "added 806.E~2", "modified 807"])
        #expect(diff.squeezedPages.old.isEmpty && diff.squeezedPages.new == Array(22...33))
        #expect(diff.changesInDoubtNote?.contains("the new version's pages 22–33") == true)
    }

    @Test func spacingInsideAWordIsNoChange() {
        let spaced = Self.article.replacingOccurrences(of: "Group A", with: "Gro up A")
        let diff = AgreementDiff(old: Self.agreement(spaced), new: Self.agreement(Self.article))
        #expect(diff.changes.isEmpty)
        #expect(diff.readingArtifacts == 1)
    }

    @Test func aHyphenJoinedAtALineEndIsNoChangeButAnEditorsHyphenIs() {
        // The old version broke "non-" / "association" at a line end; the new prints it whole.
        let broken = Self.article.replacingOccurrences(of: "the parties agree that the nonassociation clause",
                                                       with: "the parties agree that the non-\nassociation clause")
        let hyphenated = Self.article.replacingOccurrences(of: "nonassociation", with: "non-association")
        #expect(AgreementDiff(old: Self.agreement(broken), new: Self.agreement(hyphenated)).changes.isEmpty)
        // No line end in either version: an editor added the hyphen, and that is shown.
        let edited = AgreementDiff(old: Self.agreement(Self.article), new: Self.agreement(hyphenated))
        #expect(edited.changes.map(\.kind) == [.modified])
        #expect(edited.readingArtifacts == 0)
    }

    @Test func aFiscalYearIsALabelNotANumberThatRose() throws {
        let next = Self.article.replacingOccurrences(of: "FY 04", with: "FY 05")
        let diff = AgreementDiff(old: Self.agreement(Self.article), new: Self.agreement(next))
        let change = try #require(diff.changes.first)
        #expect(change.kind == .modified)
        #expect(change.facts.isEmpty, "\(change.facts)")
        let money = try #require(WordDiff.edits(old: "$525", new: "$575").first)
        #expect(NumericFact.facts(in: money, after: "Step").map(\.unit) == [.money], "an amount stays a fact after any word")
    }
}
