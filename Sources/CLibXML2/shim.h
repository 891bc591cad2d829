#ifndef BLACKLINE_CLIBXML2_SHIM_H
#define BLACKLINE_CLIBXML2_SHIM_H
// libxml2 through one header. Debian builds libxml2 against the system ICU, whose enums clash
// with the ICU inside Foundation; undefining LIBXML_ICU_ENABLED before any other libxml header
// keeps the system ICU headers out (measured: ../shared/notes/c-libraries.md).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

// xmlFree is a global function-pointer variable, which Swift 6 rejects as unsafe shared state.
static inline void blackline_xml_free(void *memory) { xmlFree(memory); }
// The runtime version string, a global variable Swift does not import.
static inline const char *blackline_xml_parser_version(void) { return xmlParserVersion; }
#endif
