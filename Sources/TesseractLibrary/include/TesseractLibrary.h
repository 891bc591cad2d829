#ifndef BLACKLINE_TESSERACT_LIBRARY_H
#define BLACKLINE_TESSERACT_LIBRARY_H
// libtesseract's C API, opened at run time the first time a page needs OCR. Linked at build
// time, libtesseract and what it pulls in (libcurl, libarchive, leptonica: 57 shared objects)
// cost every run about 12 ms of dynamic linking before main (`blackline --version` 40 ms
// linked, 28 ms opened), for a library only scans use. The header is tesseract's own, so each pointer has its real type.
// capi.h defines BOOL as an int macro, which Swift sees as Int32.
#include <tesseract/capi.h>

typedef struct {
    __typeof__(&TessBaseAPICreate) _Nonnull BaseAPICreate;
    __typeof__(&TessBaseAPIDelete) _Nonnull BaseAPIDelete;
    __typeof__(&TessBaseAPIEnd) _Nonnull BaseAPIEnd;
    __typeof__(&TessBaseAPIInit3) _Nonnull BaseAPIInit3;
    __typeof__(&TessBaseAPISetVariable) _Nonnull BaseAPISetVariable;
    __typeof__(&TessBaseAPISetPageSegMode) _Nonnull BaseAPISetPageSegMode;
    __typeof__(&TessBaseAPISetImage) _Nonnull BaseAPISetImage;
    __typeof__(&TessBaseAPISetSourceResolution) _Nonnull BaseAPISetSourceResolution;
    __typeof__(&TessBaseAPIRecognize) _Nonnull BaseAPIRecognize;
    __typeof__(&TessBaseAPIGetIterator) _Nonnull BaseAPIGetIterator;
    __typeof__(&TessBaseAPIClear) _Nonnull BaseAPIClear;
    __typeof__(&TessBaseAPIIsValidWord) _Nonnull BaseAPIIsValidWord;
    __typeof__(&TessDeleteText) _Nonnull DeleteText;
    __typeof__(&TessResultIteratorDelete) _Nonnull ResultIteratorDelete;
    __typeof__(&TessResultIteratorNext) _Nonnull ResultIteratorNext;
    __typeof__(&TessResultIteratorGetPageIterator) _Nonnull ResultIteratorGetPageIterator;
    __typeof__(&TessResultIteratorGetUTF8Text) _Nonnull ResultIteratorGetUTF8Text;
    __typeof__(&TessResultIteratorConfidence) _Nonnull ResultIteratorConfidence;
    __typeof__(&TessResultIteratorWordFontAttributes) _Nonnull ResultIteratorWordFontAttributes;
    __typeof__(&TessPageIteratorIsAtBeginningOf) _Nonnull PageIteratorIsAtBeginningOf;
    __typeof__(&TessPageIteratorBoundingBox) _Nonnull PageIteratorBoundingBox;
    __typeof__(&TessPageIteratorBaseline) _Nonnull PageIteratorBaseline;
} blackline_tesseract_api;

/// libtesseract's functions, opened once (thread-safe); NULL when the library or one of these
/// functions is missing, with the reason in blackline_tesseract_error().
const blackline_tesseract_api *_Nullable blackline_tesseract(void);
const char *_Nullable blackline_tesseract_error(void);

/// Debian's libtesseract is built with OpenMP, whose worker threads spin while they wait: on two
/// busy cores one page took 3x the wall time of a single thread (and 20x the system time). OCR
/// workers parallelize across pages instead, so each keeps tesseract to its own thread. Its loops
/// ask for a thread count of their own (`num_threads(...)`), which omp_set_num_threads does not
/// override; a maximum of 0 active parallel levels makes every region run on the thread that meets
/// it (libgomp keeps that maximum process-wide; nothing else in Blackline uses OpenMP). Looked up
/// in the opened library's dependencies: a libtesseract without OpenMP (Homebrew's) has no such
/// symbol. Returns whether OpenMP was found.
int blackline_keep_openmp_on_this_thread(void);

#endif
