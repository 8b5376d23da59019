#pragma once
// glibc functions Swift's Glibc module leaves out (they are declared only under _GNU_SOURCE,
// which a Clang module of the system headers cannot be given from here): declared as glibc
// 2.34+ defines them.
#include <spawn.h>

/// An anonymous file in memory (memfd_create(2)), closed on exec.
extern int memfd_create(const char *name, unsigned int flags);
static inline int qm_memory_file(const char *name) { return memfd_create(name, 1U /* MFD_CLOEXEC */); }

/// posix_spawn closes every descriptor from `from` up in the child (glibc 2.34).
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);
