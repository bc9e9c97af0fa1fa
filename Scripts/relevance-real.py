#!/usr/bin/env python3
"""Scores `expo search` on the judged queries over a real schedule (by title).

Usage: Scripts/relevance-real.py EXPO_BINARY DATA_FILE JUDGED_JSON
Each judged entry is {"query", "relevant_titles": [...]}; a result is relevant when its name is one
of the titles. Prints success@1, success@5 and nDCG@10 and the misses at 5.
"""
import json
import math
import subprocess
import sys

expo, data, judged_path = sys.argv[1:4]
judged = json.load(open(judged_path, encoding="utf-8"))
at1 = at5 = ndcg = 0.0
misses = []
for entry in judged:
    out = subprocess.run([expo, "search", entry["query"], "--data", data, "--limit", "10", "--format", "json"],
                         capture_output=True, text=True)
    results = json.loads(out.stdout or "[]")
    if isinstance(results, dict):
        results = results.get("results", [])
    names = [r.get("name", "") for r in results]
    relevant = set(entry["relevant_titles"])
    hits = [n in relevant for n in names]
    at1 += 1 if hits[:1] == [True] else 0
    at5 += 1 if any(hits[:5]) else 0
    dcg = sum(1 / math.log2(i + 2) for i, h in enumerate(hits[:10]) if h)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(10, len(relevant))))
    ndcg += dcg / ideal if ideal else 0
    if not any(hits[:5]):
        misses.append(f"  {entry['query']!r}: got {names[:3]}")
n = len(judged)
print(f"relevance ({data.split('/')[-1]}): {n} queries  success@1 {at1 / n:.3f}  success@5 {at5 / n:.3f}  nDCG@10 {ndcg / n:.3f}")
print(f"misses at 5 ({len(misses)}):")
print("\n".join(misses))
