#pragma once
// The Linux virtual console's ioctls (no library: the kernel's headers only): console fonts
// (KDFONTOP), their Unicode maps (GIO_UNIMAP, PIO_UNIMAP) and VT modes.
#include <linux/kd.h>
#include <linux/vt.h>
