#!/usr/bin/env bash
# Fuzzes every parser and the key-sequence reducer with libFuzzer (and AddressSanitizer) for a fixed
# time each. Usage: Scripts/fuzz.sh [SECONDS_PER_TARGET=60] [TARGET…]
# Seeds: Fuzz/corpus/TARGET (read, not changed: new inputs go to a temporary folder); dictionaries:
# Fuzz/dict.
# Crashes are written to Fuzz/crashes/TARGET/ (replay one with `expo-fuzz TARGET FILE`); each one
# found becomes a regression test: the file goes into Tests/Fixtures/malformed-corpus with its
# expected error (checked by `swift test`), or into a unit test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(json xml c3voc ics csv keys catalogue packed)

# lld: gold fails on the sanitizers' debug info ("internal error in format_file_lineno").
swift build -c release --product expo-fuzz --build-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
binary=".build-fuzz/release/expo-fuzz"
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0

for target in "${targets[@]}"; do
  mkdir -p "Fuzz/corpus/$target" "Fuzz/crashes/$target"
  work="$(mktemp -d)"
  echo "== $target: ${seconds}s"
  set +e
  "$binary" "$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="Fuzz/dict/$target.dict" -artifact_prefix="Fuzz/crashes/$target/" \
    "$work" "Fuzz/corpus/$target" 2>&1 | tee "$work/log" | grep -E "^#[0-9]+.*(DONE|pulse)|ERROR|SUMMARY|crash-|timeout-|oom-" || true
  status=${PIPESTATUS[0]}
  set -e
  runs=$(grep -Eo "^#[0-9]+" "$work/log" | tail -1 | tr -d '#' || true)
  if [ -z "$runs" ]; then tail -5 "$work/log"; fi
  echo "$target: ${runs:-0} executions, exit $status"
  rm -rf "$work"
done
ls Fuzz/crashes/*/ 2>/dev/null | grep -E "crash-|timeout-|oom-" && { echo "crashes found" >&2; exit 1; } || echo "no crashes"
