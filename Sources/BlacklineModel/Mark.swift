/// What a redline says about a run of text: left alone, inserted (underlined), or deleted (struck).
public enum Mark: String, Sendable, Hashable, Codable, CaseIterable {
    case plain
    case inserted
    case deleted
}
