#!/usr/bin/env bash
# Where a start goes (issue 21): runs `expo info`, `expo search` and the guide (under a pty, until
# its first paint) with EXPO_PROFILE=1 and EXPO_PROFILE_T0 (the launch), RUNS times each, and
# prints the median time at which each phase ended, from the launch: before "main" is the loader
# and the static initialisers; then arguments, finding and opening the data, settings and
# bookmarks, versions, ncurses, the first screen built, and the first paint written.
# usage: Scripts/startup-profile.sh [EXPO] [RUNS] [-- --data PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
EXPO="${1:-}"
RUNS="${2:-15}"
shift $(( $# > 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
if [ -z "$EXPO" ]; then
  swift build -c release --product expo --static-swift-stdlib >/dev/null
  EXPO="$PWD/.build/release/expo"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_CACHE_HOME="$WORK/cache" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" LANG=C.UTF-8
"$EXPO" info "$@" >/dev/null   # compiled into the cache once
TOOLS="${EXPO_TOOLS:-../shared/tools}"

profile() {   # profile LABEL LOG
  python3 - "$1" "$2" <<'EOF'
import sys, re, statistics, collections
label, log = sys.argv[1], sys.argv[2]
at = collections.OrderedDict()
for line in open(log):
    m = re.match(r"(.+?)\s+[\d.]+ ms\s+\(at\s+([\d.]+) ms\)", line)
    if m: at.setdefault(m.group(1).strip(), []).append(float(m.group(2)))
print(f"== {label}")
previous = 0.0
for phase, values in at.items():
    median = statistics.median(values)
    print(f"  {phase:22s} at {median:7.1f} ms   (+{median - previous:6.1f})")
    previous = median
EOF
}

for command in "info" "search amber --limit 20"; do
  : > "$WORK/log"
  for _ in $(seq "$RUNS"); do
    # shellcheck disable=SC2086
    EXPO_PROFILE=1 EXPO_PROFILE_T0="$(date +%s%N)" "$EXPO" $command "$@" >/dev/null 2>>"$WORK/log"
  done
  profile "expo $command" "$WORK/log"
done
if [ -f "$TOOLS/ttfp.py" ]; then
  : > "$WORK/log"
  ARGS="$*"
  python3 "$TOOLS/ttfp.py" 80 24 "$RUNS" q -- sh -c \
    "EXPO_PROFILE=1 EXPO_PROFILE_T0=\$(date +%s%N) exec '$EXPO' $ARGS 2>>'$WORK/log'"
  profile "the guide, 80x24, to its first paint" "$WORK/log"
else
  echo "(no $TOOLS/ttfp.py for the guide: set EXPO_TOOLS)"
fi
