#ifndef EXPO_SQLITE_TUNING_H
#define EXPO_SQLITE_TUNING_H

/// Process-wide SQLite settings that must precede the first connection (sqlite3_config is
/// variadic, so Swift cannot call it). Returns 0 when applied, non-zero when SQLite was already
/// initialised (then nothing changed).
int expo_sqlite_tune(void);

#endif
