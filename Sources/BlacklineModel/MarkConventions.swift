/// The redline conventions a reader found in a document, so a user sees at once whether the
/// reading is right: what was taken for insertions and deletions, and what styling was set
/// aside as the document's own (underlined headings, links, shaded cells).
public struct MarkConventions: Sendable, Hashable, Codable {
    /// One convention: "red text" with the words it marked, or "underlined headings" with the
    /// lines it covered.
    public struct Use: Sendable, Hashable, Codable {
        public var name: String
        public var count: Int
        /// What `count` counts: "words", "lines", "terms", "areas".
        public var unit: String

        public init(_ name: String, count: Int, unit: String = "words") {
            self.name = name
            self.count = count
            self.unit = unit
        }
    }

    public var insertions: [Use]
    public var deletions: [Use]
    public var ignored: [Use]
    /// The document's own legend ("New language is in bold"), when it prints one.
    public var legend: String?
    /// Lines with a change bar in the margin, and how many of them carry no mark.
    public var changeBarLines = 0
    public var unmarkedChangeBarLines = 0

    public init(insertions: [Use] = [], deletions: [Use] = [], ignored: [Use] = [], legend: String? = nil) {
        self.insertions = insertions
        self.deletions = deletions
        self.ignored = ignored
        self.legend = legend
    }

    /// "insertions: red text, 412 words; deletions: black strike, 73 words; ignored: underlined
    /// headings (41 lines), links (12 areas)".
    public var summary: String {
        func marks(_ uses: [Use]) -> String {
            uses.isEmpty ? "none" : uses.map { "\($0.name), \($0.count) \($0.unit)" }.joined(separator: "; ")
        }
        var parts = ["insertions: \(marks(insertions))", "deletions: \(marks(deletions))"]
        if !ignored.isEmpty {
            parts.append("ignored: " + ignored.map { "\($0.name) (\($0.count) \($0.unit))" }.joined(separator: ", "))
        }
        if changeBarLines > 0 {
            let unmarked = unmarkedChangeBarLines > 0 ? ", \(unmarkedChangeBarLines) of them without a mark" : ""
            parts.append("change bars: \(changeBarLines) line\(changeBarLines == 1 ? "" : "s")\(unmarked)")
        }
        if let legend { parts.append("legend: \"\(legend)\"") }
        return parts.joined(separator: " | ")
    }
}
