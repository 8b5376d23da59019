#pragma once
// The loader behind wrappers.c (see loader.c).
#include <stdatomic.h>

/// A shared library the station opens on the first call of one of its functions.
struct qm_library {
    const char *soname;   // what dlopen gets: the library's soname, as Debian installs it
    const char *package;  // the Debian package that ships it, for the message when it is missing
    void *handle;         // set once, under loader.c's lock
};

extern struct qm_library qm_rendering, qm_zbar, qm_jpeg, qm_xlsxwriter;

/// The address of `name` in `library` (and the libraries it depends on), opening it first if
/// need be. Never returns null: a library or function missing is a broken installation, and
/// the station stops with a message naming the package to install.
void *qm_lazy_symbol(struct qm_library *library, const char *name);

/// `name` of `library`, as a pointer of `name`'s own type, looked up once per function.
#define QM_LAZY(library, name)                                                            \
    ({                                                                                    \
        static void *_Atomic qm_slot;                                                     \
        void *qm_function = atomic_load_explicit(&qm_slot, memory_order_acquire);         \
        if (qm_function == 0) {                                                           \
            qm_function = qm_lazy_symbol(&(library), #name);                              \
            atomic_store_explicit(&qm_slot, qm_function, memory_order_release);           \
        }                                                                                 \
        (__typeof__(&name))qm_function;                                                   \
    })
