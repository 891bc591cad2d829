import BlacklineDiffer
import BlacklineModel

/// A clause's text cut into the pieces a redline shows: unchanged, inserted, deleted. Pieces
/// keep the text as printed (quotes, dashes, line breaks between blocks); edits come from the
/// differ as token ranges and are mapped back onto the text through `ComparableText.tokenSpans`.
///
/// Pieces lie in order along the base text (their ranges never go back), and a piece with an
/// extent is the base text over its range: so `slice` finds a block's pieces by binary search and
/// cuts them out of the base scalars, and laying out a clause of B blocks over T scalars costs
/// O(T + B log P), not O(B · T) (one 450 KB clause of 1,600 paragraphs took 13 s; issue 14).
struct RedlineText {
    enum Kind { case same, inserted, deleted }

    struct Piece {
        var kind: Kind
        var text: String
        /// Where the piece lies in the base text, in scalar offsets. Deleted text shown inline in
        /// the new text has no extent there: its range is empty, at the place it was cut.
        var range: Range<Int>
        /// Money or percent change of a replaced amount, shown after the insertion.
        var percentChange: Double?
    }

    var pieces: [Piece]
    /// The text the ranges are offsets in (the new text for the inline view).
    private let base: [Unicode.Scalar]

    /// The whole text unchanged, inserted or deleted.
    init(_ text: String, kind: Kind) {
        base = Array(text.unicodeScalars)
        pieces = base.isEmpty ? [] : [Piece(kind: kind, text: text, range: 0..<base.count)]
    }

    private init(pieces: [Piece], base: [Unicode.Scalar]) {
        self.pieces = pieces
        self.base = base
    }

    /// The new text with the old words shown where they were cut (the inline view).
    static func inline(old: String, new: String, edits: [WordDiff.Edit]) -> RedlineText {
        let oldScalars = Array(old.unicodeScalars), newScalars = Array(new.unicodeScalars)
        let oldSpans = ComparableText.tokenSpans(old), newSpans = ComparableText.tokenSpans(new)
        var pieces: [Piece] = []
        var cursor = 0
        for edit in edits.sorted(by: { $0.newTokens.lowerBound < $1.newTokens.lowerBound }) {
            let newRange = scalarRange(of: edit.newTokens, in: newSpans, count: newScalars.count)
            guard newRange.lowerBound >= cursor else { continue }
            appendSame(newScalars, cursor..<newRange.lowerBound, to: &pieces)
            if !edit.oldTokens.isEmpty {
                let oldRange = scalarRange(of: edit.oldTokens, in: oldSpans, count: oldScalars.count)
                let text = collapsingBlanks(String(String.UnicodeScalarView(oldScalars[oldRange])))
                pieces.append(Piece(kind: .deleted, text: text, range: newRange.lowerBound..<newRange.lowerBound))
                if edit.newTokens.isEmpty, newRange.lowerBound < newScalars.count, !newScalars[newRange.lowerBound].isBlank,
                   !".,;:)".unicodeScalars.contains(newScalars[newRange.lowerBound]) {
                    pieces.append(Piece(kind: .same, text: " ", range: newRange.lowerBound..<newRange.lowerBound))
                } else if !edit.newTokens.isEmpty {
                    pieces.append(Piece(kind: .same, text: " ", range: newRange.lowerBound..<newRange.lowerBound))
                }
            }
            if !newRange.isEmpty {
                // Only a money amount swapped for another gets its percent: "FY 04 → FY 05" is no raise.
                let facts = NumericFact.facts(in: edit)
                let percent = facts.count == 1 && facts[0].unit == .money ? facts[0].percentChange : nil
                pieces.append(Piece(kind: .inserted, text: String(String.UnicodeScalarView(newScalars[newRange])), range: newRange,
                                    percentChange: percent))
            }
            cursor = newRange.upperBound
        }
        appendSame(newScalars, cursor..<newScalars.count, to: &pieces)
        return RedlineText(pieces: pieces, base: newScalars)
    }

    /// One side of the side-by-side view: the old text with its deleted words marked, or the new
    /// text with its inserted words marked.
    static func side(_ text: String, ranges: [Range<Int>], kind: Kind) -> RedlineText {
        let scalars = Array(text.unicodeScalars), spans = ComparableText.tokenSpans(text)
        var pieces: [Piece] = []
        var cursor = 0
        for tokens in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !tokens.isEmpty {
            let range = scalarRange(of: tokens, in: spans, count: scalars.count)
            guard range.lowerBound >= cursor else { continue }
            appendSame(scalars, cursor..<range.lowerBound, to: &pieces)
            pieces.append(Piece(kind: kind, text: String(String.UnicodeScalarView(scalars[range])), range: range))
            cursor = range.upperBound
        }
        appendSame(scalars, cursor..<scalars.count, to: &pieces)
        return RedlineText(pieces: pieces, base: scalars)
    }

    /// The pieces that fall in a stretch of the base text, cut at its edges. Empty-range pieces
    /// (inline deletions) belong to the stretch they sit in or end at (stretches are separated by
    /// a line break, so no place belongs to two).
    func slice(_ stretch: Range<Int>) -> [Piece] {
        // Pieces ending before the stretch cannot touch it; nor can those starting after it.
        var low = 0, high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].range.upperBound < stretch.lowerBound { low = middle + 1 } else { high = middle }
        }
        var cuts: [Piece] = []
        for piece in pieces[low...] {
            guard piece.range.lowerBound <= stretch.upperBound else { break }
            if piece.range.isEmpty {
                let at = piece.range.lowerBound
                if stretch.contains(at) || at == stretch.upperBound { cuts.append(piece) }
                continue
            }
            let lower = max(piece.range.lowerBound, stretch.lowerBound), upper = min(piece.range.upperBound, stretch.upperBound)
            guard lower < upper else { continue }
            var cut = piece
            cut.text = String(String.UnicodeScalarView(base[lower..<upper]))
            cut.range = lower..<upper
            if upper < piece.range.upperBound { cut.percentChange = nil }
            cuts.append(cut)
        }
        return cuts
    }

    private static func scalarRange(of tokens: Range<Int>, in spans: [Range<Int>], count: Int) -> Range<Int> {
        guard !tokens.isEmpty else {
            let at = tokens.lowerBound < spans.count ? spans[tokens.lowerBound].lowerBound : count
            return at..<at
        }
        return spans[tokens.lowerBound].lowerBound..<spans[tokens.upperBound - 1].upperBound
    }

    private static func appendSame(_ scalars: [Unicode.Scalar], _ range: Range<Int>, to pieces: inout [Piece]) {
        guard !range.isEmpty else { return }
        pieces.append(Piece(kind: .same, text: String(String.UnicodeScalarView(scalars[range])), range: range))
    }

    /// Deleted text shown inline: its line breaks and tabs become single spaces.
    private static func collapsingBlanks(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
