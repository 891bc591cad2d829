// Reads what a page draws straight from poppler's interpreter, with no renderer behind it.
//
// Why not cairo: drawing a page through poppler's cairo output into cairo's script surface, then
// reading the script back, cost about twice the page's text extraction, two thirds of it cairo
// printing glyph positions (callgrind, issue 14), and cairo's fonts are shared process-wide, so
// only one thread could draw at a time. This device takes the same geometry and colours from
// poppler's graphics state as the interpreter goes, loads no font and touches no shared
// renderer state, so each worker thread draws its own document.
#include "PopplerDrawing.h"

#include <Annot.h>
#include <Error.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <goo/GooString.h>

#include <chrono>
#include <cmath>
#include <memory>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// The same decision poppler-glib makes when it prints a page (`poppler_page_render_for_printing`,
// all markup annotations): hidden annotations never, markup annotations when flagged for print,
// form fields always, anything else (links, popups, media) never.
bool isPrinted(Annot *annot, void *)
{
    if (annot->getFlags() & Annot::flagHidden) return false;
    switch (annot->getType()) {
    case Annot::typeWidget:
        return true;
    case Annot::typeLink:
    case Annot::typePopup:
    case Annot::typeMovie:
    case Annot::typeScreen:
    case Annot::typePrinterMark:
    case Annot::typeTrapNet:
    case Annot::typeWatermark:
    case Annot::type3D:
        return false;
    default:
        return (annot->getFlags() & Annot::flagPrint) != 0;
    }
}

class PageDrawingDevice : public OutputDev {
public:
    std::vector<blackline_drawn_item> items;
    long mostItems = 0;
    bool overCap = false;
    int sequence = 0;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return true; }
    // Type 3 glyphs are drawn as glyphs, not as the rectangles their procedures may fill.
    bool interpretType3Chars() override { return false; }

    void stroke(GfxState *state) override
    {
        const GfxPath *path = state->getPath();
        double thickness = lineThickness(state);
        for (int index = 0; index < path->getNumSubpaths(); index++) {
            const GfxSubpath *subpath = path->getSubpath(index);
            int points = pointsOf(subpath);
            if (points != 2 || subpath->getCurve(1)) continue;
            blackline_drawn_item item = colored(BLACKLINE_DRAWN_SEGMENT, state, true);
            state->transform(subpath->getX(0), subpath->getY(0), &item.x1, &item.y1);
            state->transform(subpath->getX(1), subpath->getY(1), &item.x2, &item.y2);
            item.thickness = thickness;
            add(item);
        }
    }

    void fill(GfxState *state) override { fillRectangles(state); }
    void eoFill(GfxState *state) override { fillRectangles(state); }

    void beginString(GfxState *, const GooString *) override { sequence++; }

    void drawChar(GfxState *state, double x, double y, double, double, double, double, CharCode, int, const Unicode *, int) override
    {
        int render = state->getRender() & 3;
        // Invisible text (an OCR layer) draws nothing; where its runs start says the page has one.
        blackline_drawn_item item = colored(render == 3 ? BLACKLINE_DRAWN_INVISIBLE_GLYPH : BLACKLINE_DRAWN_GLYPH, state, render == 1);
        state->transform(x, y, &item.x1, &item.y1);
        item.x2 = item.x1;
        item.y2 = item.y1;
        // A glyph that goes on the run before it (same show, colour and baseline, further right)
        // adds nothing: a glyph's colour is its run's, found from where the run starts.
        if (continuesRun(item)) return;
        add(item);
    }

