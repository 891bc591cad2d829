#ifndef BLACKLINE_CTESSERACT_SHIM_H
#define BLACKLINE_CTESSERACT_SHIM_H
// libtesseract through its C API. capi.h defines BOOL as an int macro, which Swift sees as Int32.
#include <tesseract/capi.h>
#include <dlfcn.h>

// Debian's libtesseract is built with OpenMP, whose worker threads spin while they wait: on two
// busy cores one page took 3x the wall time of a single thread (and 20x the system time). OCR
// workers parallelize across pages instead, so each keeps tesseract to its own thread. Its loops
// ask for a thread count of their own (`num_threads(...)`), which omp_set_num_threads does not
// override; a maximum of 0 active parallel levels makes every region run on the thread that
// meets it (libgomp keeps that maximum process-wide; nothing else in Blackline uses OpenMP). Looked up at run time: a libtesseract without OpenMP (Homebrew's) has no such
// symbol, and omp.h is not on clang's include path. Returns whether OpenMP was found.
static inline int blackline_keep_openmp_on_this_thread(void) {
    void (*set_levels)(int) = (void (*)(int))dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
    if (!set_levels) return 0;
    set_levels(0);
    return 1;
}
#endif
