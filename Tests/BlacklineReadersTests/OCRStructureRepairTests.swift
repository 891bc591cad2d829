import BlacklineModel
@testable import BlacklineReaders
import Testing

/// Issue 18: an OCR'd text layer's errors repaired where the document's structure shows them.
/// The lines are as the Oregon corpus prints them (its OCR'd agreements), or shaped like them.
@Suite struct OCRStructureRepairTests {
    static func repaired(_ texts: [String]) -> (texts: [String], repairs: [OCRStructureRepair.Repair]) {
        let lines = texts.enumerated().map { MarkedLine($1, line: $0 + 1) }
        let (repaired, repairs) = OCRStructureRepair.repair(lines)
        return (repaired.map(\.text), repairs)
    }

    @Test(arguments: [
        ("within ten (I 0) working days", "within ten (10) working days"),
        ("no later than fifteen ( I 5) days", "no later than fifteen (15) days"),
        ("one (l) hour of leave", "one (1) hour of leave"),
        ("eighteen (I 8) months", "eighteen (18) months"),
        ("ten ( 1O) calendar days", "ten (10) calendar days"),
        // Figures that say another number are a drafter's, not OCR's: left, as is anything but figures.
        ("five (6%) of base pay", "five (6%) of base pay"),
        ("under Article (I) above", "under Article (I) above"),
        ("ten (10) days", "ten (10) days"),
        ("within three ( 3) days", "within three ( 3) days"),
    ])
    func figuresAfterANumberInWords(_ text: String, _ expected: String) {
        #expect(Self.repaired([text]).texts == [expected])
    }

    @Test func figuresOpeningTheirLineAfterANumberWord() {
        // As the Oregon corpus breaks one agreement's sentence in its 2025 version, not in its 2023 one.
        let broken = Self.repaired(["bidding employee, and numbered by preference, if placing more than one", "         (l) bid. Employees may submit"])
        #expect(broken.texts[1] == "         (1) bid. Employees may submit")
        // A list item after a line that ends a sentence, or with no number word, keeps its letter.
        let items = ["(k) the materials given to the employee, one.", "(l) the notice given to each employee", "(l) above must be given"]
        #expect(Self.repaired(items).texts == items)
    }

    @Test(arguments: [
        ("July I, 2025 or upon ratification of the contract", "July 1, 2025 or upon ratification of the contract"),
        ("effective May l. 2024, the rate", "effective May 1. 2024, the rate"),
        ("July I, the Union shall", "July I, the Union shall"),
        ("Section I, 2024 amendments", "Section I, 2024 amendments"),
    ])
    func aDayReadAsALetter(_ text: String, _ expected: String) {
        #expect(Self.repaired([text]).texts == [expected])
    }

    @Test func headingNumbersConfirmedByTheirNeighbours() {
        let (texts, repairs) = Self.repaired([
            "ARTICLE 15 - HOLIDAYS", "Section 4. Union Business", "Section S. Union Leave.", "Section 6. Stewards",
            "ARTICLE t6 - LONGEVITY", "### ARTICLE 1J SENIORITY AND LAYOFF", "ARTICLE 18 - TERM",
        ])
        #expect(texts == ["ARTICLE 15 - HOLIDAYS", "Section 4. Union Business", "Section 5. Union Leave.", "Section 6. Stewards",
                          "ARTICLE 16 - LONGEVITY", "### ARTICLE 17 SENIORITY AND LAYOFF", "ARTICLE 18 - TERM"])
        #expect(repairs.map(\.because) == ["after 4, before 6", "after 15", "before 18"])
    }

    @Test func aSplitMisreadNumberIsOneNumber() {
        let (texts, _) = Self.repaired(["Section 9 - Notice", "Section l O - County to Inform New Employees", "Section 11 - Dues"])
        #expect(texts[1] == "Section 10 - County to Inform New Employees")
    }

    @Test func numbersThatOnlyBreakTheirSequenceAreLeft() {
        // Roman numbers, a sub-article, a cross-reference and a break a drafter made: none is a misread character.
        let texts = ["ARTICLE I - RECOGNITION", "ARTICLE II - DUES", "ARTICLE III - RIGHTS", "ARTICLE 16B - STABILIZATION",
                     "ARTICLE 9 - HOURS", "ARTICLE 16 - OVERTIME", "ARTICLE 11 - PAY"]
        #expect(Self.repaired(texts).texts == texts)
        #expect(Self.repaired(texts).repairs.isEmpty)
    }

    @Test func salaryCellsAgainstTheirRow() {
        let (texts, repairs) = Self.repaired([
            "801  Maintenance Worker | (No CDL}  $  20.501  $  21,12  | $ 21.75 | $ 22.40}  $ 23.08|  $ 23.77",
            "Lead Probation Officer    | 438     5,621     6,30 1     6,195     6,503   6,829",
        ])
        #expect(texts[0] == "801  Maintenance Worker | (No CDL}  $  20.50  $  21.12  | $ 21.75 | $ 22.40  $ 23.08  $ 23.77")
        #expect(texts[1] == "Lead Probation Officer    | 438     5,621     6,301     6,195     6,503   6,829")
        #expect(repairs.map(\.original) == ["20.501", "21,12", "22.40}", "23.08|", "6,30 1"])
        #expect(repairs.first?.because == "a table rule read as a final 1; the row's amounts are like 12.55")
    }

    @Test func cleanRowsAreLeft() {
        let rows = ["Step  1  2  3  4  5  6", "Grade 12   $18.4461   $19.3686   $20.1505   $20.9488", "2023  2024  2025  2026  2027",
                    "Range 5   4,125   4,331   4,548   4,775   5,014"]
        #expect(Self.repaired(rows).texts == rows)
    }

    @Test func aStepNumberBetweenTheStepsAroundIt() {
        // As tesseract read the YKSD salary schedule's scan: step 9 printed "5".
        let rows = ["7\t\t51,771\t53,983\t56,195\t58,406", "8\t\t53,036\t55,231\t57,462\t59,670", "5\t\t54,298\t56,509\t58,721\t60,937",
                    "10\t\t\t57,774\t59,987\t62,199"]
        let (texts, repairs) = Self.repaired(rows)
        #expect(texts[2] == "9\t\t54,298\t56,509\t58,721\t60,937")
        #expect(repairs.map(\.because) == ["between 8 and 10"])
        // Steps that skip on purpose (years of service 1, 5, 10), or rows of no grid, are left.
        let service = ["1   40,390   42,602", "5   43,232   45,449", "10   44,499   46,710"]
        #expect(Self.repaired(service).texts == service)
        let prose = ["8 employees shall be paid", "5 days after notice", "10 of them"]
        #expect(Self.repaired(prose).texts == prose)
    }

    @Test func everyRepairIsReportedAtItsLine() {
        let lines = ["within ten (I 0) working days", "July I, 2025 or upon ratification"].enumerated().map { MarkedLine($1, line: $0 + 40) }
        let (repaired, findings) = OCRRepair.repair(lines)
        #expect(repaired.map(\.text) == ["within ten (10) working days", "July 1, 2025 or upon ratification"])
        #expect(findings.map(\.message) == ["date 'July I, 2025' read as 'July 1, 2025' (a day of the month)",
                                            "figures after a number in words 'ten (I 0)' read as 'ten (10)' (\"ten\" is 10)"])
        #expect(findings.map { $0.location?.line } == [41, 40])
        #expect(findings.allSatisfy { $0.category == .ocrRepair })
    }
}
