import BlacklineModel
@testable import BlacklineReaders
import Testing

/// Issue 18: the marks a scan hides in its letters. A strike through one digit is shorter than
/// any rule the page is searched for, and one through an "E" lies along its bar; on a colour scan
/// the struck text's colour still shows, and tesseract's overlapping boxes must not spoil a strike
/// that was found.
@Suite struct ScannedTextColourTests {
    static let red: (UInt8, UInt8, UInt8) = (190, 50, 60), blue: (UInt8, UInt8, UInt8) = (60, 60, 180)

    /// A colour page of `width` × 60 with posts of ink (x ranges) in the given colours, rows 10-39.
    static func page(width: Int, posts: [(ClosedRange<Int>, (UInt8, UInt8, UInt8))]) -> (GreyImage, ColourImage) {
        let height = 60
        var grey = [UInt8](repeating: 255, count: width * height), rgb = [UInt8](repeating: 255, count: width * height * 3)
        for (columns, colour) in posts {
            for y in 10..<40 {
                for x in columns {
                    let offset = y * width + x
                    grey[offset] = UInt8((Int(colour.0) * 306 + Int(colour.1) * 601 + Int(colour.2) * 117) >> 10)
                    (rgb[offset * 3], rgb[offset * 3 + 1], rgb[offset * 3 + 2]) = colour
                }
            }
        }
        return (GreyImage(width: width, height: height, dpi: 300, pixels: grey), ColourImage(width: width, height: height, rgb: rgb))
    }

    static func word(_ symbols: [(String, Int, Int)]) -> TesseractEngine.Word {
        TesseractEngine.Word(text: symbols.map(\.0).joined(), left: symbols.first?.1 ?? 0, top: 5, right: symbols.last?.2 ?? 0, bottom: 45,
                             confidence: 90, line: 0, baseline: nil, pointSize: 12,
                             symbols: symbols.map { TesseractEngine.Symbol(text: $0.0, left: $0.1, right: $0.2) })
    }

    @Test func eachSymbolTakesTheColourOfItsOwnInk() {
        // "4" red, "3" blue, a "." of two pixels' width: tesseract's box for the "3" reaches into
        // the "4", whose own columns stay red.
        let (grey, colour) = Self.page(width: 120, posts: [(10...20, Self.red), (30...40, Self.blue), (50...51, (0, 0, 0))])
        let word = Self.word([("4", 10, 22), ("3", 18, 40), (".", 48, 52)])
        let colours = ScannedTextColour.colours(of: [word], image: grey, colour: colour)[0]
        #expect(colours.count == 3)
        #expect(colours[0].flatMap { ColorValue(hex: $0)?.name } == "red", "\(colours)")
        #expect(colours[1].flatMap { ColorValue(hex: $0)?.name } == "blue", "\(colours)")
        #expect(colours[2] == ScannedTextColour.black)
    }

    @Test func aBlackLetterBetweenTwoOfOneColourIsThatColour() {
        // The middle letter's ink is grey (a thin stroke the JPEG bled): inside a blue word, blue.
        let (grey, colour) = Self.page(width: 120, posts: [(10...20, Self.blue), (30...34, (40, 40, 40)), (44...54, Self.blue), (64...74, (0, 0, 0))])
        let colours = ScannedTextColour.colours(of: [Self.word([("a", 10, 20), ("i", 30, 34), ("d", 44, 54), ("s", 64, 74)])], image: grey, colour: colour)[0]
        #expect(colours.map { $0.flatMap { ColorValue(hex: $0)?.name } } == ["blue", "blue", "blue", "black"])
    }

    @Test func oneColourNameIsOneColourOnAPage() {
        let (grey, colour) = Self.page(width: 120, posts: [(10...20, (190, 50, 60)), (40...50, (200, 40, 40))])
        let colours = ScannedTextColour.colours(of: [Self.word([("a", 10, 20)]), Self.word([("b", 40, 50)])], image: grey, colour: colour)
        #expect(colours[0][0] != nil && colours[0][0] == colours[1][0])
    }

    @Test func aStrikeThroughALetterIsNotSpoiltByItsNeighboursOverlappingBox() {
        // Posts at 300, 325, …; a strike over the first letter only (298-322). Tesseract's box for
        // the second letter starts at 312: its middle lies under the strike's end, a third of it.
        let (image, drawn) = ScannedMarkClassifierTests.page(ruleFrom: 298, ruleTo: 322, ruleAbove: 15)
        var word = drawn
        word.symbols[1].left = 312
        let rules = ScannedRuleFinder(image: image).rules()
        let marks = ScannedMarkClassifier.classify([word], rules: rules, dpi: 300, colours: rules.map { _ in nil }).marks[0]
        #expect(marks.map(\.mark) == [.deleted, .plain, .plain, .plain, .plain, .plain])
    }

