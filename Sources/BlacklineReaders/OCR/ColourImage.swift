/// A scanned page's colours, kept beside its `GreyImage` only when the scan has colour: a rule
/// found in the grey takes its colour from here ("red strike"), as a text layer's rule takes the
/// colour it was drawn in. Same size and rows as the grey; three bytes a pixel (red, green, blue).
struct ColourImage: Sendable {
    var width: Int
    var height: Int
    var rgb: [UInt8]

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
            sums.0 += Int(rgb[offset * 3]); sums.1 += Int(rgb[offset * 3 + 1]); sums.2 += Int(rgb[offset * 3 + 2])
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
