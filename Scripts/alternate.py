#!/usr/bin/env python3
"""Median wall time of whole processes, run alternately (A, B, C, A, B, C, ...) so that the
machine's drift falls on each alike: the way this project compares two builds or two data files.

usage: Scripts/alternate.py RUNS 'CMD|ARG|ARG' ['CMD|ARG' ...]   (arguments separated by |)
e.g.   Scripts/alternate.py 20 '.build/release/expo|search|amber|--data|packed.sqlite' \\
                             '.build/release/expo|search|amber|--data|plain.sqlite'
"""
import statistics, subprocess, sys, time

if len(sys.argv) < 3:
    sys.exit(__doc__)
runs = int(sys.argv[1])
commands = [c.split("|") for c in sys.argv[2:]]
times = [[] for _ in commands]
for _ in range(runs):
    for i, command in enumerate(commands):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times[i].append((time.perf_counter() - started) * 1000)
for command, t in zip(commands, times):
    print(f"{statistics.median(t):7.2f} ms  (min {min(t):.2f})  {' '.join(command)}")
