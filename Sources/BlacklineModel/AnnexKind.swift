/// What an annex after the agreement's body is, as its heading names it.
public enum AnnexKind: String, Sendable, Hashable, Codable, CaseIterable {
    case appendix, exhibit, schedule, addendum, attachment
    case letterOfAgreement, memorandum, sideLetter
    case index, signatures

    /// The address stem: "appendix-A", "loa-2".
    public var pathStem: String {
        switch self {
        case .letterOfAgreement: "loa"
        case .memorandum: "mou"
        case .sideLetter: "side-letter"
        default: rawValue
        }
    }

    /// As an outline prints it: "APPENDIX", "LETTER OF AGREEMENT".
    public var printed: String {
        switch self {
        case .letterOfAgreement: "LETTER OF AGREEMENT"
        case .memorandum: "MEMORANDUM"
        case .sideLetter: "SIDE LETTER"
        case .signatures: "SIGNATURES"
        default: rawValue.uppercased()
        }
    }

    /// Kinds that may hold letters ("APPENDIX A – LETTERS OF AGREEMENT").
    public var collectsLetters: Bool {
        [.appendix, .exhibit, .addendum, .attachment, .schedule].contains(self)
    }
}
