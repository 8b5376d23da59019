// Opens the rendering, camera and workbook libraries on their first use instead of at start.
//
// The station's modules call cairo, Pango, zbar, libjpeg and libxlsxwriter as usual; the
// functions they call are defined in wrappers.c (scripts/lazy-libraries writes it from the
// headers), so the binary takes nothing from those libraries and scripts/package-deb drops them
// from its DT_NEEDED. The first call opens the library and every call goes on to its own
// function. An idle station so maps 38 shared libraries instead of 79 (BENCHMARKS.md,
// "Service"); a station that prints or scans with its camera opens them then, once.
#include "loader.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

// pangocairo brings Pango, cairo, GObject and GLib: dlsym on its handle searches them all.
struct qm_library qm_rendering = {"libpangocairo-1.0.so.0", "libpangocairo-1.0-0", 0};
struct qm_library qm_zbar = {"libzbar.so.0", "libzbar0", 0};
struct qm_library qm_jpeg = {"libjpeg.so.62", "libjpeg62-turbo", 0};
struct qm_library qm_xlsxwriter = {"libxlsxwriter.so.4", "libxlsxwriter4", 0};

static pthread_mutex_t qm_lock = PTHREAD_MUTEX_INITIALIZER;

void *qm_lazy_symbol(struct qm_library *library, const char *name) {
    pthread_mutex_lock(&qm_lock);
    if (library->handle == 0) {
        // RTLD_LOCAL: nothing of it joins the global scope other libraries resolve against.
        library->handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
        if (library->handle == 0) {
            fprintf(stderr, "quartermaster: cannot open %s (%s): install Debian's %s\n", library->soname, dlerror(), library->package);
            abort();
        }
    }
    dlerror();
    void *function = dlsym(library->handle, name);
    pthread_mutex_unlock(&qm_lock);
    if (function == 0) {
        fprintf(stderr, "quartermaster: %s has no function %s: install the %s this build was made against\n", library->soname, name, library->package);
        abort();
    }
    return function;
}
