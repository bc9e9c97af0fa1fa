#!/usr/bin/env bash
# The release binary as shipped: one static executable (Package.swift links it with
# -static-executable on Linux), driven as a visitor would drive it. The tests run the debug build,
# which is linked dynamically; what only the static binary could get wrong (the locale, the
# terminal database, time zones, text encodings, the sample found beside the binary, the parser's
# usage and errors) is checked here. Every check fails the script.
# usage: Scripts/release-smoke.sh [EXPO]   (default: builds .build/release/expo)
set -euo pipefail
cd "$(dirname "$0")/.."
EXPO="${1:-}"
if [ -z "$EXPO" ]; then
  swift build -c release --product expo 2>&1 | grep -v "statically linked applications requires at runtime" | tail -3
  EXPO="$PWD/.build/release/expo"
fi
WORK="$(mktemp -d)"
SOCKET="expo-smoke-$$"
trap 'tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"' EXIT
export XDG_CACHE_HOME="$WORK/cache" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" LANG=C.UTF-8
unset EXPO_USER_DATA EXPO_DATA LC_ALL
failures=0
check() {   # check NAME EXPECTED-TEXT COMMAND...
  local name="$1" expected="$2"
  shift 2
  local out
  out="$("$@" 2>&1)" || true
  if grep -qF -- "$expected" <<<"$out"; then
    echo "ok    $name"
  else
    echo "FAIL  $name: expected \"$expected\" in:" >&2
    head -20 <<<"$out" >&2
    failures=$((failures + 1))
  fi
}

echo "== $EXPO"
if ldd "$EXPO" >/dev/null 2>&1; then
  echo "FAIL  not a static executable:" >&2
  ldd "$EXPO" >&2
  failures=$((failures + 1))
else
  echo "ok    static executable (ldd: not a dynamic executable)"
fi
check "version (the parser)" "0." "$EXPO" --version
check "help (the parser)" "SUBCOMMANDS:" "$EXPO" --help
check "unknown option named (the parser)" "--nonsense" "$EXPO" info --nonsense
check "info (the built-in sample beside the binary)" "Chongqing International Consumer Products Expo 2023" "$EXPO" info
check "info in Chinese" "2023重庆国际消费品博览会" "$EXPO" info --lang zh
check "info as JSON" '"timeZone": "Asia/Shanghai"' "$EXPO" info --format json
check "search in English" "Myanmar Amber Appraisal Talk" "$EXPO" search amber --limit 5
check "search in Chinese" "琥珀" "$EXPO" search 琥珀 --limit 5
check "search in pinyin" "琥珀" "$EXPO" search hupo --limit 5
check "the schedule in the expo's zone (09:30 +08:00)" "09:30" "$EXPO" schedule
check "a catalogue packed for distribution (LZ4, linked statically)" "packed 16." "$EXPO" compile Assets/chongqing-2023 -o "$WORK/packed.sqlite" --compress
check "the packed catalogue searched in place" "Myanmar Amber Appraisal Talk" "$EXPO" search amber --limit 5 --data "$WORK/packed.sqlite"
check "the packed catalogue unpacked" "unpacked into" "$EXPO" compile "$WORK/packed.sqlite" -o "$WORK/unpacked.sqlite"
check "the unpacked catalogue answers as the packed one" "same" bash -c "cmp <('$EXPO' search 琥珀 --format json --data '$WORK/packed.sqlite') <('$EXPO' search 琥珀 --format json --data '$WORK/unpacked.sqlite') && echo same"
check "a frab schedule" "events" "$EXPO" info --data Tests/Fixtures/import/frab.xml
check "an exhibitor list read as Latin-1" "Café" bash -c "printf 'Company;Land\nCaf\xe9 M\xfcller;Germany\n' > '$WORK/latin1.csv' && '$EXPO' exhibitors --data '$WORK/latin1.csv' --encoding latin1"
check "a bookmark added" "ev-opening" bash -c "'$EXPO' bookmarks add event ev-opening --note 'front row' && '$EXPO' bookmarks list"
check "the plan as iCalendar" "BEGIN:VCALENDAR" bash -c "'$EXPO' export --ics '$WORK/plan.ics' >/dev/null && cat '$WORK/plan.ics'"
check "the plan's event at 01:30 UTC" "DTSTART:20231027T013000Z" cat "$WORK/plan.ics"

# A schedule followed at a URL (curl run as a program), from the tests' loopback server.
mkdir -p "$WORK/served"
cp Tests/Fixtures/import/frab.xml "$WORK/served/"
python3 Tests/Fixtures/http-server.py "$WORK/served" >/dev/null 2>&1 &
SERVER=$!
for _ in $(seq 50); do [ -s "$WORK/served/port" ] && break; sleep 0.1; done
URL="http://127.0.0.1:$(cat "$WORK/served/port" 2>/dev/null || echo 9)/frab.xml"
check "a schedule followed at a URL" "Test Congress & Camp" "$EXPO" info --data "$URL"
check "the URL checked again" "not modified" "$EXPO" update --data "$URL"
kill "$SERVER" 2>/dev/null || true

# The guide in a terminal: the first screen, a section, Chinese, and back to the shell.
tmux -L "$SOCKET" new-session -d -x 80 -y 24 -e LANG=C.UTF-8 -e XDG_CACHE_HOME="$XDG_CACHE_HOME" \
  -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" "$EXPO; echo EXITED \$?; sleep 30"
screen() { tmux -L "$SOCKET" capture-pane -p; }
wait_for() {   # wait_for NAME TEXT
  for _ in $(seq 50); do
    if screen | grep -qF -- "$2"; then
      echo "ok    $1"
      return
    fi
    sleep 0.1
  done
  echo "FAIL  $1: \"$2\" not on the screen:" >&2
  screen >&2
  failures=$((failures + 1))
}
wait_for "the guide's first screen" "Chongqing"
wait_for "the guide's lines (UTF-8 locale)" "│"
wait_for "the opening on Home" "Grand Opening Ceremony"
tmux -L "$SOCKET" send-keys 5
wait_for "the schedule in the expo's zone" "times in"
tmux -L "$SOCKET" send-keys L
wait_for "the guide in Chinese" "日程"
tmux -L "$SOCKET" send-keys q
wait_for "the guide quits cleanly" "EXITED 0"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "release smoke: all checks passed"
