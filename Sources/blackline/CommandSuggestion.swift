/// `blackline dif a b`: the subcommand the user most likely meant, by edit distance (optimal
/// string alignment: insertions, deletions, substitutions and swapped neighbours each cost 1).
enum CommandSuggestion {
    /// Two slips ("mark" for "markup", "tabels" for "tables") still point at one command; more
    /// would suggest a command for unrelated words.
    static let maximumDistance = 2

    /// The line to print when the first argument names no command, or nil when it does (or is
    /// an option, or there is none).
    static func message(arguments: [String], commands: [String]) -> String? {
        guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word) else { return nil }
        let nearest = commands.map { (name: $0, distance: distance(word.lowercased(), $0)) }.min { $0.distance < $1.distance }
        if let nearest, nearest.distance <= maximumDistance {
            return "unknown command '\(word)'; did you mean '\(nearest.name)'?"
        }
        return "unknown command '\(word)'; the commands are \(commands.joined(separator: ", ")) (see 'blackline help')"
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
                }
            }
        }
        return rows[a.count][b.count]
    }
}
