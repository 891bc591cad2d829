/// A grid's header printed as a line of words rather than cells: "SR Step 1 Step 2 … Step 9
/// Step" (the last cells' numbers wrapped to the next line), "BGU PLAN GRADE CODE TITLE STEP 1 …".
/// Each column's name starts at the word the header repeats for every column ("Step"); the words
/// before the first are the row labels' header.
enum HeaderWords {
    /// Whether a line holds the word "step" in any case: the one look most lines get.
    static func mayName(_ line: GridLine) -> Bool {
        let step: [UInt8] = Array("step".utf8)
        return line.cells.contains { cell in
            var matched = 0
            for byte in cell.utf8 {
                let lower = byte | 0x20
                matched = lower == step[matched] ? matched + 1 : (lower == UInt8(ascii: "s") ? 1 : 0)
                if matched == 4 { return true }
            }
            return false
        }
    }

    /// The row header and one name per column, or nil when the words do not give exactly
    /// `columns` names.
    /// With `columns` nil, any count will do, but the repeated word must name steps ("Step",
    /// "STEP"): a line of words is then taken for a header on its own evidence.
    static func names(_ text: String, columns: Int?, wrapped: [String]) -> [String]? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= (columns ?? 6), columns.map({ $0 >= 2 }) ?? true else { return nil }
        var counts: [String: Int] = [:]
        for word in words where word.allSatisfy(\.isLetter) { counts[word, default: 0] += 1 }
        guard let (keyword, uses) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), uses >= 2, uses >= (columns ?? 4) - 1,
              columns != nil || keyword.lowercased() == "step" else { return nil }
        var groups: [[String]] = [[]]
        for word in words {
            if word == keyword { groups.append([]) }
            groups[groups.count - 1].append(word)
        }
        let leading = groups.removeFirst()
        // Numbers wrapped under the last names may come on a line of their own or joined after
        // the last name ("Step Step 10 11"): either way they finish the bare names, in order.
        var pending = Array(wrapped)
        if let last = groups.last, last.count > 2, last.dropFirst().allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            pending = Array(last.dropFirst()) + pending
            groups[groups.count - 1] = [keyword]
        }
        for index in groups.indices where groups[index] == [keyword] && !pending.isEmpty {
            groups[index].append(pending.removeFirst())
        }
        // A bare name after "Step 9" whose number went astray is "Step 10": the names count on.
        for index in groups.indices.dropFirst() where groups[index] == [keyword] {
            guard groups[index - 1].count == 2, let previous = Int(groups[index - 1][1]) else { continue }
            groups[index].append(String(previous + 1))
        }
        // Without a count to meet, every name must be the step word and its number.
        guard pending.isEmpty, groups.count == columns ?? groups.count,
              columns != nil || groups.allSatisfy({ $0.count == 2 && Int($0[1]) != nil }) else { return nil }
        return [leading.joined(separator: " ")] + groups.map { $0.joined(separator: " ") }
    }
}
