import BlacklineModel

/// Where a text's leading and trailing whitespace ends, the costliest question of the line
/// classifiers when asked of every Character. Bytes answer it while they are ASCII: between two
/// ASCII characters there is always a Character boundary (but for "\r\n", whitespace on both
/// sides), and no ASCII character joins one before it. At the first non-ASCII byte the
/// Characters are asked instead, so the answer is the same for any text.
extension StringProtocol where SubSequence == Substring {
    /// The start of the first character that is not whitespace; `endIndex` when there is none.
    func startOfNonWhitespace() -> Index {
        let bytes = utf8
        var cursor = bytes.startIndex
        while cursor != bytes.endIndex {
            let byte = bytes[cursor]
            guard byte < 0x80 else { return firstIndex { !$0.isWhitespace } ?? endIndex }
            if !PlainASCII.isWhitespace(byte) { return cursor }
            bytes.formIndex(after: &cursor)
        }
        return endIndex
    }

    /// The end of the last character that is not whitespace; `startIndex` when there is none.
    func endOfNonWhitespace() -> Index {
        let whole: Substring = self[startIndex..<endIndex] // its bytes walk backwards
        let bytes = whole.utf8
        var cursor = bytes.endIndex
        while cursor != bytes.startIndex {
            let previous = bytes.index(before: cursor)
            let byte = bytes[previous]
            guard byte < 0x80 else { return lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? startIndex }
            if !PlainASCII.isWhitespace(byte) { return cursor }
            cursor = previous
        }
        return startIndex
    }

    var isAllWhitespace: Bool { startOfNonWhitespace() == endIndex }

    func trimmingWhitespace() -> String {
        let start = startOfNonWhitespace()
        guard start != endIndex else { return "" }
        return String(self[start..<endOfNonWhitespace()])
    }
}

extension MarkedLine {
    /// `isBlank`, asked by bytes first.
    var holdsOnlyWhitespace: Bool { runs.allSatisfy { $0.text.isAllWhitespace } }
}
