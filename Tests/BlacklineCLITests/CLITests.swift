import Foundation
import Testing

/// The `blackline` executable as a user runs it: exit codes, one-line errors, reports on stdout
/// or written whole to a file.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary SwiftPM built beside this test bundle.
    static var executable: URL {
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        let beside = runner.deletingLastPathComponent().appendingPathComponent("blackline")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/blackline")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let run = try WatchedRun.run(arguments)
        return Run(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blackline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func parsePrintsTheOutline() throws {
        let result = try run(["parse", "Fixtures/seeds/asd-ace-2003-06-agreement.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("chapter 200 STATUS OF AGREEMENT\n  201 INTENT"))
        #expect(result.stderr.isEmpty)
    }

    @Test func parseJSONFollowsTheContract() throws {
        let result = try run(["parse", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["source"] as? String == "Fixtures/seeds/yksd-myea-2004-07-agreement.txt")
        #expect(json["grids"] is [Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.count == 45)
        let reduction = try #require(articles.first { $0["number"] as? String == "406" })
        #expect(reduction["title"] as? String == "REDUCTION IN FORCE")
        #expect(reduction["path"] as? String == "406")
        let definitions = try #require((reduction["children"] as? [[String: Any]])?.first { $0["path"] as? String == "406.2" })
        let layoff = try #require((definitions["children"] as? [[String: Any]])?.first { $0["label"] as? String == "B" })
        #expect(layoff["path"] as? String == "406.2.B")
        #expect((layoff["text"] as? String)?.hasPrefix("Layoff means") == true)
        #expect(layoff["children"] is [Any])
    }

    @Test func jsonIsDeterministic() throws {
        let first = try run(["parse", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "--format", "json"])
        let second = try run(["parse", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "--format", "json"])
        #expect(first.stdout == second.stdout)
    }

    @Test(arguments: [
        ("missing.txt", "no such file"),
        ("Fixtures", "no .pdf, .txt, .docx or .html files in this folder"),
    ])
    func badInputExitsTwoWithOneLine(path: String, problem: String) throws {
        let result = try run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("blackline: \(path): "))
        #expect(result.stderr.contains(problem))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    /// A document without numbered headings (a letter, an MOU, here a news story) is read as one
    /// body of paragraphs and says so; only what is not a document is refused.
    @Test func documentWithoutHeadingsIsReadAsOneBody() throws {
        let result = try run(["parse", "Fixtures/seeds/news-aea-rejects-ta-2018.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("numbering: none"))
        #expect(result.stdout.contains("body (no heading scheme)"))
        #expect(result.stdout.contains("no numbered headings form a sequence"))
        let whitespace = try scratchFolder().appendingPathComponent("blank.txt")
        try Data("   \n\n\t\n".utf8).write(to: whitespace)
        let blank = try run(["parse", whitespace.path])
        #expect(blank.status == 2)
        #expect(blank.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func emptyBinaryAndPDFFilesAreRefusedClearly() throws {
        let folder = try scratchFolder()
        let cases: [(String, [UInt8], String)] = [
            ("empty.txt", [], "is empty"),
            ("junk.docx", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F], "binary data"),
            ("draft.pdf", Array("%PDF-1.7\n%âãÏÓ\n".utf8), "is damaged or truncated"),
            ("draft.docx", Array("PK\u{3}\u{4}\u{14}\u{0}".utf8), "is damaged or truncated (not a readable zip archive)"),
        ]
        for (name, bytes, problem) in cases {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let result = try run(["parse", path])
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.contains("\(path): "), "\(name)")
            #expect(result.stderr.contains(problem), "\(name): \(result.stderr)")
        }
    }

    @Test(arguments: [
        ("encrypted-user.pdf", "is encrypted with a password"),
        ("truncated.pdf", "is damaged or truncated"),
        ("zero-pages.pdf", "has no pages"),
        // One blank image: OCR runs and finds nothing (`--no-ocr` refuses it before: ScannedPDFCLITests).
        ("scanned.pdf", "has no text layer, and OCR found no words on its only page"),
    ])
    func brokenPDFsAreRefusedWithOneLine(name: String, problem: String) throws {
        let path = "Fixtures/pdf/\(name)"
        let result = try run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("blackline: \(path): \(problem)"), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test func pdfWithOnlyAnOwnerPasswordIsRead() throws {
        let result = try run(["parse", "Fixtures/pdf/encrypted-owner.pdf"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("chapter 200 STATUS OF AGREEMENT"))
        #expect(result.stderr.isEmpty)
    }

    @Test func markedFormatShowsTheRedlineAsRead() throws {
        let result = try run(["parse", "Fixtures/pdf/aea-redline.pdf", "--format", "marked"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("provide up to [-six-] eight years"))
        #expect(result.stdout.contains("{+B90+}"))
    }

    @Test func usageErrorsExitTwo() throws {
        let missing = try run(["parse"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Missing expected argument"))
        let format = try run(["parse", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "--format", "pdf"])
        #expect(format.status == 2)
        let help = try run(["parse", "--help"])
        #expect(help.status == 0)
    }

    @Test func outputFileIsWrittenWholeOrNotAtAll() throws {
        let folder = try scratchFolder()
        let report = folder.appendingPathComponent("tree.json").path
        let good = try run(["parse", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "--format", "json", "-o", report])
        #expect(good.status == 0)
        #expect(good.stdout.isEmpty)
        let written = try Data(contentsOf: URL(fileURLWithPath: report))
        #expect((try JSONSerialization.jsonObject(with: written) as? [String: Any])?["source"] != nil)

        let again = try run(["parse", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "--format", "outline", "-o", report])
        #expect(again.status == 0, "an existing report is replaced: \(again.stderr)")
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("source: "))

        let failed = folder.appendingPathComponent("failed.json").path
        let bad = try run(["parse", "missing.txt", "-o", failed])
        #expect(bad.status == 2)
        #expect(!FileManager.default.fileExists(atPath: failed))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tree.json"])
        let missingFolder = try run(["parse", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "-o", folder.path + "/no/such/folder/x.json"])
        #expect(missingFolder.status == 2)
        #expect(missingFolder.stderr.contains("cannot be written"))
    }

    @Test func versionNamesTheLinkedLibraries() throws {
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("poppler-glib 2"))
        #expect(result.stdout.contains("libxml2 2."))
    }

    @Test func diffExitsLikeDiffAndFollowsTheJSONContract() throws {
        let same = try run(["diff", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt"])
        #expect(same.status == 0)
        #expect(same.stdout.hasSuffix("no changes\n"))

        let folder = try scratchFolder()
        let edited = folder.appendingPathComponent("yksd-edited.txt")
        let original = try String(contentsOfFile: Self.root.appendingPathComponent("Fixtures/seeds/yksd-myea-2004-07-agreement.txt").path, encoding: .utf8)
        try original.replacingOccurrences(of: "up to thirty (30) days of Association leave", with: "up to forty (40) days of Association leave")
            .write(to: edited, atomically: true, encoding: .utf8)
        let changed = try run(["diff", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", edited.path, "--format", "json"])
        #expect(changed.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["kind"] as? String == "modified")
        #expect((changes.first?["old"] as? [String: Any])?["path"] as? String == "601")
        let edits = try #require(changes.first?["edits"] as? [[String: Any]])
        #expect(edits.first?["op"] as? String == "replace")
        #expect(edits.first?["old"] as? String == "thirty (30)")
        #expect(edits.first?["new"] as? String == "forty (40)")
        #expect((json["summary"] as? [String: Int]) == ["modified": 1])

        let text = try run(["diff", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", edited.path, "--color", "never"])
        #expect(text.stdout.contains("[-thirty (30)-]{+forty (40)+}"))
        let colored = try run(["diff", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", edited.path, "--color", "always"])
        #expect(colored.stdout.contains("\u{1B}[31m[-thirty (30)-]"))
    }

    @Test func markupAndVerifyOnTheRealDraft() throws {
        let markup = try run(["markup", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "--format", "json"])
        #expect(markup.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(markup.stdout.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int]) == ["modified": 14])

        let pdf = try run(["markup", "Fixtures/pdf/aea-redline.pdf", "--color", "never"])
        #expect(pdf.status == 1)
        #expect(pdf.stdout.contains("[-six-]"))

        let verify = try run(["verify", "Fixtures/pdf/aea-redline.pdf", "--against", "Fixtures/pdf/aea-redline.pdf", "--format", "json"])
        #expect(verify.status == 1, "the draft differs from itself-with-markup-undone wherever it marks something")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect(report["marked"] as? Int ?? 0 > 0)
        #expect((report["unmarked"] as? [Any])?.isEmpty == false)

        let missing = try run(["verify", "Fixtures/pdf/aea-redline.pdf", "--against", "nope.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("blackline: nope.txt: no such file"))
    }

    /// Issue 17: the ACE redline PDF against the clean ACE PDF, both printing the classification
    /// table and per-diem schedule squeezed: no unmarked change; what the two readings of those
    /// tables differ in is listed apart, in doubt, and not counted (exit 0).
    @Test func verifyOfTheACERedlinePDFPutsItsSqueezedTablesInDoubt() throws {
        let verify = try run(["verify", "Fixtures/pdf/ace-redline.pdf", "--against", "Fixtures/pdf/ace-agreement.pdf", "--color", "never"])
        #expect(verify.status == 0, "\(verify.stdout.suffix(400))")
        #expect(verify.stdout.contains("\nno unmarked changes\n"))
        #expect(verify.stdout.contains("(23 more in doubt inside tables read in pieces, listed apart above)"))
        let json = try run(["verify", "Fixtures/pdf/ace-redline.pdf", "--against", "Fixtures/pdf/ace-agreement.pdf", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["unmarked"] as? [Any])?.isEmpty == true)
        #expect((report["inDoubt"] as? [Any])?.count == 23)
        #expect(report["marked"] as? Int == 49)
    }

    @Test func htmlRedlineIsWrittenToAFile() throws {
        let folder = try scratchFolder()
        let page = folder.appendingPathComponent("report.html").path
        let diff = try run(["diff", "Fixtures/pairs/small-old.txt", "Fixtures/pairs/small-new.txt", "--format", "html", "-o", page])
        #expect(diff.status == 1, "changes found: exit 1 as diff(1)")
        #expect(diff.stdout.isEmpty && diff.stderr.isEmpty)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<code>\(try sha256("Fixtures/pairs/small-old.txt"))</code>"), "the page names the exact bytes compared")

        let markup = try run(["markup", "Fixtures/pdf/aea-redline.pdf", "--format", "html"])
        #expect(markup.status == 1)
        #expect(markup.stdout.contains("aea-redline.pdf (markup undone)"))
        #expect(markup.stdout.contains("<del>six</del>"))

        let word = try run(["markup", "Fixtures/docx/small-tracked.docx", "--format", "html"])
        #expect(word.status == 1)
        #expect(word.stdout.contains("<li>comment by Sam Analyst, 2021-11-12: &#39;Check the FTE threshold against Article 206.&#39; (both versions, line 17)</li>"))

        // verify's page: the PDF redline against its text twin read as a plain agreement (both
        // sides' words, so the deletions the markup shows count as unmarked there).
        let verifyPage = folder.appendingPathComponent("verify.html").path
        let verify = try run(["verify", "Fixtures/pdf/aea-redline.pdf", "--against", "Fixtures/pdf/aea-redline.source.txt", "--format", "html", "-o", verifyPage])
        #expect(verify.status == 1 && verify.stdout.isEmpty)
        let written = try String(contentsOfFile: verifyPage, encoding: .utf8)
        #expect(written.contains("<title>Unmarked changes: aea-redline.pdf against aea-redline.source.txt</title>"))
    }

    private func sha256(_ path: String) throws -> String {
        let result = Process()
        result.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        result.arguments = [Self.root.appendingPathComponent(path).path]
        let out = Pipe()
        result.standardOutput = out
        try result.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        result.waitUntilExit()
        return String(text.prefix(64))
    }

    @Test func tablesAndAuditFollowTheContract() throws {
        let csv = try run(["tables", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("Grid,2004 - 2005 @ 192 Days,Year,2004-2005,Days,192,Clause,201\nEXP,BA,BA + 18,BA + 36/MA,BA + 54/MA + 18,MA + 36\n0,36648,38765,40922,43079,45238\n"))

        let json = try run(["tables", "Fixtures/seeds/aea-2021-24-ta-draft.txt", "--format", "json"])
        #expect(json.status == 0)
        let tables = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let grids = try #require(tables["grids"] as? [[String: Any]])
        #expect(grids.count == 5)
        #expect(grids[4]["columns"] as? [String] == ["B00", "B18", "B36", "B54", "B72", "B90"])
        #expect((grids[4]["cells"] as? [[Any]])?.last?.last as? Int == 96761)
        #expect((grids[4]["cells"] as? [[Any]])?.last?.first is NSNull, "an empty cell is null")

        let clean = try run(["audit", "Fixtures/seeds/aea-2021-24-ta-draft.txt"])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("checked 276 amounts against a printed rule"))
        #expect(clean.stdout.hasSuffix("no errors\n"))

        let found = try run(["audit", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", "--format", "json"])
        #expect(found.status == 1, "wrong cells: exit 1")
        let audit = try #require(try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [String: Any])
        let findings = try #require(audit["findings"] as? [[String: Any]])
        let errors = findings.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 2)
        let keys = Set(errors.first.map { Array($0.keys) } ?? [])
        #expect(keys.isSuperset(of: ["grid", "step", "column", "printed", "expected", "rule", "severity"]))
        #expect(errors.first?["printed"] as? Int == 62187 && errors.first?["expected"] as? Int == 62203)

        let none = try run(["tables", "Fixtures/pairs/small-old.txt"])
        #expect(none.status == 0, "the small pair has one grid")
        let missing = try run(["audit", "nope.pdf"])
        #expect(missing.status == 2 && missing.stderr.hasPrefix("blackline: nope.pdf: no such file"))
    }

    @Test func csvReportsForChangesAndFindings() throws {
        let diff = try run(["diff", "Fixtures/seeds/asd-ace-2003-06-agreement.txt", "Fixtures/pairs/asd-ace-2003-06-edited.txt", "--format", "csv"])
        #expect(diff.status == 1)
        let lines = diff.stdout.split(separator: "\n")
        #expect(lines.first == "Article,Kind,Old path,Old title,New path,New title,Deleted,Inserted,Amounts,Coarse")
        #expect(lines.contains("701,modified,701.A,,701.A,,$525,$575,money $525 → $575 (+9.52%),"))
        #expect(lines.contains("519,moved,512,SENIORITY,519,SENIORITY,,,,"))

        let verify = try run(["verify", "Fixtures/docx/small-tracked.docx", "--against", "Fixtures/pairs/small-old.txt", "--format", "csv"])
        #expect(verify.status == 0)
        #expect(verify.stdout == "Against,Kind,Path,Old,New\n", "no unmarked changes: the header alone")

        // The page of unmarked changes: against the wrong base, every marked change is one.
        let page = try run(["verify", "Fixtures/docx/small-tracked.docx", "--against", "Fixtures/pairs/small-new.txt", "--format", "html"])
        #expect(page.status == 1)
        #expect(page.stdout.contains("<title>Unmarked changes: small-tracked.docx against small-new.txt</title>"))
        #expect(page.stdout.contains("It does not: the "))

        let audit = try run(["audit", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", "--format", "csv"])
        #expect(audit.status == 1)
        #expect(audit.stdout.hasPrefix("Severity,Grid,Step,Column,Printed,Expected,Difference,Rule,Line,Message\nerror,2006 - 2007 @ 192 Days,12,BA + 54/MA + 18,62187,62203,-16,"))
    }

    @Test func severalDocumentsAreReadInParallel() throws {
        let folder = try scratchFolder()
        for name in ["aea-2021-24-ta-draft.txt", "yksd-myea-2004-07-agreement.txt"] {
            try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent("Fixtures/seeds/\(name)").path,
                                             toPath: folder.appendingPathComponent(name).path)
        }
        let json = try run(["parse", folder.path, "Fixtures/docx/small-tracked.docx", "--format", "json", "--jobs", "2"])
        #expect(json.status == 0, "\(json.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(reports.compactMap { ($0["source"] as? String).map { ($0 as NSString).lastPathComponent } }
                == ["aea-2021-24-ta-draft.txt", "yksd-myea-2004-07-agreement.txt", "small-tracked.docx"], "in the order given")
        #expect(json.stderr.hasPrefix("parsed 3 files in ") && json.stderr.contains("files/s with 2 jobs"))

        let mixed = try run(["parse", "Fixtures/seeds", "--jobs", "1"])
        #expect(mixed.status == 0, "the news stories are read as bodies of paragraphs")
        #expect(mixed.stderr.contains("parsed 5 files in "))
        #expect(mixed.stdout.components(separatedBy: "source: ").count - 1 == 5, "five outlines")
        #expect(mixed.stdout.components(separatedBy: "numbering: none").count - 1 == 2, "the two news stories")

        let tables = try run(["tables", "Fixtures/seeds/yksd-myea-2004-07-agreement.txt", "Fixtures/docx/small-tracked.docx"])
        #expect(tables.status == 0)
        #expect(tables.stdout.hasPrefix("File,Fixtures/seeds/yksd-myea-2004-07-agreement.txt\n\nGrid,2004 - 2005 @ 192 Days"))
        #expect(tables.stdout.contains("File,Fixtures/docx/small-tracked.docx\n\nGrid,2005 - 2006 @ 192 Days"))
        let zero = try run(["parse", "Fixtures/seeds", "--jobs", "0"])
        #expect(zero.status == 2)
    }
}
