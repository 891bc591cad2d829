import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation
import Testing

@Suite struct WordDiffTests {
    @Test func amountsAndWordsStayWhole() {
        #expect(Tokenizer.tokens("in the amount of $1,300.00, prorated by their 2018-19 FTE (1.5%).")
            == ["in", "the", "amount", "of", "$1,300.00", ",", "prorated", "by", "their", "2018-19", "FTE", "(", "1.5%", ")", "."])
        #expect(Tokenizer.tokens("the member's non-credit\tcourses") == ["the", "member's", "non-credit", "courses"])
    }

    @Test func datesAndSectionReferencesStayWhole() {
        #expect(Tokenizer.tokens("through June 30, 2021 under Article 120 C.1. and Article 505.")
            == ["through", "June 30, 2021", "under", "Article 120 C.1.", "and", "Article 505", "."])
        let edits = WordDiff.edits(old: "effective July 1, 2018 and in force through June 30, 2021.", new: "effective July 1, 2021 and in force through June 30, 2024.")
        #expect(edits.map(\.old) == ["July 1, 2018", "June 30, 2021"])
        #expect(edits.map(\.new) == ["July 1, 2021", "June 30, 2024"])
        let old = "615 DURATION\nA. This Agreement is effective as of July 1, 2018 and continues through June 30, 2021.\n"
        let new = "615 DURATION\nA. This Agreement is effective as of July 1, 2021 and continues through June 30, 2024.\n"
        let diff = AgreementDiff(old: Normalizer().normalize(TextReader.read(text: old, source: "o")),
                                 new: Normalizer().normalize(TextReader.read(text: new, source: "n")))
        #expect(diff.changes.flatMap(\.facts).map(\.unit) == [.date, .date])
        #expect(diff.changes.flatMap(\.facts).map(\.new) == ["July 1, 2021", "June 30, 2024"])
    }

    @Test func editsReadLikeABlackline() {
        let edits = WordDiff.edits(old: "up to six years at $1,300 per year", new: "up to eight years at $1,500 per year, prorated")
        #expect(edits.map(\.operation) == [.replace, .replace, .insert])
        #expect(edits.map(\.old) == ["six", "$1,300", ""])
        #expect(edits.map(\.new) == ["eight", "$1,500", ", prorated"])
    }

    @Test func rewrappingIsNoChange() {
        #expect(WordDiff.edits(old: "shall be\n  distributed   by the\tDistrict", new: "shall be distributed by the District").isEmpty)
    }

    /// Myers finds a longest common subsequence: checked against dynamic programming on small
    /// random inputs, and old + edits = new, new − edits = old on every one.
    @Test func editsAreMinimalAndRoundTrip() {
        var generator = SplitMix(seed: 2021)
        for _ in 0..<400 {
            let old = (0..<Int(generator.next() % 14)).map { _ in "w\(generator.next() % 4)" }
            let new = (0..<Int(generator.next() % 14)).map { _ in "w\(generator.next() % 4)" }
            let edits = WordDiff.edits(old: old, new: new)
            #expect(WordDiff.apply(edits, to: old, new: new) == new)
            #expect(WordDiff.revert(edits, from: new, old: old) == old)
            let matched = old.count - edits.map(\.oldTokens.count).reduce(0, +)
            #expect(matched == longestCommonSubsequence(old, new), "\(old) → \(new)")
        }
    }

    /// On a real redline: the text twin of the ACE redline PDF marks every deletion and insertion,
    /// so each paragraph's old side (plain + deleted) and new side (plain + inserted) round-trip.
    @Test func realRedlineParagraphsRoundTrip() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/pdf/ace-redline.source.txt").path
        let document = try DocumentReader.read(path: path)
        var changed = 0
        for line in document.lines {
            let old = line.runs.filter { $0.mark != .inserted }.map(\.text).joined()
            let new = line.runs.filter { $0.mark != .deleted }.map(\.text).joined()
            let (oldTokens, newTokens) = (Tokenizer.tokens(old).map(String.init), Tokenizer.tokens(new).map(String.init))
            let edits = WordDiff.edits(old: oldTokens, new: newTokens)
            #expect(WordDiff.apply(edits, to: oldTokens, new: newTokens) == newTokens)
            #expect(WordDiff.revert(edits, from: newTokens, old: oldTokens) == oldTokens)
            if !edits.isEmpty { changed += 1 }
        }
        #expect(changed == 49)
    }

    @Test func beyondTheBudgetTheWholeTextIsOneReplacementAndSaysSo() {
        let old = ["a", "b", "c", "d"], new = ["w", "x", "y", "z"]
        let (edits, coarse) = WordDiff.editsWithinBudget(old: old, new: new, budget: 3)
        #expect(coarse)
        #expect(edits.map(\.operation) == [.replace])
        #expect(WordDiff.apply(edits, to: old, new: new) == new)
        let (fine, notCoarse) = WordDiff.editsWithinBudget(old: old, new: new, budget: 8)
        #expect(!notCoarse)
        #expect(WordDiff.apply(fine, to: old, new: new) == new)
    }

    private func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }
}

/// A small seeded generator, so failures reproduce.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
