/// Something worth telling the user about the content: a repair made, text that could not be
/// placed, numbering that skips. Operations that fail throw instead.
public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        /// OCR noise repaired ("ΓA'd" read as "TA'd", "ı" in an empty cell read as "-").
        case ocrRepair
        /// The file's bytes were not UTF-8 and were decoded another way.
        case encoding
        /// Text that looks broken by the converter (words split across tab stops).
        case garbledText
        /// A line removed as page furniture that was not a plain repeat (converter echoes).
        case furniture
        /// Headings that were split, displaced or continued and were put back together.
        case heading
        /// List labels out of sequence, duplicated, or clause addresses made unique.
        case numbering
        /// The table of contents and the body disagree.
        case tableOfContents
        /// How the document's structure was read: its numbering scheme, or that it has none.
        case structure
        /// Text the normalizer could not classify; it is kept in an unclassified node.
        case unplacedText
        /// How a salary grid was read: strike residue dropped, a displaced cell put back, a
        /// garbled title, a grid split in two and joined.
        case grid
        /// A reviewer's comment on the document (Word comments), with its author and date.
        case comment
        /// A tracked change of formatting only (bold, style, indentation): no words changed.
        case formatting
        /// A tracked move: its words were taken out in one place and put in at another.
        case move
        /// How a redline's markup was read: the styles taken for insertions and deletions, and
        /// the styling set aside as the document's own.
        case markup
        /// Pages read by OCR from their image (scans without a text layer), and the words OCR
        /// was unsure of.
        case ocr
        /// A table that could not be read cell by cell (its text runs across its column
        /// borders): what a comparison of it shows may be only the reading.
        case tableLayout
    }

    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case info
        case warning
        case error

        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var category: Category
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?

    public init(_ category: Category, _ severity: Severity = .info, _ message: String, at location: SourceLocation? = nil) {
        self.category = category
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(category.rawValue)]"
    }
}