    @Test func aDoubtfulSecondReadingGivesWayToASureFirst() {
        func word(_ text: String, _ confidence: Double, left: Int = 10) -> TesseractEngine.Word {
            TesseractEngine.Word(text: text, left: left, top: 0, right: left + 40, bottom: 20, confidence: confidence, line: 0, baseline: nil, pointSize: 12)
        }
        let first = [word("(FG)", 96), word("level", 95, left: 60)]
        #expect(ScannedMarks.surer(of: first, [word("(IG)", 55), word("level", 96, left: 60)]).map(\.text) == ["(FG)", "level"])
        // A second reading that is not doubtful stands, however sure the first ("2625" for "2025").
        #expect(ScannedMarks.surer(of: [word("2625", 96)], [word("2025", 80)]).map(\.text) == ["2025"])
        // Readings of different words are not mixed.
        #expect(ScannedMarks.surer(of: first, [word("(IG)", 55)]).map(\.text) == ["(IG)"])
        #expect(ScannedMarks.surer(of: [word("(FG)", 96, left: 200)], [word("(IG)", 55)]).map(\.text) == ["(IG)"])
    }

    @Test func aStruckStretchReadSurelyAndSpelledIsNotReadAgain() throws {
        let engine = try TesseractEngine()
        func word(_ text: String, _ confidence: Double) -> TesseractEngine.Word {
            TesseractEngine.Word(text: text, left: 10, top: 0, right: 50, bottom: 20, confidence: confidence, line: 0, baseline: nil, pointSize: 12)
        }
        #expect(ScannedMarks.isSurelyRead([word("Immediate", 95), word("family", 96), word("partner.", 90)], engine: engine, pageWords: []))
        // A word the page prints elsewhere stands though the dictionary lacks it.
        #expect(ScannedMarks.isSurelyRead([word("(FG)", 96)], engine: engine, pageWords: ["fg"]))
        // Figures a strike crossed are read again however sure ("2625" for "2025"), as are
        // doubtful words and spellings neither the page nor the dictionary holds.
        #expect(!ScannedMarks.isSurelyRead([word("2625", 96)], engine: engine, pageWords: []))
        #expect(!ScannedMarks.isSurelyRead([word("remit", 91), word("keep", 89)], engine: engine, pageWords: []))
        #expect(!ScannedMarks.isSurelyRead([word("fiveten", 93)], engine: engine, pageWords: []))
        #expect(!ScannedMarks.isSurelyRead([], engine: engine, pageWords: []))
    }
}

/// The colour of a document's struck text marks deletions where no strike was seen.
@Suite struct StrikeColourTests {
    static func line(_ runs: [TextRun], _ number: Int) -> MarkedLine { MarkedLine(runs: runs, location: SourceLocation(line: number, page: 1)) }
    static let body = RunAppearance(color: "#000000", fontSize: 11), red = RunAppearance(color: "#b63c43", fontSize: 11)
    /// Lines of body text, so black is the body colour.
    static let bodyLines = (10..<14).map { number in
        line([TextRun("The Employer shall post the schedule where every employee can read it, at each work site.", appearance: body)], number)
    }

    static func struck(_ text: String) -> TextRun {
        TextRun(text, mark: .deleted, style: .strikethrough, evidence: "strike found in the scan #b63c43", appearance: red)
    }

    @Test func textInTheColourOfTheStruckTextIsDeleted() {
        let lines = [
            Self.line([TextRun("4.3.2 The employee may respond within ", appearance: Self.body), Self.struck("ten (10)"), TextRun(" working days.", appearance: Self.body)], 1),
            Self.line([Self.struck("A written reprimand shall be removed from the file."), TextRun(" Section 4.3.", appearance: Self.body),
                       TextRun("5", appearance: Self.red), TextRun(" A decision shall state its reasons.", appearance: Self.body)], 2),
        ]
        let (decided, conventions) = MarkConventionReader.read(lines)
        let five = decided[1].runs.first { $0.text == "5" }
        #expect(five?.mark == .deleted, "\(decided[1].runs)")
        #expect(five?.evidence == "red text #b63c43, the colour of the document's struck text")
        #expect(conventions?.deletions.map(\.name) == ["red strike", "red text like the struck text"], "\(conventions?.summary ?? "")")
    }

    @Test func aColourAlsoUsedForNewTextMarksNoDeletion() {
        // Red for deletions and insertions alike (a Word author's colour): red text stays an insertion.
        let lines = [
            Self.line([Self.struck("ten (10)"), TextRun("fourteen (14) calendar days in advance of the change", appearance: Self.red)], 1),
            Self.line([Self.struck("A written reprimand shall be removed."), TextRun(" The new rate applies.", appearance: Self.body)], 2),
        ] + Self.bodyLines
        let (decided, _) = MarkConventionReader.read(lines)
        #expect(decided[0].runs.first { $0.text.hasPrefix("fourteen") }?.mark == .inserted)
    }

    @Test func aWordSplitOverRunsOfOneConventionCountsOnce() {
        let blue = RunAppearance(color: "#453faf", fontSize: 11)
        let lines = [Self.line([TextRun("Paid adminis", appearance: blue), TextRun("t", appearance: Self.body), TextRun("rative leave", appearance: blue),
                                TextRun(" pending.", appearance: Self.body)], 1)] + StrikeColourTests.bodyLines
        let (_, conventions) = MarkConventionReader.read(lines)
        #expect(conventions?.insertions.first?.name == "blue text")
        #expect(conventions?.insertions.first?.count == 3, "\(conventions?.summary ?? "")")
    }
}
