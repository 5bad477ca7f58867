"""Seconds from process start to the first extracted fact on the seed article (imports and plugin discovery included).

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "kyiv-overnight-attack.txt"
CODE = (
    "import newsextract; r = newsextract.extract(open({path!r}, encoding='utf-8').read()); "
    "print(len(r.facts), len(r.errors))"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEXTRACT_")}
    code = CODE.format(path=str(SEED))
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        times.append(time.perf_counter() - started)
    facts, errors = out.stdout.split()
    bare = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True, env=env)
        bare.append(time.perf_counter() - started)
    print(f"start-up to first facts ({facts} facts, {errors} errors), {args.runs} runs: "
          f"min {min(times):.3f} s, median {statistics.median(times):.3f} s, max {max(times):.3f} s")
    print(f"bare interpreter start: min {min(bare):.3f} s")
    imports = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, env=env, check=True
    ).stderr.splitlines()
    rows = []
    for line in imports:
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("slowest imports (cumulative, ms):")
    for cumulative, name in sorted(rows, reverse=True)[:12]:
        print(f"  {cumulative / 1000:8.1f}  {name}")


if __name__ == "__main__":
    main()
