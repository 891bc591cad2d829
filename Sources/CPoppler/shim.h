#ifndef BLACKLINE_CPOPPLER_SHIM_H
#define BLACKLINE_CPOPPLER_SHIM_H
// poppler-glib and cairo through one header. GLib macros do not import into Swift; the few we
// need are re-expressed here as functions.
#include <poppler.h>
#include <glib-object.h>
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-script.h>
#include <stdlib.h>
#include <string.h>

static inline void blackline_g_object_unref(gpointer object) { g_object_unref(object); }
static inline void blackline_g_free(gpointer memory) { g_free(memory); }

// GObject type checks are macros. Poppler-glib does not treat every markup annotation as a
// PopplerAnnotMarkup (Caret is not), and asking a non-markup annotation for its label logs a
// critical warning on stderr.
static inline gboolean blackline_is_annot_markup(PopplerAnnot *annot) { return POPPLER_IS_ANNOT_MARKUP(annot); }

// GArray's element access is a macro.
static inline PopplerQuadrilateral blackline_quadrilateral_at(GArray *array, guint index) {
    return g_array_index(array, PopplerQuadrilateral, index);
}
static inline guint blackline_array_length(GArray *array) { return array->len; }
static inline void blackline_array_free(GArray *array) { g_array_free(array, TRUE); }

// A growing byte buffer cairo's script device writes into. Cairo writes in pieces of a few
// bytes (each number, each operator); a Swift closure per piece cost about a tenth of a
// redline's whole reading time (retain, release and exclusivity checks on every call).
typedef struct {
    unsigned char *bytes;
    size_t count;
    size_t capacity;
    int failed;
} blackline_byte_sink;

static inline cairo_status_t blackline_byte_sink_write(void *closure, const unsigned char *data, unsigned int length) {
    blackline_byte_sink *sink = (blackline_byte_sink *)closure;
    if (sink->failed) return CAIRO_STATUS_NO_MEMORY;
    if (sink->count + length > sink->capacity) {
        size_t capacity = sink->capacity ? sink->capacity : 65536;
        while (capacity < sink->count + length) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(sink->bytes, capacity);
        if (!grown) { sink->failed = 1; return CAIRO_STATUS_NO_MEMORY; }
        sink->bytes = grown;
        sink->capacity = capacity;
    }
    memcpy(sink->bytes + sink->count, data, length);
    sink->count += length;
    return CAIRO_STATUS_SUCCESS;
}

static inline cairo_device_t *blackline_script_create_for_sink(blackline_byte_sink *sink) {
    return cairo_script_create_for_stream(blackline_byte_sink_write, sink);
}
#endif
