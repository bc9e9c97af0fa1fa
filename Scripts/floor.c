/* The floor for time to first paint: a C ncurses program that fills the same screen as the guide
   (a title bar, a list of rows, a status bar, a bar on the first row that j moves) and waits for q.
   Built and timed by Scripts/bench.sh and Scripts/ratios.py. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

int main(void) {
  setlocale(LC_ALL, "");
  initscr(); raw(); noecho(); keypad(stdscr, TRUE);
  int rows, cols; getmaxyx(stdscr, rows, cols);
  attron(A_REVERSE); mvhline(0, 0, ' ', cols); mvaddstr(0, 1, "Expo Guide"); attroff(A_REVERSE);
  for (int y = 1; y < rows - 1; y++) mvprintw(y, 1, "Exhibitor %-40d CN N1-A%02d %8d", y, y, y * 17);
  attron(A_REVERSE); mvhline(rows - 1, 0, ' ', cols); mvaddstr(rows - 1, 1, "Enter open  q quit"); attroff(A_REVERSE);
  refresh();
  /* j moves a bar down the list, as the guide's cursor moves: the floor for key -> screen. */
  int at = 1, key;
  mvchgat(at, 0, -1, A_REVERSE, 0, NULL);
  refresh();
  while ((key = getch()) != 'q') {
    if (key != 'j') continue;
    mvchgat(at, 0, -1, A_NORMAL, 0, NULL);
    at = at + 1 < rows - 1 ? at + 1 : 1;
    mvchgat(at, 0, -1, A_REVERSE, 0, NULL);
    refresh();
  }
  endwin();
  return 0;
}
