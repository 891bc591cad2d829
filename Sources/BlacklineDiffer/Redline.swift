import BlacklineModel

/// A TA'd draft carries two versions in one file: its markup undone gives the old text
/// (deletions kept, insertions dropped), accepted gives the new.
public enum Redline {
    public enum Side: Sendable { case old, new }

    public static func side(_ side: Side, of draft: MarkedDocument) -> MarkedDocument {
        var document = draft
        document.lines = draft.lines.map { line in
            var line = line
            line.runs = line.runs.compactMap { run in
                switch (side, run.mark) {
                case (.old, .inserted), (.new, .deleted): return nil
                default:
                    var plain = run
                    plain.mark = .plain
                    return plain
                }
            }.coalesced()
            return line
        }
        return document
    }

    /// Changes a draft's markup does not show: its old side against the agreement it claims to
    /// amend (and, given the final text, its new side against that).
    public struct Verification: Sendable {
        /// Differences between the draft with its markup undone and the old agreement.
        public var unmarkedAgainstOld: [ClauseChange]
        /// Differences between the draft with its markup accepted and the final text, if given.
        public var unmarkedAgainstFinal: [ClauseChange]
        /// Changes the draft's markup does show.
        public var marked: Int

        public var unmarked: [ClauseChange] { unmarkedAgainstOld + unmarkedAgainstFinal }

        public init(unmarkedAgainstOld: [ClauseChange], unmarkedAgainstFinal: [ClauseChange], marked: Int) {
            self.unmarkedAgainstOld = unmarkedAgainstOld
            self.unmarkedAgainstFinal = unmarkedAgainstFinal
            self.marked = marked
        }
    }
}
