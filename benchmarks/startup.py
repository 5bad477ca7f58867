"""Seconds from process start to the first extracted fact on the seed article (imports and plugin discovery included).

    .venv/bin/python benchmarks/startup.py [--runs 7] [--baseline OTHER_CHECKOUT] [--cached-bytecode]

Also ``import newsextract`` alone. ``--baseline`` measures another checkout of newsextract
too (its ``src`` and plugin folders first on ``PYTHONPATH``), alternating with this one, so
before/after come from the same run. ``--cached-bytecode`` gives the children a temporary
``PYTHONPYCACHEPREFIX`` (warmed by one untimed run), as after a ``pip install``; without it
the environment decides (with ``PYTHONDONTWRITEBYTECODE=1`` every run compiles the sources).
Wall time per fresh process, and its CPU time (``os.wait4``), which machine load inflates less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kyiv-overnight-attack.txt"
PLUGIN_SOURCES = ("plugins/newsextract-weapons/src", "plugins/newsextract-casualties/src",
                  "plugins/newsextract-quotes/src", "plugins/newsextract-officials/src")
CODE = (
    "import newsextract; r = newsextract.extract(open({path!r}, encoding='utf-8').read()); "
    "print(len(r.facts), len(r.errors))"
)


def _env(checkout: Path, pycache: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEXTRACT_")}
    env["NEWSEXTRACT_EXCLUDE"] = "displacement"  # the four built-in plugins
    paths = [str(checkout / "src"), *(str(checkout / p) for p in PLUGIN_SOURCES)]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")])
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds and stdout of one fresh process."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime, out


def _summary(label: str, samples: list[tuple[float, float, str]]) -> str:
    walls = [s[0] for s in samples]
    cpus = [s[1] for s in samples]
    return (f"{label:<34} wall min {min(walls):.3f} s, median {statistics.median(walls):.3f} s, max {max(walls):.3f} s | "
            f"CPU median {statistics.median(cpus):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", type=Path, help="another newsextract checkout, measured as 'before'")
    parser.add_argument("--cached-bytecode", action="store_true", help="bytecode cached, as after pip install")
    args = parser.parse_args()
    code = CODE.format(path=str(SEED))
    with tempfile.TemporaryDirectory() as tmp:
        pycache = str(Path(tmp) / "pycache") if args.cached_bytecode else None
        checkouts = {"this checkout": ROOT}
        if args.baseline is not None:
            checkouts = {"before": args.baseline.resolve(), "after": ROOT}
        envs = {name: _env(path, pycache) for name, path in checkouts.items()}
        if pycache is not None:
            for env in envs.values():
                _timed([sys.executable, "-c", code], env)
        first: dict[str, list[tuple[float, float, str]]] = {name: [] for name in envs}
        imports: dict[str, list[tuple[float, float, str]]] = {name: [] for name in envs}
        for _ in range(args.runs):
            for name, env in envs.items():
                first[name].append(_timed([sys.executable, "-c", code], env))
                imports[name].append(_timed([sys.executable, "-c", "import newsextract"], env))
        bare = [_timed([sys.executable, "-c", "pass"], dict(os.environ)) for _ in range(3)]
        facts, errors = first[next(iter(first))][0][2].split()
        print(f"{args.runs} runs each, alternating; bytecode {'cached' if pycache else 'as the environment has it'}; "
              f"{facts} facts, {errors} errors on the seed")
        for name in envs:
            print(_summary(f"{name}: start to first facts", first[name]))
            print(_summary(f"{name}: import newsextract", imports[name]))
        print(_summary("bare interpreter start", bare))
        env = envs[list(envs)[-1]]
        lines = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, env=env,
                               check=True).stderr.splitlines()
    rows = []
    for line in lines:
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    print("slowest imports (cumulative, ms):")
    for cumulative, name in sorted(rows, reverse=True)[:12]:
        print(f"  {cumulative / 1000:8.1f}  {name}")


if __name__ == "__main__":
    main()
