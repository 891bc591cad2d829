/// A stretch of text with one mark and one style, as a reader found it.
public struct TextRun: Sendable, Hashable, Codable {
    public var text: String
    public var mark: Mark
    public var style: RunStyle
    /// Why the reader chose the mark ("<u> in text", "red strike rule"), for reports.
    public var evidence: String?
    /// Colours as the page showed them, kept by a reader only until it decides the marks.
    public var appearance: RunAppearance?

    public init(_ text: String, mark: Mark = .plain, style: RunStyle = [], evidence: String? = nil, appearance: RunAppearance? = nil) {
        self.text = text
        self.mark = mark
        self.style = style
        self.evidence = evidence
        self.appearance = appearance
    }
}

extension Array where Element == TextRun {
    /// The runs' text, marks dropped.
    public var plainText: String { map(\.text).joined() }

    /// Adjacent runs with the same mark, style and evidence merged into one.
    public func coalesced() -> [TextRun] {
        var merged: [TextRun] = []
        for run in self where !run.text.isEmpty {
            if let last = merged.last, last.mark == run.mark, last.style == run.style,
               last.evidence == run.evidence, last.appearance == run.appearance {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        return merged
    }
}
