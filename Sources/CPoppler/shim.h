#ifndef BLACKLINE_CPOPPLER_SHIM_H
#define BLACKLINE_CPOPPLER_SHIM_H
// poppler-glib through one header. GLib macros do not import into Swift; the few we need
// are re-expressed here as functions.
#include <poppler.h>
#include <glib-object.h>

static inline void blackline_g_object_unref(gpointer object) { g_object_unref(object); }
static inline void blackline_g_free(gpointer memory) { g_free(memory); }
#endif
