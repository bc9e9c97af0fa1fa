#!/usr/bin/env bash
# Runs the whole test suite (XCTest and Swift Testing, the tmux end-to-end tests included: they
# drive the instrumented `expo` binary) under AddressSanitizer and under ThreadSanitizer.
# Usage: Scripts/sanitizers.sh [address] [thread]
# LeakSanitizer is off (ASAN_OPTIONS=detect_leaks=0): XCTest's own runner leaks 368 bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
kinds=("$@")
[ "${#kinds[@]}" -gt 0 ] || kinds=(address thread)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export XDG_CACHE_HOME="${TMPDIR:-/tmp}/expo-san-cache-$$" XDG_DATA_HOME="${TMPDIR:-/tmp}/expo-san-data-$$"
export EXPO_USER_DATA="$XDG_DATA_HOME/expo-guide/user.sqlite"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 TSAN_OPTIONS=halt_on_error=1 SWIFT_BACKTRACE=enable=no
trap 'rm -rf "$XDG_CACHE_HOME" "$XDG_DATA_HOME"' EXIT
for kind in "${kinds[@]}"; do
  echo "== swift test --sanitize=$kind"
  # lld: gold fails on the sanitizers' debug info.
  set +e
  swift test --sanitize="$kind" --build-path ".build-$kind" \
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld > "/tmp/expo-sanitize-$kind.log" 2>&1
  status=$?
  set -e
  grep -aE "Executed .* tests|Test run with|✘|WARNING: ThreadSanitizer|ERROR: AddressSanitizer" \
    "/tmp/expo-sanitize-$kind.log" | sort -u || true
  if grep -qE "WARNING: ThreadSanitizer|ERROR: AddressSanitizer" "/tmp/expo-sanitize-$kind.log"; then
    echo "$kind: sanitizer reports (see /tmp/expo-sanitize-$kind.log)" >&2
    exit 1
  fi
  [ "$status" -eq 0 ] || { echo "$kind: tests failed ($status)" >&2; exit "$status"; }
  echo "$kind: clean"
done
