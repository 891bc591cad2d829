import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation
import Testing

/// A version pair made from the real ACE agreement with one recorded edit of every kind; the
/// diff must report exactly those, and nothing for rewrapping or smart quotes.
@Suite struct AgreementDiffTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/seeds/asd-ace-2003-06-agreement.txt")

    static func agreement(_ text: String) -> Agreement {
        Normalizer().normalize(TextReader.read(text: text, source: "v.txt"))
    }

    static func edited(_ text: String) throws -> String {
        var text = text
        func replace(_ old: String, _ new: String) throws {
            guard let range = text.range(of: old) else { throw CocoaError(.featureUnsupported) }
            text.replaceSubrange(range, with: new)
        }
        // modified, with a money fact
        try replace("contribute $525 per month", "contribute $575 per month")
        // retitled
        try replace("708 DISABILITY INSURANCE", "708 LONG-TERM DISABILITY INSURANCE")
        // added article
        try replace("300 RIGHTS OF THE PARTIES", "207 ELECTRONIC SIGNATURES\nSignatures given electronically through the District's approved system shall bind the parties as written signatures do.\n300 RIGHTS OF THE PARTIES")
        // deleted article (with its two sections)
        let printing = try #require(text.range(of: "204 PRINTING AND DISTRIBUTION"))
        let liaison = try #require(text.range(of: "205 LABOR LIAISON COMMITTEE"))
        text.removeSubrange(printing.lowerBound..<liaison.lowerBound)
        // moved: 512 SENIORITY to the end of chapter 500, as 519
        let seniority = try #require(text.range(of: "512 SENIORITY"))
        let layoff = try #require(text.range(of: "513 LAYOFF ALTERNATIVES"))
        let body = String(text[seniority.lowerBound..<layoff.lowerBound]).replacingOccurrences(of: "512 SENIORITY", with: "519 SENIORITY")
        text.removeSubrange(seniority.lowerBound..<layoff.lowerBound)
        try replace("600 LEAVES", body + "600 LEAVES")
        // renumbered: a new item 2 in 605 A shifts items 2 to 7
        try replace("2.\tStandard request procedures for FMLA", "2.\tRequests for leave under the Acts shall be made in writing to the Human Resources Department.\n3.\tStandard request procedures for FMLA")
        for number in (3...7).reversed() {
            let items = ["3.\tAll paid leave and non-work days", "4.\tEmployees on medical leave", "5.\tHealth insurance coverage will be retained",
                         "6.\tEmployees out of pay status", "7.\tWhen a third physician"]
            try replace(items[number - 3], "\(number + 1)." + items[number - 3].dropFirst(2))
        }
        // never changes: a rewrapped paragraph and straightened quotes
        try replace("Release time shall be provided to an ACE representative,", "Release time shall be provided\n   to an   ACE representative,")
        try replace("“Employee” means an individual represented by ACE.", "\"Employee\" means an individual represented by ACE.")
        return text
    }

    @Test func everyKindIsFoundAndNothingElse() throws {
        let original = try String(contentsOf: Self.seed, encoding: .utf8)
        let diff = AgreementDiff(old: Self.agreement(original), new: Self.agreement(try Self.edited(original)))
        let found = diff.changes.map { "\($0.kind.rawValue) \($0.old?.path ?? "-") → \($0.new?.path ?? "-")" }
        #expect(found == [
            "deleted 204 → -",
            "added - → 207",
            "moved 512 → 519",
            "added - → 605.A.2",
            "renumbered 605.A.2 → 605.A.3",
            "renumbered 605.A.3 → 605.A.4",
            "renumbered 605.A.4 → 605.A.5",
            "renumbered 605.A.5 → 605.A.6",
            "renumbered 605.A.6 → 605.A.7",
            "renumbered 605.A.7 → 605.A.8",
            "modified 701.A → 701.A",
            "retitled 708 → 708",
        ])
        let money = try #require(diff.changes.first { $0.kind == .modified })
        #expect(money.edits.map(\.old) == ["$525"])
        #expect(money.edits.map(\.new) == ["$575"])
        #expect(money.facts.map(\.unit) == [.money])
        #expect(money.facts.map(\.old) == ["$525"])
        #expect(money.facts.map(\.new) == ["$575"])
        #expect(money.facts.first?.difference == 50)
        #expect(abs((money.facts.first?.percentChange ?? 0) - 9.5238) < 0.001)
        let renumbered = try #require(diff.changes.first { $0.kind == .renumbered })
        #expect(renumbered.edits.isEmpty)
    }

    /// Fixtures/pairs/asd-ace-2003-06-edited.txt is this recipe applied to the seed, committed for
    /// the command line and the benchmark; the two must not drift apart.
    @Test func committedPairIsTheRecipe() throws {
        let original = try String(contentsOf: Self.seed, encoding: .utf8)
        let pair = Self.seed.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("pairs/asd-ace-2003-06-edited.txt")
        if ProcessInfo.processInfo.environment["BLACKLINE_RECORD"] == "1" {
            try Self.edited(original).write(to: pair, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: pair, encoding: .utf8) == (try Self.edited(original)))
    }

    /// An article with no text of its own, renumbered by an article inserted before it and with a
    /// section dropped, is one article: its sections say where it went (or its title does).
    @Test func renumberedArticleWithoutOwnTextFollowsItsSections() {
        let travel = "ARTICLE 21 – TRAVEL\nTravel on agency business is paid at the federal mileage rate in force.\n"
        let strikes = "ARTICLE 23 – STRIKES\nThe Association agrees that there shall be no strike during this Agreement.\n"
        let sections = [
            "Section 1. Members of the retirement system have their contributions paid by the Employer.",
            "Section 2. Participating members may choose to make additional voluntary contributions.",
            "Section 3. Cost of living adjustments follow the schedule agreed by the parties each year.",
            "Section 4. Selective salary adjustments apply to the classifications listed in this Article.",
        ]
        let old = travel + "ARTICLE 22 – SALARIES\n" + sections.joined(separator: "\n") + "\n" + strikes
        let health = "ARTICLE 21 – HEALTH INSURANCE\nThe Employer pays the full premium of the medical plan for each employee.\n"
        let new = health + travel.replacingOccurrences(of: "21", with: "22") + "ARTICLE 23 – SALARIES\n"
            + sections.dropLast().joined(separator: "\n") + "\n" + strikes.replacingOccurrences(of: "23", with: "24")
        let changes = AgreementDiff(old: Self.agreement(old), new: Self.agreement(new)).changes
        let articles = changes.filter { !($0.old?.path ?? $0.new?.path ?? "").contains(".") }
        #expect(articles.map { "\($0.kind.rawValue) \($0.old?.path ?? "-") → \($0.new?.path ?? "-")" } == [
            "added - → 21", "renumbered 21 → 22", "renumbered 22 → 23", "renumbered 23 → 24",
        ])
        #expect(changes.contains { $0.kind == .deleted && $0.old?.path == "22.4" })
    }

    @Test func identicalVersionsHaveNoChanges() throws {
        let original = try String(contentsOf: Self.seed, encoding: .utf8)
        #expect(AgreementDiff(old: Self.agreement(original), new: Self.agreement(original)).changes.isEmpty)
    }

    @Test func amountsInParenthesesChangeAsOnePhrase() {
        let old = Self.agreement("301 JOINT RIGHTS\nA. Temporary employees may be utilized for up to ninety (90) calendar days.\n")
        let new = Self.agreement("301 JOINT RIGHTS\nA. Temporary employees may be utilized for up to one hundred twenty (120) calendar days.\n")
        let change = AgreementDiff(old: old, new: new).changes
        #expect(change.map(\.kind) == [.modified])
        #expect(change.first?.edits.map(\.old) == ["ninety (90)"])
        #expect(change.first?.edits.map(\.new) == ["one hundred twenty (120)"])
        #expect(change.first?.facts.map(\.new) == ["120"])
    }
}
