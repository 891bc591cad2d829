import BlacklineModel

/// A heading of what follows an agreement's body: `APPENDIX A – SALARY SCHEDULE`, `Exhibit 2`,
/// `ADDENDUM B, DRUG AND ALCOHOL POLICY`, `SCHEDULE A`, `LETTER OF AGREEMENT – ARTICLE 14 – SALARY
/// RANGE TRUNCATION`, `MEMORANDUM OF UNDERSTANDING`, `SIDE LETTER`, `INDEX`, `SIGNATURE PAGE`. The
/// line must be a heading (short, capitalized, no sentence); the tree builder takes it only after
/// the body has begun, so a caption inside an article stays a subheading.
struct AnnexHeading: Equatable {
    var kind: AnnexKind
    /// The opening words as printed: "APPENDIX", "Letter of Understanding".
    var printedOpening = ""
    /// As printed: "A", "2", "IV"; nil when the heading has none.
    var label: String?
    var title: String

    /// Opening words of each kind, longest first so "LETTER OF AGREEMENT" wins over "LETTER".
    static let openings: [(words: String, kind: AnnexKind, needsLabel: Bool)] = [
        ("letter of agreement", .letterOfAgreement, false), ("letter of understanding", .letterOfAgreement, false),
        ("letters of agreement", .letterOfAgreement, false),
        ("memorandum of understanding", .memorandum, false), ("memorandum of agreement", .memorandum, false),
        ("memoranda of understanding", .memorandum, false),
        ("side letter", .sideLetter, false), ("signature page", .signatures, false), ("signatures", .signatures, false),
        ("appendix", .appendix, false), ("exhibit", .exhibit, false), ("addendum", .addendum, false),
        ("attachment", .attachment, false), ("schedule", .schedule, true), ("mou", .memorandum, false),
        ("moa", .memorandum, false), ("loa", .letterOfAgreement, false), ("index", .index, false),
    ]
    /// A heading line is short; a longer one is prose that opens with the word.
    static let mostWords = 16
    static let longestLabel = 4

    /// Reads a trimmed line.
    static func parse(_ text: String) -> AnnexHeading? {
        // Every opening starts with one of these letters, in capitals as a heading prints it.
        guard let first = text.first, "LMSAEI".contains(first), first.isUppercase else { return nil }
        if PlainASCII.isPlain(text), !openings.contains(where: { PlainASCII.hasPrefixIgnoringCase(text, $0.words) }) { return nil }
        guard text.split(whereSeparator: \.isWhitespace).count <= mostWords, !text.contains("\t") else { return nil }
        let lowered = text.lowercased()
        for opening in openings where lowered.hasPrefix(opening.words) {
            let word = text.prefix(opening.words.count)
            // "APPENDIX" or "Appendix", as a heading prints it; "INDEX" must stand in capitals.
            guard word == word.uppercased() || (opening.kind != .index && word.first?.isUppercase == true) else { return nil }
            var rest = text.dropFirst(opening.words.count)
            guard rest.isEmpty || rest.first == " " || rest.first == "," || rest.first == ":" || rest.first == "-" || rest.first == "–" || rest.first == "—" else { return nil }
            let label = takeLabel(&rest)
            if opening.needsLabel, label == nil { return nil }
            guard let title = HeadingCandidate.titleAfter(rest) else { return nil }
            let parts = HeadingText.parts(of: title)
            guard title.isEmpty || isAnnexTitle(parts.title) else { return nil }
            return AnnexHeading(kind: opening.kind, printedOpening: String(word), label: label, title: parts.title)
        }
        return nil
    }

    /// "A", "\"A\"", "2", "IV", "A-1" after the kind word: short, no lower-case letters.
    private static func takeLabel(_ rest: inout Substring) -> String? {
        let trimmed = rest.drop { $0 == " " }
        var token = trimmed.prefix { !$0.isWhitespace && !",:–—".contains($0) }
        while let last = token.last, last == "." || last == "-" { token = token.dropLast() }
        let bare = token.filter { $0 != "\"" && $0 != "“" && $0 != "”" && $0 != "'" }
        guard !bare.isEmpty, bare.count <= longestLabel, bare.first?.isLetter == true || bare.first?.isNumber == true,
              !bare.contains(where: \.isLowercase), bare.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        // A capital word ("APPENDIX SALARY") is the title, not a label: labels are one letter, a
        // number or a numeral.
        if bare.allSatisfy(\.isLetter), bare.count > 1, HeadingNumber.romanValue(bare) == nil { return nil }
        rest = trimmed.dropFirst(token.count)
        if rest.first == "." { rest = rest.dropFirst() }
        return bare
    }

    /// Words that join a letter's kind to its subject.
    static let leadingConnectives: Set<String> = HeadingText.minorWords.union(["regarding", "concerning", "re:", "about"])

    /// Titles of letters cite articles and dates ("– ARTICLE 14 – SALARY RANGE TRUNCATION",
    /// "Bi-Weekly Pay Period/Work Schedule"), so the test is looser than an article's.
    private static func isAnnexTitle(_ title: String) -> Bool {
        if HeadingText.looksLikeTitle(title) || HeadingText.isAllCaps(title) { return true }
        // "Side Letter on Parking", "Letter of Understanding regarding Overtime".
        let words = title.split(separator: " ")
        if let first = words.first, words.count > 1, leadingConnectives.contains(first.lowercased()),
           HeadingText.looksLikeTitle(words.dropFirst().joined(separator: " ")) { return true }
        let letters = title.filter(\.isLetter)
        return !letters.isEmpty && Double(letters.filter(\.isUppercase).count) / Double(letters.count) >= 0.6
    }
}
