@testable import BlacklineDiffer
import BlacklineModel
import Testing

/// `MoveCandidates` compares sorted id arrays within a window of lengths instead of every pair
/// by hashing; on seeded random clauses it must rank exactly what comparing every pair does.
@Suite struct MoveCandidatesTests {
    static func unit(_ order: Int, _ tokens: [String], family: ClauseUnit.Family) -> ClauseUnit {
        ClauseUnit(clause: Clause(kind: family == .container ? .article : .section, location: SourceLocation(line: order + 1)),
                   order: order, parent: nil, family: family, ownTokens: tokens, grids: [], wordText: tokens.joined(separator: " "))
    }

    static func everyPair(old: [ClauseUnit], new: [ClauseUnit], minimum: Double) -> [MoveCandidates.Candidate] {
        var candidates: [MoveCandidates.Candidate] = []
        for a in old {
            for b in new where a.family == b.family {
                let score = ComparableText.similarity(a.ownTokens, b.ownTokens)
                if score >= minimum { candidates.append(.init(old: a.order, new: b.order, score: score)) }
            }
        }
        return candidates.sorted { ($1.score, $0.old, $0.new) < ($0.score, $1.old, $1.new) }
    }

    @Test func ranksWhatComparingEveryPairRanks() {
        var generator = SplitMix(seed: 14)
        for _ in 0..<60 {
            func clauses(_ count: Int) -> [ClauseUnit] {
                (0..<count).map { order in
                    let length = 4 + Int(generator.next() % 30)
                    let tokens = (0..<length).map { _ in "w\(generator.next() % 12)" }
                    return Self.unit(order, tokens, family: generator.next() % 4 == 0 ? .container : .section)
                }
            }
            let old = clauses(Int(generator.next() % 25)), new = clauses(Int(generator.next() % 25))
            let fast = MoveCandidates.ranked(old: old, new: new, minimum: ClauseAligner.movedSimilarity)
            let slow = Self.everyPair(old: old, new: new, minimum: ClauseAligner.movedSimilarity)
            #expect(fast.map(\.old) == slow.map(\.old))
            #expect(fast.map(\.new) == slow.map(\.new))
            #expect(fast.map(\.score) == slow.map(\.score))
        }
    }

    /// Lengths at the edge of the window: 3 words of 7 can reach 2·3/10 = 0.6 and are compared;
    /// 2 of 7 cannot.
    @Test func theLengthWindowKeepsPairsAtTheBound() {
        let long = Self.unit(0, ["a", "b", "c", "d", "e", "f", "g"], family: .section)
        let reachable = Self.unit(0, ["a", "b", "c"], family: .section)
        #expect(MoveCandidates.ranked(old: [long], new: [reachable], minimum: 0.6).map(\.score) == [0.6])
        #expect(MoveCandidates.ranked(old: [reachable], new: [long], minimum: 0.6).map(\.score) == [0.6])
        #expect(MoveCandidates.ranked(old: [long], new: [Self.unit(0, ["a", "b"], family: .section)], minimum: 0.6).isEmpty)
    }
}
