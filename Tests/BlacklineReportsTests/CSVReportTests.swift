import BlacklineDiffer
import BlacklineGrids
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import BlacklineReports
import Testing

/// The CSV reports of diff, markup, verify and audit: one row per change or finding, read back
/// field for field.
@Suite struct CSVReportTests {
    @Test func fieldsAreQuotedAndFormulasDefused() {
        let line = CSV.line(["a,b", "say \"ten\"", "=SUM(A1:A9)", "@cmd", "-A1", "+B2", "-525", "+2.00%", "-$3", "two\nlines", "-"])
        #expect(line == "\"a,b\",\"say \"\"ten\"\"\",'=SUM(A1:A9),'@cmd,'-A1,'+B2,-525,+2.00%,-$3,\"two\nlines\",-")
        #expect(CSV.records(line + "\nx,y\n") == [
            ["a,b", "say \"ten\"", "'=SUM(A1:A9)", "'@cmd", "'-A1", "'+B2", "-525", "+2.00%", "-$3", "two\nlines", "-"],
            ["x", "y"],
        ])
    }

    @Test func everyChangeOfTheACEPairIsARow() throws {
        let (_, _, diff, _) = try RedlineCase.all[1].load()
        let records = CSV.records(DiffCSV.render(diff))
        #expect(records.first == DiffCSV.header)
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(DiffCSV.header, $0)) }
        #expect(rows.count == diff.changes.count)
        #expect(rows.map { $0["Kind"] } == diff.changes.map(\.kind.rawValue))
        let money = try #require(rows.first { $0["New path"] == "701.A" })
        #expect(money["Article"] == "701" && money["Kind"] == "modified")
        #expect(money["Deleted"] == "$525" && money["Inserted"] == "$575")
        #expect(money["Amounts"] == "money $525 → $575 (+9.52%)")
        // A deleted article's sections go with it, and so do their words.
        let deleted = try #require(rows.first { $0["Kind"] == "deleted" && $0["Old path"] == "204" })
        #expect(deleted["Old title"] == "PRINTING AND DISTRIBUTION")
        #expect(deleted["Deleted"]?.hasPrefix("A. There shall be two signed copies") == true)
        #expect(deleted["Deleted"]?.hasSuffix("30% of the current ACE membership.") == true)
        let moved = try #require(rows.first { $0["Kind"] == "moved" })
        #expect(moved["Old path"] == "512" && moved["New path"] == "519")
    }

    /// The ACE agreement as text against its PDF: no change row; the six differences inside the
    /// PDF's squeezed tables come last, each kind marked "in doubt".
    @Test func changesInDoubtAreRowsOfTheirOwnKind() throws {
        let text = Normalizer().normalize(try DocumentReader.read(path: Package.fixture("seeds/asd-ace-2003-06-agreement.txt")))
        let pdf = Normalizer().normalize(try DocumentReader.read(path: Package.fixture("pdf/ace-agreement.pdf")))
        let rows = CSV.records(DiffCSV.render(AgreementDiff(old: text, new: pdf))).dropFirst()
        #expect(rows.map { $0[1] } == ["deleted in doubt", "added in doubt", "added in doubt", "added in doubt", "added in doubt", "modified in doubt"])
        #expect(rows.map { $0[4] } == ["", "806.B", "806.E", "806.W", "806.E~2", "807"])
    }

    @Test func verifyRowsNameWhatTheMarkupDoesNotShow() throws {
        let draft = try DocumentReader.read(path: Package.fixture("docx/small-tracked.docx"))
        let normalizer = Normalizer()
        let undone = normalizer.normalize(Redline.side(.old, of: draft)), accepted = normalizer.normalize(Redline.side(.new, of: draft))
        // Against the new text instead of the old, every marked change is an unmarked one.
        let wrongBase = normalizer.normalize(try DocumentReader.read(path: Package.fixture("pairs/small-new.txt")))
        let verification = Redline.Verification(unmarkedAgainstOld: AgreementDiff(old: wrongBase, new: undone).changes,
                                                unmarkedAgainstFinal: [], marked: AgreementDiff(old: undone, new: accepted).changes.count)
        let records = CSV.records(DiffCSV.render(verification))
        #expect(records.first == DiffCSV.verifyHeader)
        #expect(records.count == verification.unmarkedAgainstOld.count + 1)
        #expect(records.count > 2)
        #expect(records.dropFirst().allSatisfy { $0[0] == "old" && !$0[2].isEmpty })
        let reference = try #require(records.first { $0[2] == "101" })
        #expect(reference[3] == "fifteen (15)" && reference[4] == "thirty (30)")
    }

    @Test func auditRowsPutTheYKSDErrorsFirst() throws {
        let agreement = Normalizer().normalize(try DocumentReader.read(path: Package.fixture("seeds/yksd-myea-2004-07-agreement.txt")))
        let grids = GridExtractor.grids(in: agreement).grids
        let audit = GridAuditor.audit(grids, in: agreement)
        let records = CSV.records(AuditCSV.render(audit))
        #expect(records.first == AuditCSV.header)
        #expect(records.count == audit.findings.count + 1)
        let errors = records.dropFirst().prefix { $0[0] == "error" }
        #expect(errors.map { Array($0[1...6]) } == [
            ["2006 - 2007 @ 192 Days", "12", "BA + 54/MA + 18", "62187", "62203", "-16"],
            ["2006 - 2007 @ 194 Days", "12", "BA + 54/MA + 18", "62835", "62851", "-16"],
        ])
        #expect(records.dropFirst(3).allSatisfy { $0[0] != "error" })
    }
}
