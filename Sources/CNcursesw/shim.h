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

// Swift cannot import function-like macros, nor the global `stdscr` under strict concurrency,
// so everything the terminal front needs from them goes through these wrappers.

static inline WINDOW *zg_stdscr(void) { return stdscr; }
static inline int zg_lines(void) { return LINES; }
static inline int zg_cols(void) { return COLS; }
static inline int zg_colors(void) { return COLORS; }
static inline int zg_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t zg_a_normal(void) { return A_NORMAL; }
static inline attr_t zg_a_bold(void) { return A_BOLD; }
static inline attr_t zg_a_reverse(void) { return A_REVERSE; }
static inline attr_t zg_a_underline(void) { return A_UNDERLINE; }
static inline attr_t zg_a_dim(void) { return A_DIM; }
static inline attr_t zg_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static inline int zg_key_code_yes(void) { return KEY_CODE_YES; }
static inline int zg_key_up(void) { return KEY_UP; }
static inline int zg_key_down(void) { return KEY_DOWN; }
static inline int zg_key_left(void) { return KEY_LEFT; }
static inline int zg_key_right(void) { return KEY_RIGHT; }
static inline int zg_key_home(void) { return KEY_HOME; }
static inline int zg_key_end(void) { return KEY_END; }
static inline int zg_key_npage(void) { return KEY_NPAGE; }
static inline int zg_key_ppage(void) { return KEY_PPAGE; }
static inline int zg_key_enter(void) { return KEY_ENTER; }
static inline int zg_key_backspace(void) { return KEY_BACKSPACE; }
static inline int zg_key_dc(void) { return KEY_DC; }
static inline int zg_key_btab(void) { return KEY_BTAB; }
static inline int zg_key_resize(void) { return KEY_RESIZE; }
static inline int zg_key_f(int n) { return KEY_F(n); }

/// Reads one key or character; returns OK, KEY_CODE_YES or ERR (timeout) like wget_wch.
static inline int zg_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

/// Draws one character cell: a spacing character plus up to four combining ones.
static inline int zg_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline int zg_move(int y, int x) { return wmove(stdscr, y, x); }
static inline int zg_timeout(int ms) { wtimeout(stdscr, ms); return OK; }
static inline int zg_refresh(void) { return wrefresh(stdscr); }
static inline int zg_clear(void) { return wclear(stdscr); }
static inline int zg_keypad(bool on) { return keypad(stdscr, on); }

#endif
