import BlacklineModel

/// Finds page furniture by repetition and position, not by known strings: running headers and
/// footers repeat through the whole document ("November 10, 2021", "TA'd … AEA Date ASD Date"),
/// page numbers count up, OCR'd variants of a footer sit beside it, and a converter sometimes
/// echoes the last line of a page just before the footer.
struct PageFurnitureDetector {
    /// A running line repeats at least this often...
    static let minimumRepeats = 3
    /// ...and its first and last copies span at least this share of the document (grid headers
    /// that repeat within one article do not).
    static let minimumSpread = 0.5
    /// Headers and footers are short; a long repeated line is contract text said twice.
    static let longestRunningLine = 120
    static let mostRunningLineWords = 12
    /// An OCR'd footer variant is at most this long and this similar to a running line's key.
    static let longestVariant = 60
    static let variantSimilarity = 0.6
    /// Non-blank lines looked at on each side of a furniture line for OCR'd variants.
    static let variantReach = 2
    /// Share of an echoed line's letters that must appear, in order, at the end of the line before.
    static let echoSimilarity = 0.85
    /// When the reader knows pages (PDF, form feeds), only this many non-blank lines at the top
    /// and bottom of a page can be furniture: a title repeated in the body stays content.
    static let zoneLines = 3

    struct Result {
        /// Per source line: its furniture kind, or nil for content.
        var kinds: [FurnitureLine.Kind?]
        /// Per source line: the page it is on, when pages are known or could be inferred.
        var pages: [Int?]
    }

    enum Zone { case top, bottom }

    let lines: [MarkedLine]
    private let texts: [String]
    private let keys: [String]
    /// Per line: its page zone when pages are known; nil for the body of a page. Nil throughout
    /// (`zones == nil`) when the source has no pages.
    private let zones: [Zone?]?

    /// `shapes` are the lines' classifications, made once by the normalizer and shared.
    private let shapes: [LineShape]

    init(lines: [MarkedLine], shapes: [LineShape]) {
        self.lines = lines
        self.shapes = shapes
        texts = lines.map(\.text)
        keys = texts.map(LineKey.of)
        zones = Self.zones(of: lines, keys: keys)
    }

    private static func zones(of lines: [MarkedLine], keys: [String]) -> [Zone?]? {
        guard !lines.isEmpty, lines.allSatisfy({ $0.location.page != nil }) else { return nil }
        var zones = [Zone?](repeating: nil, count: lines.count)
        var byPage: [Int: [Int]] = [:]
        for index in lines.indices where !keys[index].isEmpty { byPage[lines[index].location.page ?? 0, default: []].append(index) }
        for indices in byPage.values {
            for index in indices.suffix(zoneLines) { zones[index] = .bottom }
            for index in indices.prefix(zoneLines) { zones[index] = .top }
        }
        return zones
    }

    /// Whether a line may be furniture at all: anywhere when pages are unknown, else in a zone.
    private func inZone(_ index: Int) -> Bool { zones.map { $0[index] != nil } ?? true }

    func detect() -> Result {
        var kinds = [FurnitureLine.Kind?](repeating: nil, count: lines.count)
        let runningKeys = findRunningKeys()
        for index in lines.indices where runningKeys.contains(keys[index]) && inZone(index) { kinds[index] = .runningHeader }

        let chain = PageNumberChain.find(in: pageNumberCandidates(kinds: kinds))
        for member in chain where kinds[member.lineIndex] == nil { kinds[member.lineIndex] = .pageNumber }

        markVariants(of: runningKeys, in: &kinds)
        markEchoes(in: &kinds)
        splitHeadersFromFooters(chain: chain, kinds: &kinds)
        return Result(kinds: kinds, pages: pages(chain: chain))
    }

    /// Headings ("105 ARTICLE ONE", "ARTICLE 12"), labeled items and sentences differ only in their
    /// numbers from one another and must never be taken for a running line.
    static func isClauseLike(_ text: String, shape: LineShape) -> Bool {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasSuffix(".") { return true }
        let words = trimmed.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        if words.count > mostRunningLineWords { return true }
        switch shape {
        case .heading, .label, .contentsEntry, .bareNumber: return true
        default: return trimmed.lowercased().hasPrefix("article ")
        }
    }

    private func findRunningKeys() -> Set<String> {
        var occurrences: [String: [Int]] = [:]
        for index in lines.indices {
            let key = keys[index]
            guard inZone(index), !key.isEmpty, texts[index].count <= Self.longestRunningLine, key.contains(where: \.isLetter),
                  LineKey.pageNumber(texts[index]) == nil, !Self.isClauseLike(texts[index], shape: shapes[index]) else { continue }
            occurrences[key, default: []].append(index)
        }
        let span = Double(max(lines.count, 1))
        return Set(occurrences.compactMap { key, indices in
            guard indices.count >= Self.minimumRepeats, let first = indices.first, let last = indices.last,
                  Double(last - first) / span >= Self.minimumSpread else { return nil }
            return key
        })
    }

