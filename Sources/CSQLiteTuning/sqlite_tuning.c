#include "sqlite_tuning.h"

#include <sqlite3.h>

int expo_sqlite_tune(void) {
  // Memory statistics take a global mutex on every allocation: with two connections compiling on
  // two threads, that mutex was contended millions of times. Nothing here reads the statistics.
  int status = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  // GRDB already serialises every use of a connection: the per-connection mutexes are not needed.
  if (status == SQLITE_OK) status = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  return status;
}
