import BlacklineModel
import Foundation

/// Decides a printed redline's marks by the document's own conventions. A page shows colour,
/// underline, strike, highlight and bold, but not what they mean: red text is new language in one
/// redline and a coloured letterhead in another; underline marks insertions, or every heading.
/// So the reader first learns the document's style — its body colour, the styling it uses the same
/// way throughout (underlined headings, defined terms, coloured headings, links) and any legend it
/// prints — and only what departs from that style is taken for a change, each run with its
/// evidence.
///
/// Strike is always a deletion. Insertions: an underline rule, a colour that is not the body's,
/// a highlight hugging the words, and bold or italic only when a legend declares them.
enum MarkConventionReader {
    /// Styling on at least this many whole heading lines is the document's heading style.
    static let fewestStyledHeadings = 3
    /// A phrase this short, styled at least `fewestTermUses` times and in this share of its
    /// uses, is a defined term set in the document's term style.
    static let longestTerm = 4
    static let fewestTermUses = 3
    static let termShare = 0.75
    /// Text this many times the body size (titles, watermarks, logos) carries no marks.
    static let largestMarkedText = 1.8
    /// A heading line has at most this many words.
    static let longestHeading = 12

    /// The lines with their marks decided and appearances let go, and what was found; nil
    /// conventions when no run carries an appearance (marks were not looked for).
    static func read(_ lines: [MarkedLine]) -> (lines: [MarkedLine], conventions: MarkConventions?) {
        guard lines.contains(where: { $0.runs.contains { $0.appearance != nil } }) else { return (lines, nil) }
        let style = DocumentStyle(lines)
        let legend = MarkLegend.find(in: lines)
        var tally = Tally()
        var decided = lines
        for index in decided.indices {
            let line = lines[index]
            let isLegend = legend.lines.contains(index)
            var previousEndsInWord = false
            decided[index].runs = line.runs.map { run in
                var run = run
                // A word split over runs of one convention (a scan's letters measured apart) counts once.
                tally.beginRun(continuingWord: previousEndsInWord && run.text.first.map { !$0.isWhitespace } == true)
                previousEndsInWord = run.text.last.map { !$0.isWhitespace } ?? false
                if isLegend {
                    run.mark = .plain
                    run.evidence = nil
                } else {
                    decide(&run, in: line, index: index, style: style, legend: legend, tally: &tally)
                }
                run.appearance = nil
                return run
            }.coalesced()
        }
        var conventions = tally.conventions(style: style)
        conventions.legend = legend.text
        let barred = decided.filter { $0.layout?.changeBar == true }
        conventions.changeBarLines = barred.count
        conventions.unmarkedChangeBarLines = barred.filter { line in line.runs.allSatisfy { $0.mark == .plain } }.count
        return (decided, conventions)
    }

    /// Lines a change bar stands beside without any mark on them: a change the markup may not
    /// show (or a formatting change). Listed up to `mostListed`, then counted.
    static let mostListed = 12

    static func unmarkedChangeBarFindings(_ lines: [MarkedLine]) -> [Finding] {
        let unmarked = lines.filter { line in line.layout?.changeBar == true && line.runs.allSatisfy { $0.mark == .plain } && !line.isBlank }
        var findings = unmarked.prefix(mostListed).map { line in
            Finding(.markup, .warning, "a change bar stands beside this line but none of its words is marked: a change here may be unmarked (or only its formatting changed)", at: line.location)
        }
        if unmarked.count > mostListed {
            findings.append(Finding(.markup, .warning, "\(unmarked.count - mostListed) more lines with a change bar and no mark"))
        }
        return findings
    }

