import BlacklineGrids
import BlacklineModel
import Testing

/// A schedule computed at another raise than its text prints (a real state agreement's January
/// 2025 schedule follows 6.5% where its wage article says 6.55%): one error naming both
/// figures, not an error per cell.
@Suite struct OtherFactorTests {
    static let text = """
    ARTICLE 1 SALARIES

    Section 1. Effective January 1, 2025, all pay rates will be increased by six and fifty-five hundredths percent (6.55%).

    ARTICLE 2 SALARY SCHEDULES

                     SALARY SCHEDULE AS OF APRIL 1, 2024
    Range     Step 1   Step 2   Step 3
      20      4000     4200     4410
      21      4410     4630     4862
      22      4862     5105     5360
      23      5360     5628     5909

                     SALARY SCHEDULE AS OF JANUARY 1, 2025
    Range     Step 1   Step 2   Step 3
      20      4260     4473     4697
      21      4697     4931     5178
      22      5178     5437     5708
      23      5708     5994     6293

    """

    @Test func aScheduleAtAnotherRaiseIsOneErrorNamingBothFigures() throws {
        let audited = Audited(text: Self.text)
        try #require(audited.grids.count == 2, "\(audited.grids.map(\.title))")
        #expect(audited.audit.rules.map { ($0.factor * 10_000).rounded() } == [10_655])
        #expect(audited.audit.errors.map(\.message) == [
            "'SALARY SCHEDULE AS OF JANUARY 1, 2025' follows +6.5% over 'SALARY SCHEDULE AS OF APRIL 1, 2024' in 12 amounts, not the +6.55% "
                + "the agreement prints (\"Effective January 1, 2025, all pay rates will be increased by six and fifty-five hundredths percent (6.55%).\"): "
                + "the schedule and the text disagree",
        ])
        #expect(audited.audit.findings.filter(\.isDetail).count == 12)
    }

    @Test func aFewWrongCellsStayErrorsOfTheirOwn() throws {
        // The schedule at the printed 6.55%, two cells off: two errors, no summary.
        var text = Self.text
        for (old, new) in [("4260", "4262"), ("4473", "4475"), ("4697     4931", "4699     4931"), ("4931", "4991"), ("5178     5437", "5181     5437"),
                           ("5437", "5440"), ("5708\n      23", "5711\n      23"), ("5708     5994", "5711     5997"), ("6293", "6296")] {
            text = text.replacingOccurrences(of: old, with: new)
        }
        let audited = Audited(text: text)
        #expect(audited.audit.errors.allSatisfy { !$0.step.isEmpty }, "\(audited.audit.errors.map(\.message))")
        #expect(audited.audit.findings.filter(\.isDetail).isEmpty)
    }
}
