/// Where each word of a text starts, for counting many terms' whole-word occurrences in one
/// text: each term is looked for only where its first word starts.
///
/// Why: counting each underlined or bold term by searching the whole document cost a search of
/// the document per term; on a 724-page agreement (hundreds of bold terms) that was a third of
/// its reading, and it grows with the document's length times its terms.
struct WordStarts {
    private let scalars: [Unicode.Scalar]
    /// First word (a run of letters) → where it starts, in scalars.
    private var starts: [String: [Int]] = [:]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard Self.isLetter(scalars[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, Self.isLetter(scalars[end]) { end += 1 }
            starts[Self.string(scalars[index..<end]), default: []].append(index)
            index = end
        }
    }

    /// How often `term` stands in the text with no letter right before or after it (as
    /// `String.wholeWordCount` counts), up to `limit`; nil for a term that does not start with
    /// a letter, which this index cannot look up.
    func count(of term: String, limit: Int = .max) -> Int? {
        let wanted = Array(term.unicodeScalars)
        guard let first = wanted.first, Self.isLetter(first) else { return nil }
        var firstWordEnd = 1
        while firstWordEnd < wanted.count, Self.isLetter(wanted[firstWordEnd]) { firstWordEnd += 1 }
        var count = 0
        for start in starts[Self.string(wanted[..<firstWordEnd])] ?? [] where count < limit {
            let end = start + wanted.count
            guard end <= scalars.count, scalars[start..<end].elementsEqual(wanted) else { continue }
            if end == scalars.count || !Character(scalars[end]).isLetter { count += 1 }
        }
        return count
    }

    /// A letter as `Character.isLetter` says of a one-scalar character: word starts are found
    /// where the text's own letters begin, so none is missed before a term.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) : Character(scalar).isLetter
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }
}
