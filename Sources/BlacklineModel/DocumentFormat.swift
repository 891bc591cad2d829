/// The formats Blackline reads, told apart by content (see `FormatSniffer` in the readers).
public enum DocumentFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case pdf
    case text
    case docx
    case html
}
