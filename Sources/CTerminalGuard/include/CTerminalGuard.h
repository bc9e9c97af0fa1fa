#ifndef EXPO_CTERMINALGUARD_H
#define EXPO_CTERMINALGUARD_H

/// Saves the terminal state of `fd` and installs handlers for fatal signals (SIGSEGV, SIGBUS,
/// SIGILL, SIGFPE, SIGABRT, SIGTRAP) and termination signals (SIGTERM, SIGHUP, SIGQUIT) that
/// restore it (leave the alternate screen, show the cursor, reset attributes, disable mouse
/// reporting, restore termios) before chaining to the previous handler.
/// `reset` is written to `fd` verbatim on restore (precomputed so the handler stays
/// async-signal-safe). Returns 0 on success.
int expo_guard_install(int fd, const char *reset);

/// Restores the saved termios and writes the reset string (idempotent, async-signal-safe).
void expo_guard_restore(void);

/// Removes the handlers again (normal exit path).
void expo_guard_uninstall(void);

/// Number of termination signals (SIGTERM/SIGHUP/SIGINT) received since install; the run loop
/// polls it so that a termination request ends the program through the normal exit path.
int expo_guard_termination_requested(void);

/// Ask for SIGINT/SIGTERM/SIGHUP to be turned into a flag instead of killing the process.
void expo_guard_catch_termination(void);

/// The last termination signal received (0: none), for the conventional exit status 128 + n.
int expo_guard_termination_signal(void);

/// Stops the process (job control, Ctrl-Z) until it is continued.
void expo_guard_stop_self(void);

#endif
