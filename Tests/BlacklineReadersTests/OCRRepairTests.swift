import BlacklineModel
@testable import BlacklineReaders
import Testing

@Suite struct OCRRepairTests {
    @Test func lookalikeLettersInsideLatinWordsAreRepairedAndCounted() {
        let document = TextReader.read(text: "ΓA'd\t\tTA'd\t6\nΓA'd\t\tTA'd\t10\nThe Γ function", source: "t.txt")
        #expect(document.lines.map(\.text) == ["TA'd\t\tTA'd\t6", "TA'd\t\tTA'd\t10", "The Γ function"])
        #expect(document.findings.map(\.message) == ["text 'ΓA'd' read as 'TA'd' (2 times)"])
        #expect(document.findings.first?.location == SourceLocation(line: 1))
    }

    @Test func emptyCellMarksAmongSalaryAmountsBecomeDashes() {
        let document = TextReader.read(text: "1\t-53,625\t-56,159\tı\tJ\t-\n2\t-55,006\t-57,539\t1\t1\t-\n18\t_\t_\t-\t89,772", source: "t.txt")
        #expect(document.lines.map(\.text) == ["1\t-53,625\t-56,159\t-\t-\t-", "2\t-55,006\t-57,539\t-\t-\t-", "18\t-\t-\t-\t89,772"])
        #expect(Set(document.findings.map(\.message)) == [
            "empty-cell mark 'ı' read as '-'", "empty-cell mark 'J' read as '-'",
            "empty-cell mark '1' read as '-' (2 times)", "empty-cell mark '_' read as '-' (2 times)",
        ])
    }

    @Test func onesOutsideSalaryRowsAreLeftAlone() {
        let document = TextReader.read(text: "First 30\t( 0 - 30)\t0\nNext 10\t1\t10\nGroup 1:\tASAA High School Basketball\t$ 2,250", source: "t.txt")
        #expect(document.lines.map(\.text) == ["First 30\t( 0 - 30)\t0", "Next 10\t1\t10", "Group 1:\tASAA High School Basketball\t$ 2,250"])
        #expect(document.findings.isEmpty)
    }
}
