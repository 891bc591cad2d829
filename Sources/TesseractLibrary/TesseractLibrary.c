#include "TesseractLibrary.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static blackline_tesseract_api api;
static const blackline_tesseract_api *opened;
static void *library;
static char failure[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

// The run-time names of the library, newest ABI first: Debian's soname, the unversioned
// development link, then macOS's.
static const char *const library_names[] = {
    "libtesseract.so.5", "libtesseract.so.4", "libtesseract.so", "libtesseract.5.dylib", "libtesseract.dylib",
};

static int find(void **slot, const char *name) {
    *slot = dlsym(library, name);
    if (*slot) return 1;
    snprintf(failure, sizeof failure, "libtesseract has no function %s", name);
    return 0;
}

static void open_library(void) {
    for (size_t index = 0; index < sizeof library_names / sizeof *library_names && !library; index++)
        library = dlopen(library_names[index], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(failure, sizeof failure, "libtesseract was not found (%s)", dlerror());
        return;
    }
#define FIND(field, name) if (!find((void **)&api.field, #name)) return;
    FIND(BaseAPICreate, TessBaseAPICreate)
    FIND(BaseAPIDelete, TessBaseAPIDelete)
    FIND(BaseAPIEnd, TessBaseAPIEnd)
    FIND(BaseAPIInit3, TessBaseAPIInit3)
    FIND(BaseAPISetVariable, TessBaseAPISetVariable)
    FIND(BaseAPISetPageSegMode, TessBaseAPISetPageSegMode)
    FIND(BaseAPISetImage, TessBaseAPISetImage)
    FIND(BaseAPISetSourceResolution, TessBaseAPISetSourceResolution)
    FIND(BaseAPIRecognize, TessBaseAPIRecognize)
    FIND(BaseAPIGetIterator, TessBaseAPIGetIterator)
    FIND(BaseAPIClear, TessBaseAPIClear)
    FIND(BaseAPIIsValidWord, TessBaseAPIIsValidWord)
    FIND(DeleteText, TessDeleteText)
    FIND(ResultIteratorDelete, TessResultIteratorDelete)
    FIND(ResultIteratorNext, TessResultIteratorNext)
    FIND(ResultIteratorGetPageIterator, TessResultIteratorGetPageIterator)
    FIND(ResultIteratorGetUTF8Text, TessResultIteratorGetUTF8Text)
    FIND(ResultIteratorConfidence, TessResultIteratorConfidence)
    FIND(ResultIteratorWordFontAttributes, TessResultIteratorWordFontAttributes)
    FIND(PageIteratorIsAtBeginningOf, TessPageIteratorIsAtBeginningOf)
    FIND(PageIteratorBoundingBox, TessPageIteratorBoundingBox)
    FIND(PageIteratorBaseline, TessPageIteratorBaseline)
#undef FIND
    opened = &api;
}

const blackline_tesseract_api *blackline_tesseract(void) {
    pthread_once(&once, open_library);
    return opened;
}

const char *blackline_tesseract_error(void) {
    pthread_once(&once, open_library);
    return opened ? NULL : failure;
}

int blackline_keep_openmp_on_this_thread(void) {
    if (!blackline_tesseract()) return 0;
    void (*set_levels)(int) = (void (*)(int))dlsym(library, "omp_set_max_active_levels");
    if (!set_levels) return 0;
    set_levels(0);
    return 1;
}
