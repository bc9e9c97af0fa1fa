#ifndef EXPO_CNCURSESW_SHIM_H
#define EXPO_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <malloc.h>

// Macros and globals that Swift cannot import (or rejects under strict concurrency).
static inline attr_t expo_a_normal(void) { return A_NORMAL; }
static inline attr_t expo_a_bold(void) { return A_BOLD; }
static inline attr_t expo_a_reverse(void) { return A_REVERSE; }
static inline attr_t expo_a_underline(void) { return A_UNDERLINE; }
static inline attr_t expo_a_dim(void) { return A_DIM; }
static inline attr_t expo_color_pair(int n) { return COLOR_PAIR(n); }
static inline int expo_key_f(int n) { return KEY_F(n); }
/* Key codes of our own for the brackets of a bracketed paste (ESC [200~ and ESC [201~). */
static inline int expo_key_paste_start(void) { return KEY_MAX + 1; }
static inline int expo_key_paste_end(void) { return KEY_MAX + 2; }
static inline int expo_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int expo_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline FILE *expo_stdin(void) { return stdin; }
static inline FILE *expo_stdout(void) { return stdout; }
static inline int expo_colors(void) { return COLORS; }
static inline WINDOW *expo_stdscr(void) { return stdscr; }
static inline mmask_t expo_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t expo_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t expo_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t expo_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t expo_button1_single(void) { return BUTTON1_CLICKED; }
static inline mmask_t expo_button1_double(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t expo_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t expo_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int expo_wcwidth(wchar_t c) { return wcwidth(c); }
/* glibc keeps freed memory at the top of the heap (up to `trim` bytes) and serves blocks below
   `map` bytes from the heap, instead of brk(2) / mmap(2) calls for each frame's screen. */
static inline void expo_keep_heap(int trim, int map) {
  mallopt(M_TRIM_THRESHOLD, trim);
  mallopt(M_MMAP_THRESHOLD, map);
}
/* terminfo: a string capability (NULL when the terminal has none), and one formatted. */
static inline const char *expo_tigetstr(const char *name) {
  char *s = tigetstr(name);
  return s == (char *)-1 ? 0 : s;
}
static inline const char *expo_tiparm1(const char *s, int a) { return tiparm(s, a); }
static inline const char *expo_tiparm2(const char *s, int a, int b) { return tiparm(s, a, b); }
static inline int expo_terminal_columns(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}
#endif
