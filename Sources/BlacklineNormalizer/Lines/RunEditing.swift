import BlacklineModel

extension Array where Element == TextRun {
    /// The runs without their first `count` characters.
    func droppingPrefix(_ count: Int) -> [TextRun] {
        var remaining = count
        var result: [TextRun] = []
        for run in self {
            // Past the prefix, runs stay as they are (empty ones dropped): a long joined
            // paragraph's runs need no counting character by character.
            if remaining == 0 {
                if !run.text.isEmpty { result.append(run) }
                continue
            }
            if remaining >= run.text.count {
                remaining -= run.text.count
                continue
            }
            var run = run
            run.text = String(run.text.dropFirst(remaining))
            remaining = 0
            result.append(run)
        }
        return result
    }

    /// The runs without leading and trailing whitespace.
    func trimmed() -> [TextRun] {
        var runs = self.filter { !$0.text.isEmpty }
        while let first = runs.first, first.text.isAllWhitespace { runs.removeFirst() }
        if let first = runs.first?.text {
            let start = first.startOfNonWhitespace()
            if start != first.startIndex { runs[0].text = String(first[start...]) }
        }
        return runs.trimmedTrailing()
    }

    /// The runs without trailing whitespace; leading whitespace stays, so label offsets hold.
    func trimmedTrailing() -> [TextRun] {
        var runs = self.filter { !$0.text.isEmpty }
        while let last = runs.last, last.text.isAllWhitespace { runs.removeLast() }
        if let last = runs.last?.text {
            let end = last.endOfNonWhitespace()
            if end != last.endIndex { runs[runs.count - 1].text = String(last[..<end]) }
        }
        return runs
    }

    /// Tabs and runs of spaces become one space: line layout is not content.
    func collapsingWhitespace() -> [TextRun] {
        var previousWasSpace = false
        return compactMap { run in
            var run = run
            if let collapsed = PlainASCII.collapsingBlanks(run.text, previousWasSpace: &previousWasSpace) {
                run.text = collapsed
                return collapsed.isEmpty ? nil : run
            }
            var text = ScalarBuffer(capacity: run.text.utf8.count)
            for character in run.text.unicodeScalars {
                if character.isBlank {
                    if !previousWasSpace { text.append(" ") }
                    previousWasSpace = true
                } else {
                    text.append(character)
                    previousWasSpace = false
                }
            }
            run.text = text.string
            return text.isEmpty ? nil : run
        }
    }

    /// Splits runs at tabs into cells, keeping each piece's mark.
    func splitIntoCells() -> [[TextRun]] {
        var cells: [[TextRun]] = [[]]
        for run in self {
            let pieces = run.text.split(separator: "\t", omittingEmptySubsequences: false)
            for (offset, piece) in pieces.enumerated() {
                if offset > 0 { cells.append([]) }
                if !piece.isEmpty {
                    var part = run
                    part.text = String(piece)
                    cells[cells.count - 1].append(part)
                }
            }
        }
        return cells.map { $0.trimmed() }
    }
}
