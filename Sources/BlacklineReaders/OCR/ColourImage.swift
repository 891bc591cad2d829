/// A scanned page's colours, kept beside its `GreyImage` only when the scan has colour: a rule
/// found in the grey takes its colour from here ("red strike"), as a text layer's rule takes the
/// colour it was drawn in. Same size and rows as the grey; a pixel a 32-bit word 0x00RRGGBB, as
/// cairo drew it (the drawing's own memory, not a copy: a page at 300 dpi is 34 MB).
struct ColourImage: Sendable {
    var width: Int
    var height: Int
    var pixels: [UInt32]

    init(width: Int, height: Int, pixels: [UInt32]) {
        (self.width, self.height, self.pixels) = (width, height, pixels)
    }

    /// From three bytes a pixel (red, green, blue).
    init(width: Int, height: Int, rgb: [UInt8]) {
        let pixels = stride(from: 0, to: rgb.count - 2, by: 3).map { (offset: Int) -> UInt32 in
            let red = UInt32(rgb[offset]) << 16, green = UInt32(rgb[offset + 1]) << 8
            return red | green | UInt32(rgb[offset + 2])
        }
        self.init(width: width, height: height, pixels: pixels)
    }

    /// Red, green and blue (0–255) of the pixel at `offset` (row × width + column).
    func channels(at offset: Int) -> (red: Int, green: Int, blue: Int) {
        let value = pixels[offset]
        return (Int((value >> 16) & 0xFF), Int((value >> 8) & 0xFF), Int(value & 0xFF))
    }

    /// A pixel counts as coloured when its channels differ by this much (of 255) and it is ink,
    /// not paper: JPEG noise on grey ink rarely spreads its channels 20 apart, red or blue ink
    /// spreads them over 100.
    static let chromaticSpread = 60
    static let inkLuma = 200
    /// A page with fewer coloured ink pixels than this is grey (a speck of colour is noise).
    static let fewestColouredPixels = 400

    /// The mean colour of the given pixels (offsets into the grey image), "#rrggbb".
    func colour(of offsets: [Int]) -> String? {
        guard !offsets.isEmpty else { return nil }
        var sums = (0, 0, 0)
        for offset in offsets {
            let (red, green, blue) = channels(at: offset)
            sums.0 += red; sums.1 += green; sums.2 += blue
        }
        let count = offsets.count
        return Self.hex(sums.0 / count, sums.1 / count, sums.2 / count)
    }

    /// "#rrggbb" of channels 0–255.
    static func hex(_ red: Int, _ green: Int, _ blue: Int) -> String {
        "#" + [red, green, blue].map { value in
            let byte = String(min(max(value, 0), 255), radix: 16)
            return byte.count == 1 ? "0" + byte : byte
        }.joined()
    }
}
