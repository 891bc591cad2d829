import BlacklineModel
import Testing

@Suite struct ModelTests {
    @Test func labelOrdinals() {
        #expect(LabelStyle.upperLetter.ordinal(of: "C") == 3)
        #expect(LabelStyle.lowerLetter.ordinal(of: "a") == 1)
        #expect(LabelStyle.decimal.ordinal(of: "12") == 12)
        #expect(LabelStyle.upperLetter.ordinal(of: "c") == nil)
        #expect(LabelStyle.upperLetter.ordinal(of: "AA") == nil)
        #expect(LabelStyle.parenLetter.render("b") == "(b)")
    }

    @Test func wordStreamIgnoresSpacingWrappingAndHyphens() {
        #expect(Words.stream("negoti-\nations  in\tgood faith") == Words.stream("negotiations in good faith"))
        #expect(Words.stream("$1,300") == "1300")
        #expect(Words.stream("ΓA'd") == "ΓAd")
        #expect(Words.of("205 HEALTH BENEFITS, cont’d.") == ["205", "HEALTH", "BENEFITS", "cont", "d"])
    }

    @Test func runsCoalesceOnlyWhenMarkStyleAndEvidenceMatch() {
        let runs = [TextRun("a"), TextRun("b"), TextRun("c", mark: .inserted), TextRun("d", mark: .inserted), TextRun("e", style: .bold), TextRun("")]
        #expect(runs.coalesced() == [TextRun("ab"), TextRun("cd", mark: .inserted), TextRun("e", style: .bold)])
    }

    @Test func dumpPrintsTheTreeIndented() {
        let location = SourceLocation(line: 1)
        let item = Clause(kind: .section, label: "1", labelStyle: .decimal,
                          blocks: [.paragraph(Paragraph(runs: [TextRun("Transcripts must be submitted.")], location: location))],
                          path: "115.A.1", location: location)
        let section = Clause(kind: .section, label: "A", labelStyle: .upperLetter, title: "Credits", children: [item], path: "115.A", location: location)
        let article = Clause(kind: .article, number: "115", title: "QUALIFICATION REQUIREMENTS",
                             notes: [ClauseNote(kind: .renumberedFrom, text: "renumbered from 112", target: "112")],
                             children: [section], path: "115", location: location)
        #expect(article.dump(OutlineOptions(excerptLength: 12)) == """
        115 QUALIFICATION REQUIREMENTS [renumbered from 112]
          115.A Credits
            115.A.1  (1 ¶)  Transcripts …
        """)
        #expect(article.heading == "115 QUALIFICATION REQUIREMENTS [renumbered from 112]")
        #expect(section.heading == "A. Credits")
        #expect(article.clause(at: "115.A.1")?.text == "Transcripts must be submitted.")
        #expect(article.subtree.map(\.path) == ["115", "115.A", "115.A.1"])
    }

    @Test func agreementOpensChaptersWhenListingArticles() {
        let location = SourceLocation(line: 1)
        let intent = Clause(kind: .article, number: "201", title: "INTENT", path: "201", location: location)
        let chapter = Clause(kind: .chapter, number: "200", title: "STATUS", children: [intent], path: "200", location: location)
        let preamble = Clause(kind: .article, number: "100", title: "PREAMBLE", path: "100", location: location)
        let agreement = Agreement(source: "a.txt", format: .text, clauses: [preamble, chapter])
        #expect(agreement.articles.map(\.path) == ["100", "201"])
        #expect(agreement.chapters.map(\.path) == ["200"])
        #expect(agreement.clause(at: "201")?.title == "INTENT")
    }
}
