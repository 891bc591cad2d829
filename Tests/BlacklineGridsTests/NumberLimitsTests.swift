import BlacklineGrids
import BlacklineModel
import Testing

/// Numbers past what Int or Double holds, or past any plausible contract value
/// (`PlausibleValue`), are findings: never a trap, never arithmetic.
@Suite struct NumberLimitsTests {
    static let header = "101 PREAMBLE\nThis agreement is made.\n\n201 Salary Schedules\n\n"

    @Test func moneyThatOverflowsIntIsNotAnAmount() {
        #expect(Money("999999999999999999.00") == nil, "cents × 100 overflow Int")
        #expect(Money("99999999999999999999") == nil, "more digits than Int holds")
        #expect(Money("92233720368547758.07")?.minorUnits == Int.max)
        #expect(Money("92233720368547758.08") == nil)
        #expect(Money("52,242")?.isPlausible == true)
        #expect(Money("100,000,001")?.isPlausible == false)
    }

    @Test func implausibleAmountsAreRecognizedWhateverTheirSize() {
        #expect(Money.isImplausibleAmount("999,999,999,999,999,999.00"))
        #expect(Money.isImplausibleAmount("$" + String(repeating: "9", count: 400)))
        #expect(Money.isImplausibleAmount("123456789012345678"))
        #expect(!Money.isImplausibleAmount("36,648"))
        #expect(!Money.isImplausibleAmount("99999999999999999999.5"), "not amount-shaped: one decimal")
        #expect(!Money.isImplausibleAmount("1e40"))
    }

    @Test func anEighteenDigitGridIsReadWithItsCellsLeftOutAndSaidSo() {
        let text = Self.header + "2004 - 2005 @ 192 Days\n\nEXP\tBA\tMA\n0\t36,648\t123456789012345678\n1\t39,381\t41,538\n"
        let audited = Audited(text: text)
        #expect(audited.grids.count == 1)
        #expect(audited.grids.first?.cells.first == [Money("36,648"), nil])
        let expected = "step 0 of lane 'MA' of '2004 - 2005 @ 192 Days': amount 123456789012345678 is past any plausible contract value; not checked"
        #expect(audited.extraction.findings.map(\.message) == [expected])
        #expect(audited.problems.map(\.message) == [expected])
    }

    @Test func aPercentagePastAThousandIsNotApplied() {
        let text = Self.header + "2004 - 2005 @ 192 Days\n\nEXP\tBA\tMA\n0\t36,648\t38,765\n1\t39,381\t41,538\n\n"
            + "2005 - 2006 @ 192 Days\n(99999999999999999999 % Increase over FY 05 Scale)\n\nEXP\tBA\tMA\n0\t36,831\t38,959\n1\t39,578\t41,746\n"
        let audited = Audited(text: text)
        #expect(audited.audit.rules.isEmpty)
        #expect(audited.problems.map(\.message) == [
            "'99999999999999999999 % Increase over FY 05 Scale': percentage 99999999999999999999% is past any plausible contract value; not checked",
        ])
    }

    /// A grid built by hand can hold what the extractor never lets in; the audit still must not trap.
    @Test func handBuiltGridsWithHugeCellsAreAuditedWithoutTrapping() {
        let huge = Money(minorUnits: Int.max, decimals: 2)
        var base = SalaryGrid(title: "2004-2005", year: "2004-2005", stepHeader: "Step", columns: ["BA", "Total"], steps: ["0", "1"],
                              cells: [[huge, huge], [huge, Money(minorUnits: 1, decimals: 2)]], clausePath: "201", location: SourceLocation(line: 1))
        base.totals = [huge, nil]
        var target = base
        target.title = "2005-2006"
        target.year = "2005-2006"
        target.notes = ["(2.0% Increase over FY 05 Scale)"]
        let agreement = Agreement(source: "hand.txt", format: .text, clauses: [])
        let audit = GridAuditor.audit([base, target], in: agreement)
        #expect(audit.findings.contains { $0.message.contains("is past any plausible contract value; not checked") })
        #expect(GridRule.format(1e20) == "1e+20")
    }

    @Test func impossibleContractDaysAreIgnored() {
        let text = Self.header + "2004 - 2005 @ 000 Days\n\nEXP\tBA\tMA\n0\t36,648\t38,765\n1\t39,381\t41,538\n\n"
            + "2004 - 2005 @ 192 Days\n\nEXP\tBA\tMA\n0\t36,831\t38,959\n1\t39,578\t41,746\n"
        let audited = Audited(text: text)
        #expect(audited.grids.map(\.days) == [nil, 192])
        #expect(audited.audit.rules.isEmpty, "no 192/0 day ratio")
    }
}
