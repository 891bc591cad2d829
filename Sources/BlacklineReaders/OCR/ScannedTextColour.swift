/// The colour each OCR'd symbol is printed in, on a scan that has colour: a redline prints its
/// deletions and insertions in colour as well as struck and underlined, and the colour still shows
/// where the strike does not (a strike through one digit is shorter than any rule the page is
/// searched for, a strike through an "E" lies along its bar). The convention reader then weighs
/// colour as it does a text layer's (`MarkConventionReader`, `DocumentStyle.strikeColors`).
///
/// A symbol's colour is that of its box's ink when most of the ink is coloured; a black letter
/// under a red strike stays black. The colours of one name on a page ("red") are given as one
/// colour, their mean, so the reader sees one red, not a hundred shades of JPEG.
enum ScannedTextColour {
    /// Ink pixels a symbol needs before its colour is believed (a period has about 30 at 300 dpi).
    static let fewestInkPixels = 12
    /// Share of a symbol's ink that must be coloured for the symbol to be.
    static let colouredShare = 0.5
    /// What grey ink is given: the body colour of a text layer.
    static let black = "#000000"

    /// Per word, per symbol (one for a word without symbol boxes): "#rrggbb", or nil where the box
    /// holds too little ink to say.
    static func colours(of words: [TesseractEngine.Word], image: GreyImage, colour: ColourImage) -> [[String?]] {
        let measured = words.map { word in
            let spans = ScannedMarkClassifier.spans(of: word)
            return spans.indices.map { index in
                let (left, right) = ownColumns(of: index, in: spans)
                // Down to the baseline only: an underline under a black period is no blue in it.
                let baseline = Int(ScannedMarkClassifier.baseline(of: word, at: Double(left + right) / 2).rounded())
                return inkColour(left: left, right: right, top: word.top, bottom: min(word.bottom, baseline), image: image, colour: colour)
            }
        }
        // One colour per name: the mean of the page's symbols of that name.
        var sums: [String: (red: Double, green: Double, blue: Double, count: Int)] = [:]
        for case .coloured(let ink)? in measured.joined() {
            var sum = sums[ink.name, default: (0, 0, 0, 0)]
            sum.red += ink.red; sum.green += ink.green; sum.blue += ink.blue; sum.count += 1
            sums[ink.name] = sum
        }
        let named = sums.mapValues { sum in hex(sum.red / Double(sum.count), sum.green / Double(sum.count), sum.blue / Double(sum.count)) }
        return measured.map { word in
            let colours = word.map { value -> String? in
                switch value {
                case nil: nil
                case .grey?: black
                case .coloured(let ink)?: named[ink.name] ?? black
                }
            }
            // A symbol too small to say (a period, a comma) is taken for black: its word's colour
            // spread inserted periods after inserted words ("employee+}." as "employee.+}").
            var filled = colours.map { $0 ?? black }
            // A black letter between two of one colour is that colour: a thin stroke whose colour
            // the JPEG bled to grey ("administrative" in blue with its "i" black).
            for index in filled.indices.dropFirst().dropLast() where filled[index] == black
                && filled[index - 1] == filled[index + 1] && filled[index - 1] != black {
                filled[index] = filled[index - 1]
            }
            return filled
        }
    }

    /// A symbol's columns that no neighbour's box claims: tesseract's boxes overlap, most of all
    /// where a word was garbled ("4:350-373", "3:372-391", ".:373-431"), and a struck red "4"
    /// measured over the blue "3" beside it would turn blue. The whole box when nothing is its own.
    static func ownColumns(of index: Int, in spans: [TesseractEngine.Symbol]) -> (left: Int, right: Int) {
        let span = spans[index]
        let left = index > 0 ? max(span.left, spans[index - 1].right + 1) : span.left
        let right = index + 1 < spans.count ? min(span.right, spans[index + 1].left - 1) : span.right
        return left <= right ? (left, right) : (span.left, span.right)
    }

    enum Ink {
        case grey
        /// The mean of the coloured ink.
        case coloured(ColorValue)
    }

    /// The ink of one box: grey, coloured, or nil when it holds too little ink.
    static func inkColour(left: Int, right: Int, top: Int, bottom: Int, image: GreyImage, colour: ColourImage) -> Ink? {
        let x1 = max(left, 0), x2 = min(right, image.width - 1), y1 = max(top, 0), y2 = min(bottom, image.height - 1)
        guard x1 <= x2, y1 <= y2 else { return nil }
        var ink = 0, coloured = 0, sums = (0, 0, 0)
        for row in y1...y2 {
            for x in x1...x2 where image.pixels[row * image.width + x] < ScannedRuleFinder.inkLevel {
                ink += 1
                let (red, green, blue) = colour.channels(at: row * image.width + x)
                guard max(red, green, blue) - min(red, green, blue) > ColourImage.chromaticSpread else { continue }
                coloured += 1
                sums.0 += red; sums.1 += green; sums.2 += blue
            }
        }
        guard ink >= fewestInkPixels else { return nil }
        guard Double(coloured) >= colouredShare * Double(ink) else { return .grey }
        let count = Double(coloured) * 255
        return .coloured(ColorValue(red: Double(sums.0) / count, green: Double(sums.1) / count, blue: Double(sums.2) / count))
    }

    private static func hex(_ red: Double, _ green: Double, _ blue: Double) -> String {
        ColourImage.hex(Int((red * 255).rounded()), Int((green * 255).rounded()), Int((blue * 255).rounded()))
    }
}

extension ColorValue {
    /// A colour from channels 0–1 (means of bytes, so never outside them).
    init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }
}