    /// Bare numbers, and the numbers running lines end with ("TA'd  TA'd 14").
    private func pageNumberCandidates(kinds: [FurnitureLine.Kind?]) -> [PageNumberChain.Candidate] {
        lines.indices.filter(inZone).compactMap { index in
            let value = kinds[index] == nil ? LineKey.pageNumber(texts[index]) : LineKey.trailingNumber(texts[index])
            return value.map { PageNumberChain.Candidate(lineIndex: index, value: $0) }
        }
    }

    private func markVariants(of runningKeys: Set<String>, in kinds: inout [FurnitureLine.Kind?]) {
        guard !runningKeys.isEmpty else { return }
        // Whether a key is near some running key, worked out once per distinct key: long
        // documents repeat their lines, and edit distances are the cost here.
        var nearRunningKey: [String: Bool] = [:]
        func isNear(_ key: String) -> Bool {
            if let known = nearRunningKey[key] { return known }
            let near = runningKeys.contains { TextSimilarity.ratio(key, $0) >= Self.variantSimilarity }
            nearRunningKey[key] = near
            return near
        }
        var changed = true
        while changed {
            changed = false
            for index in lines.indices where kinds[index] == nil && mayBeVariant(index, kinds: kinds) && isNear(keys[index]) {
                kinds[index] = .runningFooter
                changed = true
            }
        }
    }

    /// A short line in a furniture zone beside a line already found to be furniture.
    private func mayBeVariant(_ index: Int, kinds: [FurnitureLine.Kind?]) -> Bool {
        inZone(index) && !keys[index].isEmpty && texts[index].count <= Self.longestVariant
            && nonBlankNeighbours(of: index, reach: Self.variantReach).contains(where: { kinds[$0] != nil })
    }

    private func nonBlankNeighbours(of index: Int, reach: Int) -> [Int] {
        var found: [Int] = []
        for direction in [-1, 1] {
            var cursor = index + direction
            var seen = 0
            while cursor >= 0, cursor < lines.count, seen < reach {
                if !keys[cursor].isEmpty {
                    found.append(cursor)
                    seen += 1
                }
                cursor += direction
            }
        }
        return found
    }

    /// A tab-led line right before a footer whose letters repeat the end of the line above it.
    private func markEchoes(in kinds: inout [FurnitureLine.Kind?]) {
        for index in lines.indices where kinds[index] == nil && texts[index].first?.isWhitespace == true {
            guard let next = nextNonBlank(after: index), kinds[next] != nil,
                  let previous = previousNonBlank(before: index), kinds[previous] == nil else { continue }
            let echo = Array(Words.stream(texts[index]).lowercased())
            let above = Array(Words.stream(texts[previous]).lowercased())
            guard echo.count >= 8, above.count >= echo.count else { continue }
            let tail = Array(above.suffix(echo.count + echo.count / 5))
            let shared = TextSimilarity.commonSubsequenceLength(echo, tail)
            if Double(shared) / Double(echo.count) >= Self.echoSimilarity { kinds[index] = .converterEcho }
        }
    }

    private func nextNonBlank(after index: Int) -> Int? {
        ((index + 1)..<lines.count).first { !keys[$0].isEmpty }
    }

    private func previousNonBlank(before index: Int) -> Int? {
        (0..<index).reversed().first { !keys[$0].isEmpty }
    }

    /// With pages known, the zone decides; else running lines in the cluster that carries the page
    /// number are footers and the rest headers.
    private func splitHeadersFromFooters(chain: [PageNumberChain.Candidate], kinds: inout [FurnitureLine.Kind?]) {
        if let zones {
            for index in lines.indices where kinds[index] == .runningHeader && zones[index] == .bottom { kinds[index] = .runningFooter }
            return
        }
        for member in chain {
            var cursor = member.lineIndex
            while cursor >= 0, let kind = kinds[cursor], kind != .converterEcho {
                if kind == .runningHeader { kinds[cursor] = .runningFooter }
                cursor -= 1
            }
            cursor = member.lineIndex + 1
            while cursor < lines.count, !keys[cursor].isEmpty, let kind = kinds[cursor] {
                if kind == .runningHeader { kinds[cursor] = .runningFooter }
                cursor += 1
            }
        }
    }

    /// Pages from the source when it had them; else the page a numbered footer closes.
    private func pages(chain: [PageNumberChain.Candidate]) -> [Int?] {
        if lines.contains(where: { $0.location.page != nil }) { return lines.map(\.location.page) }
        guard let last = chain.last else { return lines.map { _ in nil } }
        var pages = [Int?](repeating: last.value + 1, count: lines.count)
        var start = 0
        for member in chain {
            for index in start...member.lineIndex { pages[index] = member.value }
            start = member.lineIndex + 1
        }
        return pages
    }
}
