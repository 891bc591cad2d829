#ifndef BLACKLINE_CPOPPLER_SHIM_H
#define BLACKLINE_CPOPPLER_SHIM_H
// poppler-glib and cairo through one header. GLib macros do not import into Swift; the few we
// need are re-expressed here as functions.
#include <poppler.h>
#include <glib-object.h>
#include <cairo.h>

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

#endif
