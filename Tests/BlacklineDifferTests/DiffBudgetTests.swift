@testable import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Testing

/// The word diff's budget (`MyersDiff.defaultBudget`) and what it bounds: texts too different to
/// diff within it become one replacement that says so, and the trace a search keeps grows with
/// the steps searched, never with the length of the texts (issue 14).
@Suite struct DiffBudgetTests {
    /// Distinct words of a vocabulary no other prefix uses, so two such texts share nothing.
    static func words(_ count: Int, prefix: String) -> [String] {
        (0..<count).map { "\(prefix)\($0)" }
    }

    @Test func longUnrelatedTextsBecomeOneCoarseReplacement() {
        let old = Self.words(12_000, prefix: "old"), new = Self.words(11_000, prefix: "new")
        let (edits, coarse) = WordDiff.editsWithinBudget(old: old, new: new)
        #expect(coarse)
        #expect(edits.count == 1)
        #expect(edits.first?.operation == .replace)
        #expect(edits.first?.oldTokens == 0..<12_000)
        #expect(edits.first?.newTokens == 0..<11_000)
        #expect(WordDiff.apply(edits, to: old, new: new) == new)
        #expect(WordDiff.revert(edits, from: new, old: old) == old)
    }

    @Test func longTextsWithAFewEditsStayFine() {
        let old = Self.words(20_000, prefix: "w")
        var new = old
        for index in stride(from: 19_000, through: 0, by: -1_000) { new[index] = "changed\(index)" }
        let (edits, coarse) = WordDiff.editsWithinBudget(old: old, new: new)
        #expect(!coarse)
        #expect(edits.count == 20)
        #expect(edits.allSatisfy { $0.operation == .replace && $0.oldTokens.count == 1 })
        #expect(WordDiff.apply(edits, to: old, new: new) == new)
    }

    /// The budget counts edit steps exactly: k deletions and k insertions are 2k steps.
    @Test func theBudgetIsTheNumberOfEditSteps() {
        let old = Array(0..<40), new = Array(100..<140)
        #expect(MyersDiff.matches(old, new, budget: 80) != nil)
        #expect(MyersDiff.matches(old, new, budget: 79) == nil)
    }

    /// Round d keeps the d diagonals round d − 1 reached: d(d+1)/2 cells after round d, the
    /// same for a frontier of 100 cells as for one of 2 million.
    @Test func theTraceGrowsWithStepsNotLength() {
        for offset in [50, 1_000_000] {
            var frontier = [Int](repeating: 0, count: 2 * offset + 2)
            var trace = SearchTrace(rounds: 30)
            for d in 0..<30 {
                trace.save(round: d, frontier: frontier, offset: offset)
                for k in stride(from: -d, through: d, by: 2) { frontier[offset + k] = 1_000 * d + k + d }
            }
            #expect(trace.rounds == 30)
            #expect(trace.cellCount == 29 * 30 / 2)
            // Round 29 began with what round 28 left on its diagonals -28, -26, … 28.
            for k in stride(from: -28, through: 28, by: 2) { #expect(trace.x(round: 29, diagonal: k) == 28_000 + k + 28) }
        }
    }

    /// A clause whose words all stay but in reverse order pairs with its old self (same words)
    /// yet is 6,000 steps from it: reported modified, coarse, as one replacement.
    @Test func aRewrittenClauseIsCoarse() {
        func agreement(_ words: [String]) -> Agreement {
            Normalizer().normalize(TextReader.read(text: "ARTICLE 1 TERMS\nA. " + words.joined(separator: " ") + ".\n", source: "v.txt"))
        }
        let diff = AgreementDiff(old: agreement(Self.words(3_000, prefix: "w")), new: agreement(Self.words(3_000, prefix: "w").reversed()))
        let rewritten = diff.changes.filter { $0.kind == .modified }
        #expect(rewritten.count == 1)
        #expect(rewritten.first?.coarse == true)
        #expect(rewritten.first?.edits.count == 1)
    }
}
