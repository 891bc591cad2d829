#ifndef BLACKLINE_CPOPPLERCORE_SHIM_H
#define BLACKLINE_CPOPPLERCORE_SHIM_H
// Poppler's own C++ library (the core poppler-glib wraps), seen through pkg-config "poppler". Its
// headers are C++ and are included only by the PopplerDrawing target; this module exists for the
// include path and the link, and imports nothing into Swift.
#endif
