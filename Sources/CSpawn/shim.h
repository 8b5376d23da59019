#pragma once
// For the programs the station and its tests start: glibc functions Swift's Glibc module leaves
// out (declared only under _GNU_SOURCE, which a Clang module of the system headers cannot be
// given from here), declared as glibc 2.34+ defines them; and clean signals for a child.
#include <spawn.h>

/// An anonymous file in memory (memfd_create(2)), closed on exec.
extern int memfd_create(const char *name, unsigned int flags);
static inline int qm_memory_file(const char *name) { return memfd_create(name, 1U /* MFD_CLOEXEC */); }

/// posix_spawn closes every descriptor from `from` up in the child (glibc 2.34).
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

#include <signal.h>

/// Spawn attributes for a child that starts with an empty signal mask and every signal's
/// default action, whatever the parent's threads block or ignore. 0 on success.
static inline int qm_spawnattr_clean_signals(posix_spawnattr_t *attributes) {
    sigset_t empty, all;
    sigemptyset(&empty);
    sigfillset(&all);
    if (posix_spawnattr_setsigmask(attributes, &empty) != 0 || posix_spawnattr_setsigdefault(attributes, &all) != 0) return -1;
    return posix_spawnattr_setflags(attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
}
