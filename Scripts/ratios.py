#!/usr/bin/env python3
"""Issue 21's budgets as ratios, taken in one run on this machine (machines differ 2x and more:
a millisecond figure from another session means little, a ratio to a peer run beside it does).

usage: Scripts/ratios.py [--expo PATH] [--big CATALOGUE --big-json FOLDER] [--packed] [--runs N]

  --expo      the guide to measure (default: a release build made here: one static executable)
  --big       a compiled catalogue of the million-product fair (expo generate ... then compile)
  --big-json  the JSON folder it was compiled from (for the size ratio)
  --packed    also pack each catalogue (expo compile CATALOGUE --compress) and measure it packed

Prints, each with its budget:
  - first full screen (launch to the last byte of the first paint, under a pty) of the guide on
    the sample (and the big fair) at 80x24 and 200x50, against the C ncurses floor
    (Scripts/floor.c), tig and htop;
  - `expo info` and `expo search` as whole processes, run alternately with a static Swift "hello" (the budget's
    reference: `swiftc -static-stdlib`, glibc loaded dynamically, as issue 21 measured it; and, for
    comparison, a hello that is one static executable as `expo` now is);
  - the compiled catalogue's size against its source JSON;
  - key -> screen latency and bytes per one-row move against the floor moving its bar.
Needs ../shared/tools (ttfp.py, ptydrive.py) or EXPO_TOOLS, a C compiler, libncursesw; tig and
htop are measured when installed.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = os.environ.get("EXPO_TOOLS", os.path.join(ROOT, "..", "shared", "tools"))


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def first_paint(cols, rows, runs, cmd):
    out = run([sys.executable, os.path.join(TOOLS, "ttfp.py"), str(cols), str(rows), str(runs), "q", "--"] + cmd).stdout
    m = re.search(r"first-paint\(last byte\)\s+([\d.]+) ms", out)
    return float(m.group(1)) if m else float("nan")


def keys(cols, rows, count, cmd):
    out = run([sys.executable, os.path.join(TOOLS, "ptydrive.py"), str(cols), str(rows), "j", str(count), "--"] + cmd).stdout
    b = re.search(r"bytes/keystroke median (\d+)", out)
    l = re.search(r"latency median ([\d.]+) ms", out)
    return (float(b.group(1)) if b else float("nan"), float(l.group(1)) if l else float("nan"))


def alternating(commands, runs):
    """The median wall time of each command, run in turn (A, B, C, A, B, C, ...)."""
    times = [[] for _ in commands]
    for _ in range(runs):
        for i, cmd in enumerate(commands):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[i].append((time.perf_counter() - t) * 1000)
    return [statistics.median(t) for t in times]


def size(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs if f.endswith(".json"))
    return os.path.getsize(path)


def line(what, value, reference, budget, unit="ms"):
    ratio = value / reference if reference else float("nan")
    ok = "met" if ratio <= budget else "NOT met"
    print(f"  {what:46s} {value:9.1f} {unit:2s} / {reference:8.1f} {unit:2s} = {ratio:5.2f}x   budget <= {budget}x: {ok}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--expo")
    p.add_argument("--big")
    p.add_argument("--big-json")
    p.add_argument("--packed", action="store_true")
    p.add_argument("--runs", type=int, default=15)
    a = p.parse_args()
    if not os.path.exists(os.path.join(TOOLS, "ttfp.py")):
        sys.exit(f"ratios: no {TOOLS}/ttfp.py (set EXPO_TOOLS)")
    work = tempfile.mkdtemp(prefix="expo-ratios-")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"), XDG_DATA_HOME=os.path.join(work, "data"),
               XDG_CONFIG_HOME=os.path.join(work, "config"), LANG="C.UTF-8")
    os.environ.update(env)
    expo = a.expo
    if not expo:
        subprocess.run(["swift", "build", "-c", "release", "--product", "expo"], cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)
        expo = os.path.join(ROOT, ".build", "release", "expo")
    floor = os.path.join(work, "floor")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "Scripts", "floor.c"), "-lncursesw"], check=True)
    hello_src = os.path.join(work, "hello.swift")
    with open(hello_src, "w") as f:
        f.write('print("hello")\n')
    hello = os.path.join(work, "hello")
    subprocess.run(["swiftc", "-O", "-static-stdlib", "-o", hello, hello_src], check=True, stdout=subprocess.DEVNULL)
    hello_static = os.path.join(work, "hello-static")
    subprocess.run(["swiftc", "-O", "-static-executable", "-o", hello_static, hello_src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sample = os.path.join(ROOT, "Assets", "chongqing-2023")
    run([expo, "info"])  # the sample compiled into the cache once
    datasets = [("sample", [])]
    if a.big:
        run([expo, "info", "--data", a.big])
        datasets.append(("1M products", ["--data", a.big]))
    cache = os.path.join(work, "cache", "expo-guide")
    compiled = [os.path.join(cache, f) for f in os.listdir(cache) if f.endswith(".sqlite")]
    packed = {}
    if a.packed:
        for label, plain in [("sample", compiled[0] if compiled else None), ("1M products", a.big)]:
            if not plain:
                continue
            out = os.path.join(work, label.replace(" ", "-") + "-packed.sqlite")
            subprocess.run([expo, "compile", plain, "-o", out, "--compress"], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            run([expo, "info", "--data", out])  # checked once, as any catalogue from elsewhere
            packed[label] = out
            datasets.append((label + ", packed", ["--data", out]))
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} on {os.uname().nodename}, {os.cpu_count()} cores; runs {a.runs}")
    print("First full screen (launch -> last byte of the first paint, pty, catalogue cached); budget 2x the floor")
    for cols, rows in [(80, 24), (200, 50)]:
        base = first_paint(cols, rows, a.runs, [floor])
        peers = []
        for name in ["tig", "htop"]:
            if shutil.which(name):
                peers.append(f"{name} {first_paint(cols, rows, max(5, a.runs // 2), [name]):.1f} ms")
        print(f" {cols}x{rows}: C floor {base:.1f} ms; " + ("; ".join(peers) or "no tig or htop installed"))
        for label, args in datasets:
            # Three rounds, each the floor then the guide (the machine's drift falls on both alike).
            rounds = [(first_paint(cols, rows, max(5, a.runs // 3), [floor]),
                       first_paint(cols, rows, max(5, a.runs // 3), [expo] + args)) for _ in range(3)]
            line(f"expo ({label})", statistics.median(r[1] for r in rounds),
                 statistics.median(r[0] for r in rounds), 2)
    print("Whole processes against a static Swift hello (-static-stdlib), each run alternating with the")
    print("hellos (the machine's drift falls on both alike); budget 3x")
    for label, args in datasets:
        for name, cmd in [("expo info", [expo, "info"]), ("expo search amber --limit 20",
                                                           [expo, "search", "amber", "--limit", "20"])]:
            value, base, static_base = alternating([cmd + args, [hello], [hello_static]], a.runs * 2)
            line(f"{name} ({label})", value, base, 3)
            print(f"  {'':46s} {'':12s} (hello {base:.1f} ms; {value / static_base:.2f}x the hello that is one"
                  f" static executable, {static_base:.1f} ms)")
    print("Catalogue size against its source JSON; budget 1.5x")
    if compiled:
        line("sample catalogue", size(compiled[0]) / 1e6, size(sample) / 1e6, 1.5, unit="MB")
    if "sample" in packed:
        line("sample catalogue, packed", size(packed["sample"]) / 1e6, size(sample) / 1e6, 1.5, unit="MB")
    if a.big and a.big_json:
        line("1M-product catalogue", size(a.big) / 1e6, size(a.big_json) / 1e6, 1.5, unit="MB")
        if "1M products" in packed:
            line("1M-product catalogue, packed", size(packed["1M products"]) / 1e6, size(a.big_json) / 1e6, 1.5,
                 unit="MB")
    print("One-row move (j), 200x50, detail pane off: key -> last byte, and bytes; against the floor's bar")
    print("  (200 moves: the guide's list scrolls a row at each move past the 48th, the floor's bar")
    print("  wraps to the top; 40 moves: neither scrolls)")
    for count in [200, 40]:
        fb, fl = keys(200, 50, count, [floor])
        for label, args in datasets:
            eb, el = keys(200, 50, count, [expo, "--open", "products", "--no-pane"] + args)
            line(f"latency, {count} moves ({label})", el, fl, 1.5)
            print(f"  {'bytes per move (' + label + ')':46s} {eb:9.0f} B  (floor {fb:.0f} B; budget: no more than 254 B)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
