#!/usr/bin/env bash
# Reproduces the figures in docs/performance.md (release build, this machine).
# Usage: Scripts/bench.sh [DATA]   (DATA: an expo folder or catalogue; default: the built-in sample)
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${EXPO_TOOLS:-../shared/tools}"
DATA="${1:-Assets/chongqing-2023}"
export XDG_CACHE_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
export LANG=C.UTF-8

swift build -c release --product expo >/dev/null
EXPO=.build/release/expo
"$EXPO" info --data "$DATA" >/dev/null   # compile into the cache once

echo "== in-process (expo bench: load, compile, open, first screen, keystrokes at 200x50)"
"$EXPO" bench --data "$DATA" --runs 20

echo "== whole process: compile the folder to a catalogue"
for i in 1 2 3; do "$EXPO" compile "$DATA" -o "$XDG_CACHE_HOME/bench.sqlite"; done

if [ -f "$TOOLS/ttfp.py" ]; then
  echo "== time to first paint (catalogue cached), under a pty"
  for size in "80 24" "132 40" "200 50"; do
    python3 "$TOOLS/ttfp.py" $size 20 q -- "$EXPO" --data "$DATA"
  done
  echo "== bytes and latency per keystroke, under a pty"
  for size in "80 24" "132 40" "200 50"; do
    echo "-- $size"
    python3 "$TOOLS/ptydrive.py" $size j 300 -- "$EXPO" --data "$DATA" --open products
    python3 "$TOOLS/ptydrive.py" $size ' ' 100 -- "$EXPO" --data "$DATA" --open products
    python3 "$TOOLS/ptydrive.py" $size j 300 -- "$EXPO" --data "$DATA" --open exhibitors
  done
  if command -v htop >/dev/null; then python3 "$TOOLS/ttfp.py" 200 50 20 q -- htop; fi
  if command -v tig >/dev/null; then python3 "$TOOLS/ttfp.py" 200 50 20 q -- tig; fi
else
  echo "(no $TOOLS/ttfp.py: set EXPO_TOOLS to the folder of ttfp.py and ptydrive.py)"
fi
