@testable import BlacklineModel
@testable import BlacklineNormalizer
import Testing

/// The byte-level fast paths answer as the Character code they stand in for, on text made of the
/// pieces that could trip them: combining marks after spaces and periods, "\r\n", no-break spaces,
/// curly quotes, bullets, brackets, digits and capitals.
@Suite struct FastPathTests {
    static let pieces = [
        " ", "  ", "\t", "\r\n", "\r", "\n", "a", "A", "z", "Z", "I", "S", "x", ".", "-", ",", "'", "é", "e\u{301}",
        " \u{301}", ".\u{301}", "\u{A0}", "\u{2003}", "’", "“", "(", ")", "[", "]", "1", "7", "§", "•", "–", "#", "*", "ARTICLE",
    ]

    /// Strings of up to 12 pieces, the same on every run.
    static let samples: [String] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<2000).map { _ in (0..<next(13)).map { _ in pieces[next(pieces.count)] }.joined() }
    }()

    @Test func whitespaceEdgesMatchCharacters() {
        for text in Self.samples {
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(\.isWhitespace), "\(text.debugDescription)")
            #expect(text.isAllWhitespace == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
            let substring = text.dropFirst()
            #expect(substring.trimmingWhitespace() == substring.trimmingCharacters(\.isWhitespace), "\(text.debugDescription)")
        }
    }

    @Test func plainASCIIHelpersMatchCharacters() {
        for text in Self.samples {
            if let collapsed = PlainASCII.collapsingWhitespace(text) {
                #expect(collapsed == text.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text.debugDescription)")
            }
            if let count = PlainASCII.spaceSeparatedCount(text) {
                #expect(count == text.split(separator: " ").count, "\(text.debugDescription)")
            }
            var fast = Set<String>()
            if PlainASCII.insertWords(of: text, into: &fast) {
                let slow = Set(text.lowercased().split(whereSeparator: ParagraphJoiner.separatesWords).map(String.init))
                #expect(fast == slow, "\(text.debugDescription)")
            }
            for byte in text.utf8 where byte < 0x80 {
                let character = Character(Unicode.Scalar(byte))
                #expect(PlainASCII.isWhitespace(byte) == character.isWhitespace)
                #expect(PlainASCII.isPunctuation(byte) == character.isPunctuation)
                #expect(PlainASCII.isLetter(byte) == character.isLetter)
            }
        }
    }

    @Test func allCapsMatchesCharacters() {
        for text in Self.samples {
            let letters = text.filter(\.isLetter)
            let expected = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
                && text.count <= HeadingText.longestTitle && text.split(separator: " ").count <= HeadingText.mostTitleWords
            #expect(HeadingText.isAllCaps(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func lineKeyMatchesScalars() {
        for text in Self.samples {
            var key = ScalarBuffer()
            var lastWasSpace = true
            var lastWasDigit = false
            for scalar in text.lowercased().unicodeScalars {
                if scalar.isBlank {
                    if !lastWasSpace { key.append(" ") }
                    (lastWasSpace, lastWasDigit) = (true, false)
                } else if scalar.isDigitLike {
                    if !lastWasDigit { key.append("#") }
                    (lastWasSpace, lastWasDigit) = (false, true)
                } else {
                    key.append(scalar)
                    (lastWasSpace, lastWasDigit) = (false, false)
                }
            }
            if key.endsWithSpace { key.dropLast() }
            #expect(LineKey.of(text) == key.string, "\(text.debugDescription)")
        }
    }

    @Test func collapsedRunsMatchScalars() {
        for text in Self.samples {
            let runs = [TextRun(text), TextRun(" \t" + text)]
            var previousWasSpace = false
            let expected = runs.compactMap { run -> TextRun? in
                var run = run
                var buffer = ScalarBuffer()
                for scalar in run.text.unicodeScalars {
                    if scalar.isBlank {
                        if !previousWasSpace { buffer.append(" ") }
                        previousWasSpace = true
                    } else {
                        buffer.append(scalar)
                        previousWasSpace = false
                    }
                }
                run.text = buffer.string
                return buffer.isEmpty ? nil : run
            }
            #expect(runs.collapsingWhitespace() == expected, "\(text.debugDescription)")
        }
    }
}
