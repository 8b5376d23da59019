#pragma once
// Nothing to import: linking this module is what matters. It defines the functions of cairo,
// Pango, zbar, libjpeg and libxlsxwriter that the station calls, each opening its library on
// the first call (loader.c), so that none of them is loaded at start.
