"""Times `expo search Q` and `fzf --filter Q` as whole processes over the same names.
usage: search_compare.py EXPO CATALOGUE NAMES_TXT"""
import os, sqlite3, statistics, subprocess, sys, time

expo, catalogue, names = sys.argv[1], sys.argv[2], sys.argv[3]
if not os.path.exists(names):
    db = sqlite3.connect(catalogue)
    with open(names, "w") as out:
        for (label,) in db.execute("SELECT label_en FROM search_item"):
            out.write(label.replace("\n", " ") + "\n")
count = sum(1 for _ in open(names))
print(f"{count} names")
queries = ["amethyst", "porcelain", "saffron", "wine", "h03-a1", "amethist", "kenya", "pearl necklace"]

def run(cmd, stdin=None, runs=5):
    times = []
    for _ in range(runs):
        f = open(stdin) if stdin else subprocess.DEVNULL
        t = time.perf_counter()
        p = subprocess.run(cmd, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        times.append(1000 * (time.perf_counter() - t))
        if stdin:
            f.close()
    return statistics.median(times), p.stdout.count(b"\n")

print(f"{'query':16s} {'expo search (ms)':>18s} {'fzf --filter (ms)':>18s} {'fzf matches':>12s}")
for q in queries:
    e, _ = run([expo, "search", q, "--data", catalogue, "--limit", "20"])
    f, n = run(["fzf", "--filter", q], stdin=names)
    print(f"{q:16s} {e:18.1f} {f:18.1f} {n:12d}")
