"""Bytes and latency per keystroke for a *sequence* of different keys (ptydrive.py repeats one key).
usage: python3 Scripts/keyseq.py COLS ROWS [--setup KEYS] [--skip KEYS] SEQUENCE REPEAT -- cmd args...
Each key of SEQUENCE (Python escapes allowed: '\\x15' is Ctrl-U) is sent, then the output burst is
read until 30 ms of silence, as ptydrive.py does; the sequence is sent REPEAT times. Keys listed in
--skip are sent and waited for but not counted (e.g. the Ctrl-U that clears a search between
queries). --setup keys are sent once before measuring. Prints the median and p95 of bytes and of
key -> last byte latency."""
import fcntl, os, re, select, statistics, struct, subprocess, sys, termios, time

IDLE = 0.03
unescape = lambda text: re.sub(r"\\x([0-9a-fA-F]{2})", lambda h: chr(int(h.group(1), 16)), text)
words = sys.argv[1:sys.argv.index("--")]
cmd = sys.argv[sys.argv.index("--") + 1:]
options, args = {}, []
while words:
    if words[0] in ("--setup", "--skip"):
        options[words[0]] = unescape(words[1]); words = words[2:]
    else:
        args.append(words.pop(0))
setup, skip = options.get("--setup", ""), options.get("--skip", "")
cols, rows, sequence, repeat = int(args[0]), int(args[1]), unescape(args[2]), int(args[3])

m, s = os.openpty()
fcntl.ioctl(s, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(cols), LINES=str(rows))
p = subprocess.Popen(cmd, stdin=s, stdout=s, stderr=s, env=env, start_new_session=True,
                     preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
os.close(s)

def burst(timeout=5.0):
    n, last, deadline = 0, None, time.perf_counter() + timeout
    while True:
        wait = IDLE if n else max(0, deadline - time.perf_counter())
        r, _, _ = select.select([m], [], [], wait)
        if not r: return n, last
        try: data = os.read(m, 65536)
        except OSError: return n, last
        if not data: return n, last
        n += len(data); last = time.perf_counter()

burst(10)
for key in setup:
    os.write(m, key.encode()); burst()
sizes, latency = [], []
for _ in range(repeat):
    for key in sequence:
        t = time.perf_counter(); os.write(m, key.encode())
        n, last = burst()
        if key in skip: continue
        sizes.append(n); latency.append(1000 * (last - t) if last else float("nan"))
os.write(m, b"\x03"); p.wait(timeout=5)
p95 = lambda v: sorted(v)[max(0, int(0.95 * len(v)) - 1)]
print(f"{args[2]!r} x{repeat} ({len(sizes)} keys): bytes/keystroke median {statistics.median(sizes):.0f} "
      f"(p95 {p95(sizes)}, max {max(sizes)}); key->last-byte latency median {statistics.median(latency):.2f} ms, "
      f"p95 {p95(latency):.2f} ms")
