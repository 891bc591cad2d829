/// Edit-distance measures for telling OCR'd repeats of a footer from new text. Inputs are short
/// (footer lines, one echoed line), so the O(n·m) tables cost nothing.
enum TextSimilarity {
    /// 1 − Levenshtein distance / longer length: 1 for equal strings, 0 for nothing in common.
    static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        let longer = max(x.count, y.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(levenshtein(x, y)) / Double(longer)
    }

    static func levenshtein(_ x: [Character], _ y: [Character]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Length of the longest common subsequence.
    static func commonSubsequenceLength(_ x: [Character], _ y: [Character]) -> Int {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: y.count + 1)
        var current = previous
        for i in 1...x.count {
            for j in 1...y.count {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
