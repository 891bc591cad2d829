@testable import BlacklineReaders
import Testing

/// Counting terms through an index of word starts gives what a search of the whole text gives.
@Suite struct WordStartsTests {
    static let text = """
    The “Employer” and the Employer's agents; the EMPLOYER, employers and Employer-paid leave.
    A Bargaining Unit member, the Bargaining Unit's steward, Bargaining Units, Bargaining  Unit.
    Café staff: the Café, Cafés. subEmployer, 2Employer, Employer
    """

    @Test(arguments: ["Employer", "Bargaining Unit", "Café", "EMPLOYER", "employers", "Unit", "Employer-paid", "Steward"])
    func indexCountsAsTheWholeTextSearchDoes(term: String) {
        let index = WordStarts(Self.text)
        #expect(index.count(of: term) == Self.text.wholeWordCount(of: term), "\(term)")
    }

    @Test func exactCounts() {
        let index = WordStarts(Self.text)
        #expect(index.count(of: "Employer") == 5, "quoted, possessive, hyphened, after a digit, alone; not in capitals, plural or inside a word")
        #expect(index.count(of: "Bargaining Unit") == 2)
        #expect(index.count(of: "Employer", limit: 2) == 2)
        #expect(index.count(of: "“Employer”") == nil, "a term that does not start with a letter is left to the search")
    }
}
