/// Differences a reader asked not to see, as diff(1)'s -i and -w do: off by default, since a
/// changed capital, hyphen or comma can change what a clause means ("Employer" the defined term;
/// "re-sign" and "resign"). What is never a change (spacing inside a word, a line-end hyphen
/// joined otherwise) is set aside always, by `ReadingArtifacts`.
public struct IgnoredDifferences: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// "Employer" and "employer".
    public static let letterCase = IgnoredDifferences(rawValue: 1 << 0)
    /// "one-fifth", "onefifth" and "one fifth".
    public static let hyphenation = IgnoredDifferences(rawValue: 1 << 1)
    /// Edits that only add, remove or change punctuation: "employees," and "employees".
    public static let punctuation = IgnoredDifferences(rawValue: 1 << 2)

    /// The names reports print, in a fixed order.
    public var names: [String] {
        [(Self.letterCase, "case"), (.hyphenation, "hyphenation"), (.punctuation, "punctuation")].filter { contains($0.0) }.map(\.1)
    }

    /// Whether the edit's two sides read the same once the ignored differences are taken out.
    func covers(_ edit: WordDiff.Edit, old: [String], new: [String]) -> Bool {
        guard !isEmpty else { return false }
        return key(old[edit.oldTokens]) == key(new[edit.newTokens])
    }

    private static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{00AD}"]

    private func key(_ tokens: ArraySlice<String>) -> String {
        var words = tokens.map { contains(.letterCase) ? $0.lowercased() : $0 }.filter { word in
            !(contains(.punctuation) && word.allSatisfy(\.isPunctuation))
        }.joined()
        if contains(.hyphenation) { words.removeAll { Self.hyphens.contains($0) } }
        return words
    }
}
