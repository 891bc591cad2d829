/// Change bars: the vertical lines a word processor prints in the margin beside lines with
/// tracked changes. They corroborate marks, and a bar beside a line without any mark says a
/// change may have gone unmarked.
enum ChangeBars {
    /// A bar stands at least this far (points) outside the text on its side of the page...
    static let marginGap = 4.0
    /// ...and is at most this share of the page tall (a page frame is no change bar).
    static let tallestShare = 0.6

    static func mark(_ page: inout LineAssembler.AssembledPage, bars: [DrawnBar], rules: [DrawnRule], pageHeight: Double) {
        let frames = page.lines.compactMap(\.layout.frame)
        guard !bars.isEmpty, let left = frames.map(\.x1).min(), let right = frames.map(\.x2).max() else { return }
        let margin = bars.filter { bar in
            (bar.x < left - marginGap || bar.x > right + marginGap) && bar.y2 - bar.y1 <= tallestShare * max(pageHeight, 1)
                && !isBoxSide(bar, rules: rules)
        }
        guard !margin.isEmpty else { return }
        for index in page.lines.indices {
            guard let frame = page.lines[index].layout.frame else { continue }
            let middle = (frame.y1 + frame.y2) / 2
            if margin.contains(where: { $0.y1 <= middle && middle <= $0.y2 }) { page.lines[index].layout.changeBar = true }
        }
    }

    /// A table's or a box's side: a horizontal rule ends where the bar stands, within its height.
    private static func isBoxSide(_ bar: DrawnBar, rules: [DrawnRule]) -> Bool {
        rules.contains { rule in
            rule.y >= bar.y1 - 1 && rule.y <= bar.y2 + 1 && (abs(rule.x1 - bar.x) <= 1.5 || abs(rule.x2 - bar.x) <= 1.5)
        }
    }
}
