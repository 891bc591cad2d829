/// A page drawn for OCR: one byte of grey per pixel (0 black, 255 white), rows top to bottom, no
/// padding. A plain value, so it can leave the thread that drew it.
struct GreyImage: Sendable {
    var width: Int
    var height: Int
    /// Pixels per inch the page was drawn at: tesseract's size heuristics and the boxes' scale
    /// back to points both need it.
    var dpi: Double
    var pixels: [UInt8]

    /// Whether any pixel is darker than `threshold`: a blank page needs no OCR.
    func hasInk(darkerThan threshold: UInt8 = 128) -> Bool {
        pixels.withUnsafeBufferPointer { buffer in buffer.contains { $0 < threshold } }
    }
}
