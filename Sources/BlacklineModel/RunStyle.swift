/// Typography a reader saw on a run. Kept apart from `Mark`: underline is evidence of an insertion,
/// not the insertion itself (a final agreement underlines headings too).
public struct RunStyle: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = RunStyle(rawValue: 1 << 0)
    public static let italic = RunStyle(rawValue: 1 << 1)
    public static let underline = RunStyle(rawValue: 1 << 2)
    public static let strikethrough = RunStyle(rawValue: 1 << 3)
    public static let doubleStrikethrough = RunStyle(rawValue: 1 << 4)
}
