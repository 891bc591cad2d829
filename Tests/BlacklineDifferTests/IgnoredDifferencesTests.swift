@testable import BlacklineDiffer
import BlacklineModel
import Testing

/// diff(1)-style ignore options on exact clauses: each takes out only its own kind of edit, says
/// how many it took out, and leaves every other edit of the same clause.
@Suite struct IgnoredDifferencesTests {
    static let old = AgreementDiffTests.agreement("""
    ARTICLE 1 PAY
    1.1 The Employer shall pay one-fifth of the premium, and the non-retention bonus.
    1.2 Overtime is paid at time and one-half.
    """)
    static let new = AgreementDiffTests.agreement("""
    ARTICLE 1 PAY
    1.1 The employer shall pay onefifth of the premium and the nonretention bonus.
    1.2 Overtime is paid at double time.
    """)

    @Test func nothingIsIgnoredUnlessAsked() {
        let diff = AgreementDiff(old: Self.old, new: Self.new)
        #expect(diff.changes.map(\.new?.path) == ["1.1", "1.2"])
        #expect(diff.changes.first?.edits.count == 4)
        #expect(diff.ignoredDifferences == 0)
    }

    @Test(arguments: [
        (IgnoredDifferences.letterCase, 3, 1),
        (.hyphenation, 2, 2),
        (.punctuation, 3, 1),
        (IgnoredDifferences([.letterCase, .hyphenation, .punctuation]), 0, 4),
    ] as [(IgnoredDifferences, Int, Int)])
    func eachOptionTakesOutItsOwnEdits(ignoring: IgnoredDifferences, editsLeft: Int, ignored: Int) {
        let diff = AgreementDiff(old: Self.old, new: Self.new, ignoring: ignoring)
        let first = diff.changes.first { $0.new?.path == "1.1" }
        #expect((first?.edits.count ?? 0) == editsLeft)
        #expect(diff.ignoredDifferences == ignored)
        // "time and one-half" → "double time" is a change whatever is ignored.
        #expect(diff.changes.contains { $0.new?.path == "1.2" && $0.kind == .modified })
    }

    @Test func aHyphenAddedBetweenWordsIsOneChangeLessOnlyWhenAsked() {
        let old = AgreementDiffTests.agreement("ARTICLE 2 LEAVE\n2.1 Leave may be taken in one half day units.")
        let new = AgreementDiffTests.agreement("ARTICLE 2 LEAVE\n2.1 Leave may be taken in one-half day units.")
        #expect(AgreementDiff(old: old, new: new).changes.count == 1)
        #expect(AgreementDiff(old: old, new: new, ignoring: .hyphenation).changes.isEmpty)
        #expect(AgreementDiff(old: old, new: new, ignoring: .letterCase).changes.count == 1)
    }
}
