import BlacklineModel
import Foundation

/// Decides each glyph's redline mark from the rules drawn across it and the markup annotations
/// over it. Poppler reports neither underline nor strikethrough, so the rules come from the page's
/// vector drawing, read from poppler's interpreter (`DrawingDocument`).
///
/// A rule crossing the middle of a glyph box is a strike; one near the baseline an underline. A
/// rule must start and end at the edges of the glyphs it crosses: table borders and separators
/// that run past the text are not marks.
enum MarkClassifier {
    /// Where a rule sits in a glyph box, as a share of the box height from its top.
    static let strikeBand = 0.35...0.68
    static let underlineBand = 0.69...1.08
    /// How far (in ems of the glyphs' font size) a rule's ends may stray from the glyphs it marks.
    static let edgeTolerance = 0.7
    /// Annotation boxes are grown by this many points before glyph centres are tested against them.
    static let annotationSlack = 1.0

    struct GlyphMark: Equatable {
        var mark: Mark = .plain
        var style: RunStyle = []
        var evidence: String?
        /// Colours, highlight, link: decided on once the document's conventions are known.
        var appearance: RunAppearance?
    }

    /// Each glyph's mark, and the rules that marked nothing (table borders, separators).
    static func classify(_ glyphs: [Glyph], rules: [DrawnRule], annotations: [MarkupAnnotation]) -> (marks: [GlyphMark], unused: [DrawnRule]) {
        var marks = [GlyphMark](repeating: GlyphMark(), count: glyphs.count)
        var strikeCounts = [Int](repeating: 0, count: glyphs.count)
        var unused: [DrawnRule] = []
        for rule in joinedEndToEnd(rules) where !apply(rule, to: glyphs, marks: &marks, strikeCounts: &strikeCounts) {
            unused.append(rule)
        }
        for index in glyphs.indices where strikeCounts[index] >= 2 {
            marks[index].style.insert(.doubleStrikethrough)
            marks[index].evidence = marks[index].evidence.map { $0.replacingOccurrences(of: "strike rule", with: "double strike rules") }
        }
        for annotation in annotations { apply(annotation, to: glyphs, marks: &marks) }
        return (marks, unused)
    }

    /// Segments that meet end to end on one line are one rule: a table's border is drawn cell by
    /// cell, and a cell's stretch of it under a label that fills the cell looks like an underline.
    static let joinGap = 1.0

    static func joinedEndToEnd(_ rules: [DrawnRule]) -> [DrawnRule] {
        guard rules.count > 1 else { return rules }
        var joined: [DrawnRule] = []
        for rule in rules.sorted(by: { ($0.y, $0.x1) < ($1.y, $1.x1) }) {
            if let last = joined.last, abs(last.y - rule.y) < 0.25, abs(last.thickness - rule.thickness) < 0.25,
               last.color == rule.color, rule.x1 <= last.x2 + joinGap, rule.x1 >= last.x2 - joinGap {
                joined[joined.count - 1].x2 = max(last.x2, rule.x2)
            } else {
                joined.append(rule)
            }
        }
        return joined
    }

    private enum RuleKind { case strike, underline }

    /// An underline runs under words and the spaces between them; a rule under glyphs this many
    /// ems apart is a table row's border running under its cells.
    static let widestUnderlinedGap = 2.0

    private static func spansCells(_ indices: [Int], of glyphs: [Glyph]) -> Bool {
        let boxes = indices.map { glyphs[$0].box }.sorted { $0.x1 < $1.x1 }
        let em = max(indices.map { glyphs[$0].fontSize }.max() ?? 1, 1)
        return zip(boxes, boxes.dropFirst()).contains { $1.x1 - $0.x2 > widestUnderlinedGap * em }
    }

    /// Marks the glyphs a rule underlines or strikes; false when it marks none.
    private static func apply(_ rule: DrawnRule, to glyphs: [Glyph], marks: inout [GlyphMark], strikeCounts: inout [Int]) -> Bool {
        var marked = false
        var crossed: [(index: Int, kind: RuleKind)] = []
        for (index, glyph) in glyphs.enumerated() where !glyph.isBlank {
            let box = glyph.box
            guard box.height > 0, box.centerX >= rule.x1, box.centerX <= rule.x2 else { continue }
            let position = (rule.y - box.y1) / box.height
            if strikeBand.contains(position) {
                crossed.append((index, .strike))
            } else if underlineBand.contains(position) {
                crossed.append((index, .underline))
            }
        }
        for kind in [RuleKind.strike, .underline] {
            let indices = crossed.filter { $0.kind == kind }.map(\.index)
            guard let first = indices.min(by: { glyphs[$0].box.x1 < glyphs[$1].box.x1 }),
                  let last = indices.max(by: { glyphs[$0].box.x2 < glyphs[$1].box.x2 }) else { continue }
            let tolerance = edgeTolerance * max(glyphs[first].fontSize, 1)
            guard abs(glyphs[first].box.x1 - rule.x1) <= tolerance, abs(glyphs[last].box.x2 - rule.x2) <= tolerance else { continue }
            if kind == .underline, spansCells(indices, of: glyphs) { continue }
            marked = true
            let colour = rule.color.map { " \($0)" } ?? ""
            for index in indices {
                switch kind {
                case .strike:
                    strikeCounts[index] += 1
                    marks[index].mark = .deleted
                    marks[index].style.insert(.strikethrough)
                    marks[index].evidence = "strike rule\(colour)"
                case .underline:
                    marks[index].style.insert(.underline)
                    if marks[index].mark != .deleted {
                        marks[index].mark = .inserted
                        marks[index].evidence = "underline rule\(colour)"
                    }
                }
            }
        }
        return marked
    }

    private static func apply(_ annotation: MarkupAnnotation, to glyphs: [Glyph], marks: inout [GlyphMark]) {
        guard annotation.kind != .caret else { return }
        let by = annotation.author.map { " by \($0)" } ?? ""
        let evidence = "\(annotation.kind.rawValue) annotation\(by)"
        for (index, glyph) in glyphs.enumerated() where !glyph.isBlank {
            let inside = annotation.boxes.contains { box in
                glyph.box.centerX >= box.x1 - annotationSlack && glyph.box.centerX <= box.x2 + annotationSlack
                    && glyph.box.centerY >= box.y1 - annotationSlack && glyph.box.centerY <= box.y2 + annotationSlack
            }
            guard inside else { continue }
            switch annotation.kind {
            case .strikeOut:
                marks[index] = GlyphMark(mark: .deleted, style: marks[index].style.union(.strikethrough), evidence: evidence)
            case .underline, .squiggly:
                marks[index] = GlyphMark(mark: .inserted, style: marks[index].style.union(.underline), evidence: evidence)
            case .highlight:
                if marks[index].evidence == nil { marks[index].evidence = evidence }
            case .caret:
                break
            }
        }
    }
}
