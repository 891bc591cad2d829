import BlacklineModel
@testable import BlacklineReaders
import Testing

@Suite struct InlineMarkupTests {
    private func runs(_ lines: [String]) -> [[TextRun]] {
        TextReader.read(text: lines.joined(separator: "\n"), source: "t.txt").lines.map(\.runs)
    }

    @Test func underlineTagsMarkInsertions() {
        let line = runs(["the District will meet with AEA <u>the</u> Association"])[0]
        #expect(line.map(\.text) == ["the District will meet with AEA ", "the", " Association"])
        #expect(line.map(\.mark) == [.plain, .inserted, .plain])
        #expect(line[1].style == .underline)
    }

    @Test func insertionsMaySpanLines() {
        let lines = runs(["<u>amounts shall be made", "directly to the District.</u> Failure"])
        #expect(lines[0] == [TextRun("amounts shall be made", mark: .inserted, style: .underline, evidence: "underline tag in text")])
        #expect(lines[1].map(\.mark) == [.inserted, .plain])
    }

    @Test func latexUnderlineGroupsAreInsertions() {
        let line = runs(["their $\\underline{n}\\underline{N}$ otice"])[0]
        #expect(line.map(\.text) == ["their ", "nN", " otice"])
        #expect(line[1].mark == .inserted)
    }

    @Test func deletionTagsAndStrikeMarkdown() {
        let line = runs(["up to <s>six</s> ~~seven~~ eight years"])[0]
        #expect(line.filter { $0.mark == .deleted }.map(\.text) == ["six", "seven"])
        #expect(line.plainText == "up to six seven eight years")
    }

    @Test func boldAndEscapedDollarsButNotAsteriskRows() {
        let line = runs(["5. B + 90 **B90**: pay \\$1,300 \\$1,500"])[0]
        #expect(line.plainText == "5. B + 90 B90: pay $1,300 $1,500")
        #expect(line.first { $0.text == "B90" }?.style == .bold)
        let stars = runs(["1 2 3\t****** Community Counselor"])[0]
        #expect(stars.plainText == "1 2 3\t****** Community Counselor")
        #expect(stars.allSatisfy { $0.style.isEmpty })
    }

    @Test func unknownTagsAndLoneMarkersStayText() {
        let line = runs(["a <b> tag, a lone ** and $5 and \\q"])[0]
        #expect(line.plainText == "a <b> tag, a lone ** and $5 and \\q")
    }
}
