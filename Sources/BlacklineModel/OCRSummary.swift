/// What OCR did for a PDF's pages without a text layer (scans): which pages it read, how many
/// words it found and how many it was unsure of, and what it cost.
public struct OCRSummary: Sendable, Hashable, Codable {
    /// The pages read by OCR, counted from 1.
    public var pages: [Int]
    public var words: Int
    /// Words whose confidence fell below the reader's threshold, and the pages holding them.
    public var lowConfidenceWords: Int
    public var lowConfidencePages: [Int]
    /// Pixels per inch the pages were drawn at for OCR.
    public var dpi: Double
    /// Wall-clock time of drawing and recognizing those pages.
    public var milliseconds: Double

    public init(pages: [Int], words: Int, lowConfidenceWords: Int, lowConfidencePages: [Int], dpi: Double, milliseconds: Double) {
        self.pages = pages
        self.words = words
        self.lowConfidenceWords = lowConfidenceWords
        self.lowConfidencePages = lowConfidencePages
        self.dpi = dpi
        self.milliseconds = milliseconds
    }
}
