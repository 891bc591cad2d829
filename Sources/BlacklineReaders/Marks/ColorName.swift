/// Colours as a negotiator would name them in a summary ("red text", "blue underline"), and the
/// distances the convention reader compares them by. Colours arrive as "#rrggbb".
struct ColorValue: Hashable, Sendable {
    var red: Double
    var green: Double
    var blue: Double

    init?(hex: String?) {
        guard let hex, hex.hasPrefix("#"), hex.utf8.count == 7, let value = Int(hex.dropFirst(), radix: 16) else { return nil }
        red = Double((value >> 16) & 0xFF) / 255
        green = Double((value >> 8) & 0xFF) / 255
        blue = Double(value & 0xFF) / 255
    }

    private var largest: Double { max(red, green, blue) }
    private var smallest: Double { min(red, green, blue) }
    private var chroma: Double { largest - smallest }

    /// Black and the dark greys body text is printed in.
    var isDark: Bool { largest < 0.3 && chroma < 0.12 }
    /// A colour with a hue: red, blue, green. Greys (captions, notes, a lighter body) mark nothing.
    var isChromatic: Bool { chroma >= 0.12 }
    /// Light greys and white: watermarks, tints, white text on a dark cell. Never a mark.
    var isFaint: Bool { smallest > 0.6 && chroma < 0.15 }

    func distance(to other: ColorValue) -> Double {
        ((red - other.red) * (red - other.red) + (green - other.green) * (green - other.green)
            + (blue - other.blue) * (blue - other.blue)).squareRoot()
    }

    /// A plain name by hue, lightness and chroma.
    var name: String {
        if chroma < 0.12 { return largest < 0.3 ? "black" : largest > 0.85 ? "white" : "grey" }
        let hue = self.hue
        let base: String = switch hue {
        case ..<15, 345...: "red"
        case 15..<40: largest < 0.7 ? "brown" : "orange"
        case 40..<70: "yellow"
        case 70..<165: "green"
        case 165..<190: "teal"
        case 190..<255: "blue"
        case 255..<290: "purple"
        default: "pink"
        }
        return base
    }

    private var hue: Double {
        let delta = chroma
        guard delta > 0 else { return 0 }
        var degrees: Double
        if largest == red {
            degrees = 60 * ((green - blue) / delta).truncatingRemainder(dividingBy: 6)
        } else if largest == green {
            degrees = 60 * ((blue - red) / delta + 2)
        } else {
            degrees = 60 * ((red - green) / delta + 4)
        }
        if degrees < 0 { degrees += 360 }
        return degrees
    }
}