    private static func decide(_ run: inout TextRun, in line: MarkedLine, index: Int, style: DocumentStyle, legend: MarkLegend, tally: inout Tally) {
        let words = run.wordCount
        guard words > 0, let appearance = run.appearance else { return }
        if run.mark == .deleted {
            tally.deletion(Self.deletionName(run), words: words)
            return
        }
        let color = ColorValue(hex: appearance.color)
        let isLarge = style.bodySize > 0 && appearance.fontSize > largestMarkedText * style.bodySize
        if appearance.isLink || run.looksLikeAddress {
            if run.mark == .inserted || color.map({ !style.isBodyColor($0) }) == true { tally.ignored("links", line: index) }
            run.mark = .plain
            run.evidence = nil
            return
        }
        if isLarge, run.mark == .inserted || color.map({ !style.isBodyColor($0) }) == true {
            tally.ignored("large text (titles, watermarks)", line: index)
            run.mark = .plain
            run.evidence = nil
            return
        }
        if run.mark == .plain, let color, style.strikeColors.contains(color.name), let hex = appearance.color {
            // The document's struck text is in this colour, and little else is: a strike not seen.
            run.mark = .deleted
            run.evidence = "\(color.name) text \(hex), the colour of the document's struck text"
            tally.deletion("\(color.name) text like the struck text", words: words)
            return
        }
        var evidence: String?
        var name: String?
        if run.mark == .inserted, run.style.contains(.underline) {
            if style.underlinedHeadingLines.contains(index) {
                tally.ignored("underlined headings", line: index)
            } else if style.underlinedTerms.contains(run.termKey) {
                tally.ignoredTerm("underlined defined terms", run.termKey)
            } else {
                (name, evidence) = (Self.underlineName(run), run.evidence)
            }
        } else if run.mark == .inserted {
            (name, evidence) = (run.evidence.map(Self.annotationName) ?? "insertion", run.evidence)
        }
        if name == nil, let color, !style.isBodyColor(color), !color.isFaint, color.isChromatic || legend.insertionColors.contains(color.name) {
            let declared = legend.insertionColors.contains(color.name)
            if style.structuralColors.contains(appearance.color ?? ""), !declared {
                tally.ignored("\(color.name) headings and titles", line: index)
            } else {
                name = "\(color.name) text"
                evidence = "\(color.name) text \(appearance.color ?? "")" + (declared ? ", as the legend declares" : ", not the body colour \(style.bodyColor)")
            }
        }
        if let highlight = ColorValue(hex: appearance.highlight), name == nil || name?.hasSuffix(" text") == true {
            let on = "\(highlight.name) highlight \(appearance.highlight ?? "")"
            name = name.map { "\($0) on \(highlight.name) highlight" } ?? "\(highlight.name) highlight"
            evidence = evidence.map { "\($0), on \(on)" } ?? on
        }
        if name == nil {
            for (declared, runStyle, label) in [(MarkLegend.Style.bold, RunStyle.bold, "bold"), (.italic, .italic, "italic"), (.underline, .underline, "underline")]
            where legend.insertionStyles.contains(declared) && run.style.contains(runStyle) {
                if style.isHeadingLine(index) && style.covers(run, line: index) || run.isRunInHeading(of: line) {
                    tally.ignored("\(label) headings", line: index)
                } else if style.boldTerms.contains(run.termKey) && runStyle == .bold {
                    tally.ignoredTerm("bold defined terms", run.termKey)
                } else {
                    name = "\(label), as the legend declares"
                    evidence = name
                }
                break
            }
        }
        guard let name else {
            if run.mark == .inserted {
                run.mark = .plain
                run.evidence = nil
            }
            return
        }
        run.mark = .inserted
        run.evidence = evidence
        tally.insertion(name, words: words)
    }

    private static func deletionName(_ run: TextRun) -> String {
        guard let evidence = run.evidence else { return "strike" }
        if evidence.contains("annotation") { return annotationName(evidence) }
        let color = evidence.split(separator: " ").last.flatMap { ColorValue(hex: String($0)) }
        let strike = run.style.contains(.doubleStrikethrough) ? "double strike" : "strike"
        return color.map { "\($0.name) \(strike)" } ?? strike
    }

    private static func underlineName(_ run: TextRun) -> String {
        let color = run.evidence?.split(separator: " ").last.flatMap { ColorValue(hex: String($0)) }
        return color.map { "\($0.name) underline" } ?? "underline"
    }

    /// "StrikeOut annotation by Jane" → "StrikeOut annotations".
    private static func annotationName(_ evidence: String) -> String {
        guard let range = evidence.range(of: " annotation") else { return evidence }
        return evidence[..<range.lowerBound] + " annotations"
    }
}

