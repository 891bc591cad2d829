/// Character classes on Unicode scalars with an ASCII fast path. Contract text is nearly all
/// ASCII, and `Character.isWhitespace`/`isLetter` look up Unicode properties for every
/// character, which profiling showed to be a fifth of a diff's time.
extension Unicode.Scalar {
    /// Space, tab, line and page breaks, and the Unicode spaces (no-break, thin, ideographic).
    public var isBlank: Bool {
        switch value {
        case 0x20, 0x09...0x0D: true
        case 0..<0x80: false
        default: properties.isWhitespace
        }
    }

    public var isLetterLike: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: properties.isAlphabetic
        }
    }

    public var isDigitLike: Bool {
        switch value {
        case 0x30...0x39: true
        case 0..<0x80: false
        default: properties.numericType != nil
        }
    }
}

/// Builds a string scalar by scalar into UTF-8 bytes, much faster than appending to a
/// `String.UnicodeScalarView`.
public struct ScalarBuffer {
    private var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public var isEmpty: Bool { bytes.isEmpty }
    public var endsWithSpace: Bool { bytes.last == 0x20 }

    public mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    public mutating func dropLast() { bytes.removeLast() }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
