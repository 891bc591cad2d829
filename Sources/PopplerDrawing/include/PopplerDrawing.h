#ifndef BLACKLINE_POPPLER_DRAWING_H
#define BLACKLINE_POPPLER_DRAWING_H
// What a PDF page draws besides its text layer, read straight from poppler's content-stream
// interpreter (an OutputDev of our own): stroked segments, filled axis-aligned rectangles and the
// origin and colour of every drawn glyph, in page points with y growing down (as poppler-glib's
// text layout gives glyph boxes). A C interface, so Swift sees no C++.
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct blackline_drawing_document blackline_drawing_document;

typedef enum {
    /// A stroked straight subpath of two points: (x1, y1)–(x2, y2), `thickness` its line width.
    BLACKLINE_DRAWN_SEGMENT = 0,
    /// A filled axis-aligned rectangle: corners (x1, y1) and (x2, y2), x1 <= x2, y1 <= y2.
    BLACKLINE_DRAWN_RECTANGLE = 1,
    /// Where a run of drawn (visible) glyphs starts, on its baseline at (x1, y1): one text show's
    /// glyphs in one colour along one baseline.
    BLACKLINE_DRAWN_GLYPH = 2,
    /// Where a run of invisible glyphs starts (text render mode 3): the words an OCR program lays
    /// over a scanned image so the page can be searched. Nothing is drawn.
    BLACKLINE_DRAWN_INVISIBLE_GLYPH = 3,
} blackline_drawn_kind;

typedef struct {
    blackline_drawn_kind kind;
    double x1, y1, x2, y2;
    double thickness;
    /// 0 when drawn with a pattern or shading (no one colour).
    int has_color;
    double red, green, blue;
    /// Which drawing operation this came from (text shows and fills counted in order): tells
    /// what was drawn over what.
    int sequence;
} blackline_drawn_item;

/// Opens `path` for drawing; NULL when poppler cannot open it (the caller has opened it through
/// poppler-glib already and says why). One thread uses a document at a time.
blackline_drawing_document *blackline_drawing_open(const char *path);
void blackline_drawing_close(blackline_drawing_document *document);

/// Draws page `page_index` (0-based) and gives its items in `*items` (owned by the document,
/// valid until the next call). Returns the number of items, or -1 when the page cannot be drawn.
/// At most `most_items` are kept (`*over_cap` set past it). The page stops being interpreted
/// after `seconds` (`*timed_out` set): some content streams take poppler minutes.
long blackline_drawing_page(blackline_drawing_document *document, int page_index, long most_items, double seconds,
                            const blackline_drawn_item **items, int *over_cap, int *timed_out);

#ifdef __cplusplus
}
#endif
#endif