/// Counts for the conventions summary.
private struct Tally {
    var insertions: [String: Int] = [:]
    var deletions: [String: Int] = [:]
    var ignoredLines: [String: Set<Int>] = [:]
    var ignoredTerms: [String: Set<String>] = [:]

    /// The convention the previous run of the line was counted under, and whether this run goes
    /// on with that run's last word.
    private var previous: String?
    private var continuingWord = false

    mutating func beginRun(continuingWord: Bool) {
        self.continuingWord = continuingWord
        if !continuingWord { previous = nil }
    }

    mutating func insertion(_ name: String, words: Int) { insertions[name, default: 0] += counted(words, "+" + name) }
    mutating func deletion(_ name: String, words: Int) { deletions[name, default: 0] += counted(words, "-" + name) }

    private mutating func counted(_ words: Int, _ key: String) -> Int {
        defer { previous = key }
        return continuingWord && previous == key ? words - 1 : words
    }
    mutating func ignored(_ name: String, line: Int) { ignoredLines[name, default: []].insert(line) }
    mutating func ignoredTerm(_ name: String, _ term: String) { ignoredTerms[name, default: []].insert(term) }

    func conventions(style: DocumentStyle) -> MarkConventions {
        func uses(_ counts: [String: Int]) -> [MarkConventions.Use] {
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { MarkConventions.Use($0.key, count: $0.value) }
        }
        let ignored = ignoredLines.map { MarkConventions.Use($0.key, count: $0.value.count, unit: $0.value.count == 1 ? "line" : "lines") }
            + ignoredTerms.map { MarkConventions.Use($0.key, count: $0.value.count, unit: $0.value.count == 1 ? "term" : "terms") }
        return MarkConventions(insertions: uses(insertions), deletions: uses(deletions),
                               ignored: ignored.sorted { ($0.count, $1.name) > ($1.count, $0.name) })
    }
}

extension TextRun {
    /// A web or email address printed as such (blue and underlined by habit, with or without a
    /// link area): "www.oregon.gov/das", "https://…", "hr@county.org".
    var looksLikeAddress: Bool {
        // Nearly every run has neither "@" nor "//" nor a "." right after "www": one byte scan says
        // so (a date's or an "and/or"'s single slash is no address).
        var bytes = text.utf8.makeIterator()
        var ws = 0, mayBeAddress = false, previous: UInt8 = 0
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "/") && previous == byte || ws >= 3 && byte == UInt8(ascii: ".") {
                mayBeAddress = true
                break
            }
            ws = byte | 0x20 == UInt8(ascii: "w") ? ws + 1 : 0
            previous = byte
        }
        guard mayBeAddress else { return false }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= 2 else { return false }
        return words.allSatisfy { word in
            let lowered = word.lowercased()
            return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.")
                || lowered.contains("@") && lowered.split(separator: "@").last?.contains(".") == true
        }
    }

    /// Words separated by whitespace. Asked of every run of the document: counted, not split, and
    /// plain ASCII by its bytes (space, tab and the line and page breaks are its whitespace).
    var wordCount: Int {
        var count = 0, inWord = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return Self.wordCount(ofCharacters: text) }
            let isWhitespace = byte == 0x20 || (0x09...0x0D).contains(byte)
            if !isWhitespace, !inWord { count += 1 }
            inWord = !isWhitespace
        }
        return count
    }

    private static func wordCount(ofCharacters text: String) -> Int {
        var count = 0, inWord = false
        for character in text {
            if !character.isWhitespace, !inWord { count += 1 }
            inWord = !character.isWhitespace
        }
        return count
    }

    /// The run as a defined term is compared: trimmed of spaces and punctuation, its case kept
    /// (a term is "Union"; the heading "UNION RECOGNITION" is no use of it).
    var termKey: String {
        text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
    }

    /// A short label or title opening its line, "Section 7.1." or "4.3 Overtime.", set apart
    /// by its style from the text that follows.
    func isRunInHeading(of line: MarkedLine) -> Bool {
        guard let first = line.runs.first(where: { !$0.text.allSatisfy(\.isWhitespace) }), first == self else { return false }
        return wordCount <= 6 && DocumentStyle.isHeadingLike(text) && (text.first?.isLetter == false
            || DocumentStyle.opensWithHeadingKeyword(text))
    }

}
