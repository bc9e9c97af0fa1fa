#include "CTerminalGuard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static int guard_fd = -1;
static struct termios saved_termios;
static int have_termios = 0;
static char reset_buffer[256];
static size_t reset_length = 0;
static volatile sig_atomic_t termination_count = 0;
static volatile sig_atomic_t last_signal = 0;
static volatile sig_atomic_t restored = 0;

static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT};
#define FATAL_COUNT (sizeof(fatal_signals) / sizeof(fatal_signals[0]))
static struct sigaction previous_fatal[FATAL_COUNT];

// Every signal whose default action ends the process without a core dump: the run loop sees the
// request, restores the terminal and exits with 128 + the signal.
static const int term_signals[] = {SIGINT,  SIGTERM, SIGHUP,    SIGUSR1, SIGUSR2, SIGALRM,
                                   SIGPIPE, SIGPOLL, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ};
#define TERM_COUNT (sizeof(term_signals) / sizeof(term_signals[0]))
static struct sigaction previous_term[TERM_COUNT];
static int term_installed = 0;
static int fatal_installed = 0;

void expo_guard_restore(void) {
  if (restored || guard_fd < 0) return;
  restored = 1;
  if (reset_length > 0) {
    ssize_t ignored = write(guard_fd, reset_buffer, reset_length);
    (void)ignored;
  }
  if (have_termios) tcsetattr(guard_fd, TCSANOW, &saved_termios);
}

static void chain(int sig, siginfo_t *info, void *context, struct sigaction *previous) {
  if (previous->sa_flags & SA_SIGINFO) {
    if (previous->sa_sigaction) {
      previous->sa_sigaction(sig, info, context);
      return;
    }
  } else if (previous->sa_handler != SIG_IGN && previous->sa_handler != SIG_DFL && previous->sa_handler) {
    previous->sa_handler(sig);
    return;
  }
  // Default action: re-raise with the default disposition.
  signal(sig, SIG_DFL);
  raise(sig);
}

static void fatal_handler(int sig, siginfo_t *info, void *context) {
  expo_guard_restore();
  for (size_t i = 0; i < FATAL_COUNT; i++) {
    if (fatal_signals[i] == sig) {
      sigaction(sig, &previous_fatal[i], NULL);
      chain(sig, info, context, &previous_fatal[i]);
      return;
    }
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

static void term_handler(int sig, siginfo_t *info, void *context) {
  (void)info;
  (void)context;
  last_signal = sig;
  termination_count++;
  if (termination_count >= 3) {
    // The program did not react to two requests: restore and die.
    expo_guard_restore();
    signal(sig, SIG_DFL);
    raise(sig);
  }
}

int expo_guard_install(int fd, const char *reset) {
  guard_fd = fd;
  restored = 0;
  have_termios = (tcgetattr(fd, &saved_termios) == 0);
  reset_length = 0;
  if (reset) {
    size_t n = strlen(reset);
    if (n >= sizeof(reset_buffer)) n = sizeof(reset_buffer) - 1;
    memcpy(reset_buffer, reset, n);
    reset_buffer[n] = 0;
    reset_length = n;
  }
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_sigaction = fatal_handler;
  action.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &action, &previous_fatal[i]);
  fatal_installed = 1;
  return have_termios ? 0 : -1;
}

void expo_guard_catch_termination(void) {
  // A parent may have left these blocked (signal masks are inherited): resizes and termination
  // requests must reach us.
  sigset_t unblock;
  sigemptyset(&unblock);
  for (size_t i = 0; i < TERM_COUNT; i++) sigaddset(&unblock, term_signals[i]);
  sigaddset(&unblock, SIGWINCH);
  sigaddset(&unblock, SIGQUIT);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_sigaction = term_handler;
  action.sa_flags = SA_SIGINFO;
  sigemptyset(&action.sa_mask);
  for (size_t i = 0; i < TERM_COUNT; i++) {
    sigaction(term_signals[i], &action, &previous_term[i]);
    // A signal the parent set to be ignored (nohup's SIGHUP) stays ignored.
    if (!(previous_term[i].sa_flags & SA_SIGINFO) && previous_term[i].sa_handler == SIG_IGN) {
      sigaction(term_signals[i], &previous_term[i], NULL);
    }
  }
  term_installed = 1;
}

void expo_guard_uninstall(void) {
  if (fatal_installed) {
    for (size_t i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &previous_fatal[i], NULL);
    fatal_installed = 0;
  }
  if (term_installed) {
    for (size_t i = 0; i < TERM_COUNT; i++) sigaction(term_signals[i], &previous_term[i], NULL);
    term_installed = 0;
  }
}

int expo_guard_termination_requested(void) { return (int)termination_count; }

int expo_guard_termination_signal(void) { return (int)last_signal; }

void expo_guard_stop_self(void) {
  // SIGSTOP cannot be caught: the shell's job control takes over until `fg` sends SIGCONT.
  raise(SIGSTOP);
}
