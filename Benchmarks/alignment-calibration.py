#!/usr/bin/env python3
"""How well `taiyaku align`'s bead confidences are calibrated on the English-Japanese development set.

Reads ../shared/data/alignment-dev in place (never copies it) and uses its scorer's text location, so that a bead
counts as right exactly when every link it makes is a gold link. Prints, per confidence decile, how many aligned beads
fall in it and what share of them is right, then the expected calibration error (the mean gap between confidence and
share right, weighted by beads) and the Brier score; the same for unaligned beads (right: every line they cover was
really omitted or added).

Usage: Benchmarks/alignment-calibration.py [VARIANT ...]   (default: clean omit merge both; build release first)
"""
import collections
import glob
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "alignment-dev")
BINARY = os.path.join(ROOT, ".build", "release", "taiyaku")


def scorer():
    spec = importlib.util.spec_from_file_location("score", os.path.join(DATA, "score.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def beads(document):
    output = subprocess.check_output(
        [BINARY, "align", f"{document}.en.txt", f"{document}.ja.txt", "--format", "json"])
    return json.loads(output)["beads"]


def report(title, samples):
    deciles = collections.defaultdict(list)
    for confidence, right in samples:
        deciles[min(9, int(confidence * 10))].append((confidence, right))
    print(f"{title}: {len(samples)} beads")
    for decile in sorted(deciles):
        group = deciles[decile]
        share = sum(right for _, right in group) / len(group)
        print(f"  {decile / 10:.1f}-{(decile + 1) / 10:.1f}  {len(group):5d} beads  {share:.3f} right")
    gap = sum(
        abs(sum(c for c, _ in group) / len(group) - sum(r for _, r in group) / len(group)) * len(group)
        for group in deciles.values())
    brier = sum((c - r) ** 2 for c, r in samples) / len(samples)
    print(f"  expected calibration error {gap / len(samples):.4f}, Brier score {brier:.4f}")


def main():
    if not os.path.isdir(DATA):
        sys.exit(f"no development set at {DATA}")
    score = scorer()
    aligned, unaligned = [], []
    for variant in sys.argv[1:] or ["clean", "omit", "merge", "both"]:
        for gold_path in sorted(glob.glob(os.path.join(DATA, f"d*.{variant}.gold.json"))):
            document = gold_path[: -len(".gold.json")]
            gold = json.load(open(gold_path))
            english = score.NormText(open(f"{document}.en.txt").read())
            japanese = score.NormText(open(f"{document}.ja.txt").read())
            english_lines = score.LineIndex(
                {i: english.span(*span) for i, span in enumerate(gold["en_spans"]) if span is not None})
            japanese_lines = score.LineIndex(
                {i: japanese.span(*span) for i, span in enumerate(gold["ja_spans"]) if span is not None})
            links = {(e, j) for bead in gold["beads"] for e in bead["en"] for j in bead["ja"]}
            orphans = {("en", e) for bead in gold["beads"] if not bead["ja"] for e in bead["en"]} | {
                ("ja", j) for bead in gold["beads"] if not bead["en"] for j in bead["ja"]}
            for bead in beads(document):
                source, target = bead["source"]["text"], bead["target"]["text"]
                covered_en = english_lines.covered(english.locate(source)[:2]) if source.strip() else []
                covered_ja = japanese_lines.covered(japanese.locate(target)[:2]) if target.strip() else []
                if covered_en and covered_ja:
                    made = {(e, j) for e in covered_en for j in covered_ja}
                    aligned.append((bead["confidence"], made <= links))
                else:
                    lines = {("en", e) for e in covered_en} | {("ja", j) for j in covered_ja}
                    unaligned.append((bead["confidence"], bool(lines) and lines <= orphans))
    report("aligned beads", aligned)
    report("unaligned beads", unaligned)


if __name__ == "__main__":
    main()
