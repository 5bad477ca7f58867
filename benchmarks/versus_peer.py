"""Whole process, side by side with the spaCy + textacy peer (``../shared/peer``) in the same run.

    .venv/bin/python benchmarks/versus_peer.py [--runs 3] [--baseline OTHER_CHECKOUT] [--no-peer] [--workers N]

Work items, each a fresh process reading a JSON Lines file and writing JSON Lines to /dev/null:

* ``seed x200``: 200 distinct variants of the seed article (``published`` 2025-07-21);
* ``acled``: the 5,070 ACLED event notes (``real/acled_2020_fatalities.jsonl``, with ``published``);
* ``first fact``: ``python -c "import newsextract; newsextract.extract(seed)"`` start to exit.

newsextract runs as ``python -m newsextract.cli extract --format jsonl --quiet``; the peer as
``peers.py IN`` with its own interpreter (``NEWSEXTRACT_PEER_PYTHON``, else
``../shared/peer/.venv/bin/python`` or ``../peer-venv/bin/python`` next to this checkout).
Children run with bytecode caches (a temporary ``PYTHONPYCACHEPREFIX``, written by one
untimed warm-up run each), as after a ``pip install``; ``--cold`` keeps the environment's
setting instead. ``--workers N`` adds this checkout once more with ``extract --workers N``
(N worker processes; the peer always runs one), reported in a column of its own.
``--baseline`` also runs the same commands against another checkout of newsextract (its
``src`` and plugin folders put first on ``PYTHONPATH``), so before/after come from one run.
Runs alternate between the contenders (before, after, peer, before, after, peer ...) so
machine load hits them alike; medians of wall time are reported, with the child's CPU time
and peak RSS (``os.wait4``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SEED, SHARED

PLUGIN_SOURCES = ("plugins/newsextract-weapons/src", "plugins/newsextract-casualties/src",
                  "plugins/newsextract-quotes/src", "plugins/newsextract-officials/src")
FIRST_FACT = "import newsextract, sys; r = newsextract.extract(open(sys.argv[1], encoding='utf-8').read()); print(len(r.facts))"


def _peer_python() -> Path | None:
    candidates = [os.environ.get("NEWSEXTRACT_PEER_PYTHON", ""), str(SHARED.parent / "peer" / ".venv" / "bin" / "python"),
                  str(ROOT.parent / "peer-venv" / "bin" / "python")]
    return next((Path(c) for c in candidates if c and Path(c).exists()), None)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, child CPU seconds and child peak RSS (MB) of one command."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: some input line was refused, every result still written
        raise SystemExit(f"{command[:4]} exited with {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _env(checkout: Path | None, pycache: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEXTRACT_")}
    if pycache is not None:  # bytecode cached, as after a pip install (which compiles .pyc files)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    env["NEWSEXTRACT_EXCLUDE"] = "displacement"  # the four built-in plugins, as the peer covers four kinds
    if checkout is not None:
        paths = [str(checkout / "src"), *(str(checkout / p) for p in PLUGIN_SOURCES)]
        env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")])
    return env


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another newsextract checkout to run as 'before'")
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--cold", action="store_true", help="keep the environment's bytecode setting (no warm-up run)")
    parser.add_argument("--workers", type=int, default=0, help="also run this checkout with --workers N")
    args = parser.parse_args()

    acled = SHARED / "real" / "acled_2020_fatalities.jsonl"
    peer_python = None if args.no_peer else _peer_python()
    if not args.no_peer and peer_python is None:
        print("(no peer interpreter found: set NEWSEXTRACT_PEER_PYTHON; running without the peer)")
    with tempfile.TemporaryDirectory() as tmp:
        pycache = None if args.cold else str(Path(tmp) / "pycache")
        seeds = Path(tmp) / "seeds200.jsonl"
        text = SEED.read_text(encoding="utf-8")
        with open(seeds, "w", encoding="utf-8") as out:
            for i in range(200):
                row = {"id": f"seed-{i}", "published": "2025-07-21", "text": text.replace("KYIV", f"KYIV {i}", 1)}
                out.write(json.dumps(row) + "\n")
        work = {"seed x200": seeds, "acled": acled}
        contenders: dict[str, tuple[list[str], dict[str, str]] | None] = {}
        if args.baseline is not None:
            contenders["before"] = ([sys.executable, "-m", "newsextract.cli", "extract", "--format", "jsonl", "--quiet"],
                                    _env(args.baseline.resolve(), pycache))
        contenders["newsextract"] = ([sys.executable, "-m", "newsextract.cli", "extract", "--format", "jsonl", "--quiet"],
                                     _env(ROOT, pycache))  # this checkout, whatever the venv's editable install points at
        if args.workers > 1:
            contenders[f"newsextract --workers {args.workers}"] = (
                [*contenders["newsextract"][0], "--workers", str(args.workers)], _env(ROOT, pycache))  # type: ignore[index]
        if peer_python is not None:
            contenders["peer"] = ([str(peer_python), str(SHARED.parent / "peer" / "peers.py")], _env(None, pycache))

        if pycache is not None:  # one untimed run each, which writes the bytecode caches
            tiny = Path(tmp) / "tiny.jsonl"
            tiny.write_text(json.dumps({"id": "t", "text": "Russia launched 4 drones on Monday."}) + "\n", encoding="utf-8")
            for command, env in (spec for spec in contenders.values() if spec is not None):
                _run([*command, str(tiny)], env)
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        for label, path in work.items():
            if not path.exists():
                print(f"(skipping {label}: {path} not found)")
                continue
            for _ in range(args.runs):
                for name, spec in contenders.items():
                    assert spec is not None
                    command, env = spec
                    results.setdefault((label, name), []).append(_run([*command, str(path)], env))
        for _ in range(args.runs * 2):
            for name, spec in contenders.items():
                if name == "peer" or spec is None or "--workers" in name:
                    continue
                results.setdefault(("first fact", name), []).append(
                    _run([sys.executable, "-c", FIRST_FACT, str(SEED)], spec[1]))

    names = list(contenders)
    print(f"Whole process, median of {args.runs} alternating runs (first fact: {args.runs * 2}); "
          f"wall s (CPU s, peak RSS MB); bytecode {'as the environment has it' if args.cold else 'cached'}")
    header = " | ".join(names)
    ratios = [f"{n} vs peer" for n in names if n != "peer"] if "peer" in names else []
    print(f"| work | {header} | {' | '.join(ratios)} |".replace(" |  |", " |"))
    print("|---" * (1 + len(names) + len(ratios)) + "|")
    for label in ["seed x200", "acled", "first fact"]:
        cells, walls = [], {}
        for name in names:
            runs = results.get((label, name))
            if not runs:
                cells.append("—")
                continue
            wall = statistics.median(r[0] for r in runs)
            walls[name] = wall
            cells.append(f"{wall:.2f} ({statistics.median(r[1] for r in runs):.2f}, {max(r[2] for r in runs):.0f})")
        ratio_cells = [f"{walls['peer'] / walls[n]:.1f}x" if "peer" in walls and n in walls else "—"
                       for n in names if n != "peer"] if "peer" in names else []
        print(f"| {label} | {' | '.join(cells)} | {' | '.join(ratio_cells)} |".replace(" |  |", " |"))


if __name__ == "__main__":
    main()
