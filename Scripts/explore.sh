#!/usr/bin/env bash
# The explorer's long walks: millions of random steps through the guide (reducer + renderer +
# screens over real catalogues) with the invariants checked after every step, on the sample, a
# generated fair, a 200,000-product fair, the hostile fixture, the import fixtures and every file
# in ../shared/data/real. Usage: Scripts/explore.sh [STEPS_PER_DATASET=1000000] [DATASET…]
# A broken invariant is shrunk and written to Fuzz/walks/*.walk; save it under
# Tests/ExpoScreensTests/Walks as a regression test. A trap leaves Fuzz/walks/crash.walk, shrunk
# here through child processes.
set -euo pipefail
cd "$(dirname "$0")/.."
steps="${1:-1000000}"
shift || true
datasets=("$@")
if [ "${#datasets[@]}" -eq 0 ]; then
  datasets=(sample fair bigfair Tests/Fixtures/hostile Tests/Fixtures/minimal Tests/Fixtures/import/*.*)
  for f in ../shared/data/real/*.xml ../shared/data/real/*.json ../shared/data/real/*.ics ../shared/data/real/*.csv; do
    case "$f" in *schema*|*.xsd) ;; *) [ -f "$f" ] && datasets+=("$f") ;; esac
  done
fi
swift build -c release --product expo-fuzz --build-path .build-explore
binary=".build-explore/release/expo-fuzz"
status=0
for dataset in "${datasets[@]}"; do
  set +e
  "$binary" explore --steps "$steps" --out Fuzz/walks "$dataset"
  code=$?
  set -e
  if [ "$code" -gt 1 ] && [ -s Fuzz/walks/crash.walk ]; then
    echo "$dataset: the walk trapped (exit $code); shrinking Fuzz/walks/crash.walk"
    cp Fuzz/walks/crash.walk "Fuzz/walks/crash-$(basename "$dataset").walk"
    "$binary" explore --out Fuzz/walks --shrink "Fuzz/walks/crash-$(basename "$dataset").walk" || true
  fi
  [ "$code" -eq 0 ] || status=1
done
exit "$status"
