import Foundation
import BlacklineReports

/// The local page's own HTML: the upload form, an error page, and the bar of downloads set on
/// top of a redline. Everything a user typed or uploaded is escaped (`HTMLText.escape`).
enum PageHTML {
    static func form(uploadLimit: Int) -> String {
        page(title: "Blackline", body: """
        <h1>Blackline</h1>
        <p>Compare two versions of an agreement, or read the changes a TA'd draft marks up. PDF, Word (.docx), HTML or text, \
        up to \(megabytes(uploadLimit)) a file. The files stay on this computer and are deleted once compared.</p>
        <form method="post" action="/compare" enctype="multipart/form-data">
        <fieldset><legend>Compare two versions</legend>
        <p><label for="old">Old version</label> <input id="old" name="old" type="file" required></p>
        <p><label for="new">New version</label> <input id="new" name="new" type="file" required></p>
        <p><button type="submit">Show what changed</button></p>
        </fieldset>
        </form>
        <form method="post" action="/markup" enctype="multipart/form-data">
        <fieldset><legend>Read a TA'd draft</legend>
        <p><label for="draft">Draft with markup</label> <input id="draft" name="draft" type="file" required></p>
        <p><button type="submit">Show the marked changes</button></p>
        </fieldset>
        </form>
        """)
    }

    /// One message (the command line's one line), and the way back.
    static func error(_ message: String) -> String {
        page(title: "Blackline: could not compare", body: """
        <h1>Could not compare</h1>
        <p role="alert">\(HTMLText.escape(message))</p>
        <p><a href="/">Choose other files</a></p>
        """)
    }

    /// The redline with a bar of downloads of the same comparison first in its body.
    static func redline(_ html: String, downloads id: String) -> String {
        let bar = """
        <nav class="serve-downloads" aria-label="downloads" style="padding:.5em 1em;background:#eef;font:14px sans-serif">\
        Download this comparison: <a href="/reports/\(id)/redline.html" download>HTML</a> · \
        <a href="/reports/\(id)/changes.csv" download>CSV</a> · <a href="/reports/\(id)/changes.json" download>JSON</a> · \
        <a href="/">compare other files</a></nav>\n
        """
        guard let body = html.range(of: "<body"), let close = html[body.upperBound...].firstIndex(of: ">") else { return bar + html }
        var page = html
        page.insert(contentsOf: "\n" + bar, at: page.index(after: close))
        return page
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}fieldset{margin:1em 0;border:1px solid #99a;border-radius:6px}\
        label{display:inline-block;min-width:9em}button{font:inherit;padding:.3em 1em}</style>
        </head><body>
        \(body)
        </body></html>
        """
    }
}
