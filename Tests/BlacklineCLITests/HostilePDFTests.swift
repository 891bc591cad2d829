import Foundation
import Testing

/// The hostile PDFs of issue 14 through the tool itself: a normal result every time, or one
/// line and exit 2, never a crash or a hang.
@Suite struct HostilePDFTests {
    @Test func theRaceRedlineParsesTheSameEveryTime() throws {
        let runs = try (0..<3).map { _ in try CLITests().run(["parse", "--format", "marked", "Fixtures/hostile/pdf-aea-redline-chunkdel-race.pdf"]) }
        #expect(runs.allSatisfy { $0.status == 0 && $0.stderr.isEmpty })
        #expect(Set(runs.map(\.stdout)).count == 1)
        #expect(runs[0].stdout.contains("[-"))
    }

    /// Takes the whole standard budget (30.25 s): poppler cannot be stopped inside the page.
    @Test func aPageTooSlowToReadEndsInOneLineAndExit2() throws {
        let result = try CLITests().run(["parse", "Fixtures/hostile/pdf-100k-text-shows-unbalanced-q.pdf"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "blackline: Fixtures/hostile/pdf-100k-text-shows-unbalanced-q.pdf: PDF page 1 takes too long to read "
            + "(over 30 s extracting its text; the page is unusually complex); print the PDF to a new PDF, "
            + "or convert it with 'pdftotext -layout FILE' and give the .txt\n")
    }
}
