import BlacklineModel

/// The largest file each format is read from, in bytes. A reader holds the whole file and builds
/// lines, runs and a tree several times its size, so an input past these is refused with a clear
/// message instead of taking the machine's memory (a 200 MB text grew past 2 GB before).
enum InputLimits {
    /// The longest agreements seen run to about 1,000 pages, about 3 MB as text; 16 MB leaves five
    /// times that while what is built from it stays far under 1 GB.
    static let largestText = 16 << 20
    /// Word processors' "web page" exports carry several times their text in markup; libxml2's
    /// tree of 32 MB of HTML stays under 1 GB.
    static let largestHTML = 32 << 20
    /// Pictures make up most of a large .docx and are never unpacked; what its XML parts may
    /// unpack to has its own budget (`UnpackBudget`).
    static let largestDOCX = 64 << 20
    /// A Word 97-2003 or encrypted Office file is only searched for its encryption stream.
    static let largestOfficeContainer = 64 << 20

    /// The limit for a file of this format; nil for PDF, which poppler reads from the path itself.
    static func largestFile(_ format: DocumentFormat) -> Int? {
        switch format {
        case .text: largestText
        case .html: largestHTML
        case .docx: largestDOCX
        case .pdf: nil
        }
    }
}