private:
    bool continuesRun(const blackline_drawn_item &item) const
    {
        if (items.empty()) return false;
        const blackline_drawn_item &last = items.back();
        return last.kind == item.kind && last.sequence == item.sequence && last.has_color == item.has_color
            && last.red == item.red && last.green == item.green && last.blue == item.blue
            && std::fabs(last.y1 - item.y1) < 0.01 && item.x1 >= last.x1;
    }

    // A subpath's points, a closing point that repeats the first not counted: "m l h" is one
    // segment, as a renderer strokes it.
    static int pointsOf(const GfxSubpath *subpath)
    {
        int count = subpath->getNumPoints();
        if (subpath->isClosed() && count > 2 && subpath->getX(count - 1) == subpath->getX(0) && subpath->getY(count - 1) == subpath->getY(0)) count--;
        return count;
    }

    // The stroke's width across a horizontal line, in page points; a zero width is the thinnest
    // line a device draws, one point here (the resolution pages are drawn at).
    static double lineThickness(GfxState *state)
    {
        double width = state->getLineWidth();
        if (width == 0) return 1;
        const double *ctm = state->getCTM();
        return width * std::sqrt(ctm[1] * ctm[1] + ctm[3] * ctm[3]);
    }

    blackline_drawn_item colored(blackline_drawn_kind kind, GfxState *state, bool stroked)
    {
        blackline_drawn_item item = {};
        item.kind = kind;
        item.sequence = sequence;
        GfxColorSpace *space = stroked ? state->getStrokeColorSpace() : state->getFillColorSpace();
        if (space && space->getMode() != csPattern) {
            GfxRGB rgb;
            if (stroked) state->getStrokeRGB(&rgb); else state->getFillRGB(&rgb);
            item.has_color = 1;
            item.red = colToDbl(rgb.r);
            item.green = colToDbl(rgb.g);
            item.blue = colToDbl(rgb.b);
        }
        return item;
    }

    // Each axis-aligned rectangle of the path (4 corners, or 5 with the first repeated), by its
    // corners; other shapes (curves, polygons) are no rule, highlight or cell.
    void fillRectangles(GfxState *state)
    {
        const GfxPath *path = state->getPath();
        for (int index = 0; index < path->getNumSubpaths(); index++) {
            const GfxSubpath *subpath = path->getSubpath(index);
            int count = subpath->getNumPoints();
            if (count < 4 || count > 5) continue;
            double xs[5], ys[5];
            bool straight = true;
            for (int point = 0; point < count; point++) {
                if (subpath->getCurve(point)) straight = false;
                state->transform(subpath->getX(point), subpath->getY(point), &xs[point], &ys[point]);
            }
            if (!straight) continue;
            double left = xs[0], right = xs[0], top = ys[0], bottom = ys[0];
            for (int point = 1; point < count; point++) {
                left = std::fmin(left, xs[point]);
                right = std::fmax(right, xs[point]);
                top = std::fmin(top, ys[point]);
                bottom = std::fmax(bottom, ys[point]);
            }
            bool axisAligned = true;
            for (int point = 0; point < count; point++) {
                bool onSide = std::fabs(xs[point] - left) < 0.05 || std::fabs(xs[point] - right) < 0.05;
                bool onEdge = std::fabs(ys[point] - top) < 0.05 || std::fabs(ys[point] - bottom) < 0.05;
                if (!onSide || !onEdge) axisAligned = false;
            }
            if (!axisAligned) continue;
            sequence++;
            blackline_drawn_item item = colored(BLACKLINE_DRAWN_RECTANGLE, state, false);
            item.x1 = left;
            item.y1 = top;
            item.x2 = right;
            item.y2 = bottom;
            add(item);
        }
    }

    void add(const blackline_drawn_item &item)
    {
        if ((long)items.size() < mostItems) items.push_back(item); else overCap = true;
    }
};

struct Deadline {
    Clock::time_point end;
    bool passed = false;
};

bool deadlinePassed(void *data)
{
    auto *deadline = static_cast<Deadline *>(data);
    if (!deadline->passed && Clock::now() >= deadline->end) deadline->passed = true;
    return deadline->passed;
}

// Poppler's messages about damaged content: poppler-glib logs them at info level, unseen; the
// reader says what matters in its own words.
void ignoreError(ErrorCategory, Goffset, const char *) { }

} // namespace

struct blackline_drawing_document {
    // Poppler's global parameters live while any holder of an initer does: poppler-glib's
    // documents hold one each and the last to go frees them, so this document holds its own
    // (declared first: let go of last). Without it, a drawing that outlived every poppler-glib
    // document of the process used freed parameters and crashed.
    GlobalParamsIniter globals { ignoreError };
    std::unique_ptr<PDFDoc> document;
    PageDrawingDevice device;
};

extern "C" blackline_drawing_document *blackline_drawing_open(const char *path)
{
    auto *drawing = new blackline_drawing_document;
    drawing->document = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
    if (!drawing->document->isOk()) {
        delete drawing;
        return nullptr;
    }
    return drawing;
}

extern "C" void blackline_drawing_close(blackline_drawing_document *document)
{
    delete document;
}

extern "C" long blackline_drawing_page(blackline_drawing_document *document, int page_index, long most_items, double seconds,
                                       const blackline_drawn_item **items, int *over_cap, int *timed_out)
{
    *items = nullptr;
    *over_cap = 0;
    *timed_out = 0;
    if (!document || page_index < 0 || page_index >= document->document->getNumPages()) return -1;
    PageDrawingDevice &device = document->device;
    device.items.clear();
    device.overCap = false;
    device.sequence = 0;
    device.mostItems = most_items;
    Deadline deadline { Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::fmax(seconds, 0))) };
    // As poppler-glib prints a page: 72 dpi (page points), the crop box, the page's own rotation.
    document->document->displayPageSlice(&device, page_index + 1, 72, 72, 0, false, true, true, -1, -1, -1, -1, deadlinePassed, &deadline, isPrinted, nullptr);
    *over_cap = device.overCap ? 1 : 0;
    *timed_out = deadline.passed ? 1 : 0;
    *items = device.items.data();
    return (long)device.items.size();
}
