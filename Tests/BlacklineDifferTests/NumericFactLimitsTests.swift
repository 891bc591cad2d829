import BlacklineDiffer
import BlacklineModel
import BlacklineNormalizer
import BlacklineReaders
import Foundation
import Testing

/// A changed number past its unit's plausible limit (`PlausibleValue`) has no difference and no
/// percentage, only a note: no report then prints infinity or a 24-digit percentage.
@Suite struct NumericFactLimitsTests {
    static func fact(_ old: String, _ new: String) throws -> NumericFact {
        let edit = try #require(WordDiff.edits(old: old, new: new).first { $0.operation == .replace })
        return try #require(NumericFact.facts(in: edit).first)
    }

    @Test func plausibleAmountsAreCompared() throws {
        let fact = try Self.fact("contribute $525 per month", "contribute $575 per month")
        #expect(fact.difference == 50)
        #expect(fact.note == nil)
    }

    @Test func amountsPastAHundredMillionAreNotCompared() throws {
        let fact = try Self.fact("contribute $525 per month", "contribute $99999999999999999999999 per month")
        #expect(fact.unit == .money)
        #expect(fact.difference == nil && fact.percentChange == nil)
        #expect(fact.note == "amount $99999999999999999999999 is past any plausible contract value; not compared")
    }

    @Test func numbersPastDoubleAreNotComparedAndQuotedShort() throws {
        let huge = "$" + String(repeating: "9", count: 400)
        let fact = try Self.fact("contribute $525 per month", "contribute \(huge) per month")
        #expect(fact.difference == nil && fact.percentChange == nil)
        #expect(fact.note == "amount $9999999999999999999… (400 digits) is past any plausible contract value; not compared")
    }

    @Test func percentagesPastAThousandAreNotCompared() throws {
        let fact = try Self.fact("an increase of 2% each year", "an increase of 2000% each year")
        #expect(fact.unit == .percent)
        #expect(fact.note == "percentage 2000% is past any plausible contract value; not compared")
    }

    @Test func aRatioThatOverflowsHasNoPercentage() throws {
        let tiny = "0." + String(repeating: "0", count: 300) + "1"
        let fact = try Self.fact("a rate of \(tiny) units", "a rate of 90000000 units")
        #expect(fact.percentChange == nil)
        #expect(fact.difference.map(\.isFinite) == true)
    }

    @Test func theHostilePairDiffsWithANote() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func agreement(_ name: String) throws -> Agreement {
            Normalizer().normalize(try DocumentReader.read(path: root.appendingPathComponent("Fixtures/hostile/\(name)").path))
        }
        let diff = AgreementDiff(old: try agreement("diff-old.txt"), new: try agreement("diff-new-inf.txt"))
        let facts = diff.changes.flatMap(\.facts)
        #expect(facts.count == 1)
        #expect(facts.first?.note?.hasSuffix("is past any plausible contract value; not compared") == true)
    }
}
