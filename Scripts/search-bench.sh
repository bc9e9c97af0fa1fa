#!/usr/bin/env bash
# Search at the largest fairs' scale: generates a 30,000-exhibitor / 1,000,000-product fair,
# compiles it, measures search per keystroke in-process (expo bench), then times whole processes
# side by side: `expo search QUERY` against `fzf --filter QUERY` over the same names.
# Usage: Scripts/search-bench.sh [WORKDIR]   (default /tmp/expo-big; needs ~3 GB of disk)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="${1:-/tmp/expo-big}"
mkdir -p "$WORK"
export XDG_CACHE_HOME="$WORK/cache"
swift build -c release --product expo >/dev/null
EXPO="$PWD/.build/release/expo"
if [ ! -f "$WORK/fair/products.json" ]; then
  "$EXPO" generate --exhibitors 30000 --products 1000000 --halls 60 --countries 150 --events 1000 --seed 7 -o "$WORK/fair"
fi
if [ ! -f "$WORK/fair.sqlite" ]; then
  /usr/bin/time -f "compile: %e s, peak %M KB" "$EXPO" compile "$WORK/fair" -o "$WORK/fair.sqlite"
fi
echo "== in-process, 1M products (expo bench)"
"$EXPO" bench --data "$WORK/fair.sqlite" --runs 10
command -v fzf >/dev/null || { apt-get update >/dev/null && apt-get install -y fzf >/dev/null; }
echo "== whole processes: expo search vs fzf --filter (same names)"
python3 Scripts/search_compare.py "$EXPO" "$WORK/fair.sqlite" "$WORK/names.txt"
