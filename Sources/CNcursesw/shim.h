#ifndef ZGODA_CNCURSESW_SHIM_H
#define ZGODA_CNCURSESW_SHIM_H
// SwiftPM drops the -D flags pkg-config gives, so the wide-character API must be enabled here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#endif
