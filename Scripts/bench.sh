#!/usr/bin/env bash
# Reproduces the figures in docs/performance.md (release build linked with the Swift libraries).
# Usage: Scripts/bench.sh [DATA]   DATA: an expo folder or a compiled catalogue; default: the sample.
#        Scripts/bench.sh --big    also generates (once) and measures the 1M-product fair in /tmp/expo-big.
# Needs ../shared/tools (ttfp.py, ptydrive.py) or EXPO_TOOLS; htop and tig for the peers (apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="${EXPO_TOOLS:-../shared/tools}"
BIG=0
if [ "${1:-}" = "--big" ]; then BIG=1; shift; fi
DATA="${1:-Assets/chongqing-2023}"
export XDG_CACHE_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
export LANG=C.UTF-8

swift build -c release --product expo --static-swift-stdlib >/dev/null
EXPO="$PWD/.build/release/expo"

measure() {   # measure DATA LABEL
  local data="$1"
  echo "######## $2"
  "$EXPO" info --data "$data" >/dev/null   # compile into the cache once
  echo "== in-process (expo bench: load, compile, open, first screen, keystrokes, search at 200x50)"
  "$EXPO" bench --data "$data" --runs 20
  [ -f "$TOOLS/ttfp.py" ] || { echo "(no $TOOLS/ttfp.py: set EXPO_TOOLS)"; return; }
  echo "== time to first paint (catalogue cached), under a pty"
  for size in "80 24" "200 50"; do python3 "$TOOLS/ttfp.py" $size 20 q -- "$EXPO" --data "$data"; done
  echo "== bytes and latency per keystroke at 200x50 (pane off, then on), and peak memory"
  for pane in --no-pane ""; do
    python3 "$TOOLS/ptydrive.py" 200 50 j 300 -- "$EXPO" --data "$data" --open products $pane
    python3 "$TOOLS/ptydrive.py" 200 50 ' ' 100 -- /usr/bin/time -o "$XDG_CACHE_HOME/rss" -f "%M" \
      "$EXPO" --data "$data" --open products $pane
    echo "peak RSS while browsing: $(cat "$XDG_CACHE_HOME/rss") KB"
  done
  python3 "$TOOLS/ptydrive.py" 200 50 j 300 -- "$EXPO" --data "$data" --open exhibitors
  echo "== section switches (1-5) and search typing (every character of five queries), 200x50"
  python3 Scripts/keyseq.py 200 50 12345 20 -- "$EXPO" --data "$data"
  python3 Scripts/keyseq.py 200 50 --setup / --skip '\x15' 'amethyst\x15porcelain\x15wine\x15琥珀\x15h03-a1\x15' 10 \
    -- "$EXPO" --data "$data"
  python3 "$TOOLS/ptydrive.py" 80 24 j 300 -- "$EXPO" --data "$data" --open products
}

# Peers in the same run: the C ncurses floor (Scripts/floor.c), tig (on this repository) and htop.
peers() {
  [ -f "$TOOLS/ttfp.py" ] || return
  cc -O2 -o "$XDG_CACHE_HOME/floor" Scripts/floor.c -lncursesw
  echo "== peers: time to first paint under the same pty"
  for size in "80 24" "200 50"; do
    echo "-- C ncurses floor $size"; python3 "$TOOLS/ttfp.py" $size 20 q -- "$XDG_CACHE_HOME/floor"
    command -v tig >/dev/null && { echo "-- tig $size"; python3 "$TOOLS/ttfp.py" $size 20 q -- tig; }
    command -v htop >/dev/null && { echo "-- htop $size"; python3 "$TOOLS/ttfp.py" $size 10 q -- htop; }
  done
}
peers
measure "$DATA" "$DATA"
echo "== whole process: compile the folder to a catalogue"
for i in 1 2 3; do /usr/bin/time -f "%e s, peak %M KB" "$EXPO" compile "$DATA" -o "$XDG_CACHE_HOME/bench.sqlite"; done

if [ "$BIG" = 1 ]; then
  WORK=/tmp/expo-big
  mkdir -p "$WORK"
  [ -f "$WORK/fair/products.json" ] || "$EXPO" generate --exhibitors 30000 --products 1000000 --halls 60 \
    --countries 150 --events 1000 --seed 7 -o "$WORK/fair"
  /usr/bin/time -f "compile 1M: %e s, peak %M KB" "$EXPO" compile "$WORK/fair" -o "$WORK/fair.sqlite"
  measure "$WORK/fair.sqlite" "1M products"
  echo "== peers: loading the same products.json"
  /usr/bin/time -f "python json.load: %e s, %M KB" python3 -c \
    "import json,sys; print(len(json.load(open(sys.argv[1]))['products']))" "$WORK/fair/products.json"
  command -v jq >/dev/null && /usr/bin/time -f "jq: %e s, %M KB" jq '.products | length' "$WORK/fair/products.json"
  /usr/bin/time -f "expo validate: %e s, %M KB" "$EXPO" validate "$WORK/fair"
fi

if [ -f "$TOOLS/ttfp.py" ]; then
  echo "== peers: first paint at 200x50"
  if command -v htop >/dev/null; then python3 "$TOOLS/ttfp.py" 200 50 20 q -- htop; fi
  if command -v tig >/dev/null; then python3 "$TOOLS/ttfp.py" 200 50 20 q -- tig; fi
fi
