/// How long reading one PDF may take before it is refused as pathological: a base plus an
/// allowance per page, so long agreements are never refused for their length alone.
///
/// Why: poppler cannot be interrupted inside a page, and some PDFs take it minutes (100,000 text
/// operators on one page: pdftotext itself needs tens of seconds to minutes). Real agreements
/// read at about 12 ms a page with marks (release build), so the standard budget is reached only
/// by such pages or a stuck renderer, and the user hears which page within half a minute or so.
public struct PDFTimeBudget: Sendable, Equatable {
    public var base: Duration
    public var perPage: Duration

    public init(base: Duration, perPage: Duration) {
        self.base = base
        self.perPage = perPage
    }

    /// 30 s plus 0.25 s a page: 30.25 s for one page, 53 s for 92 pages; more than ten times what a
    /// debug build needs on a busy machine.
    public static let standard = PDFTimeBudget(base: .seconds(30), perPage: .milliseconds(250))

    /// The time a document of `pages` pages may take.
    public func limit(pages: Int) -> Duration {
        base + perPage * max(pages, 0)
    }
}
