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

        /// Differences inside tables a version's reader read in pieces (`AgreementDiff.changesInDoubt`),
        /// with the line that says where: not counted as unmarked.
        public var inDoubt: [ClauseChange] = []
        public var inDoubtNotes: [String] = []

        public var unmarked: [ClauseChange] { unmarkedAgainstOld + unmarkedAgainstFinal }

        public init(unmarkedAgainstOld: [ClauseChange], unmarkedAgainstFinal: [ClauseChange], marked: Int) {
            self.unmarkedAgainstOld = unmarkedAgainstOld
            self.unmarkedAgainstFinal = unmarkedAgainstFinal
            self.marked = marked
        }

        /// From the diffs themselves: their changes in doubt kept apart.
        public init(againstOld: AgreementDiff, againstFinal: AgreementDiff?, marked: Int) {
            self.init(unmarkedAgainstOld: againstOld.changes, unmarkedAgainstFinal: againstFinal?.changes ?? [], marked: marked)
            let diffs = [againstOld] + (againstFinal.map { [$0] } ?? [])
            inDoubt = diffs.flatMap(\.changesInDoubt)
            inDoubtNotes = diffs.compactMap(\.changesInDoubtNote)
        }
    }
}
