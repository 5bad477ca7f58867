"""Is the output of this checkout byte-identical to another checkout's? (a check for speed work, not a timing)

    .venv/bin/python benchmarks/same_output.py --baseline OTHER_CHECKOUT [FILE.jsonl ...]

Runs ``newsextract extract --format jsonl`` (dates resolved, so ``when`` fields are
compared too) on every file given, by default ``tests/gold/*.jsonl`` plus the shared
development and real sets, once with each checkout's ``src`` and plugin folders first on
``PYTHONPATH``, and compares stdout and stderr byte for byte. Exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED

PLUGIN_SOURCES = ("plugins/newsextract-weapons/src", "plugins/newsextract-casualties/src",
                  "plugins/newsextract-quotes/src", "plugins/newsextract-officials/src",
                  "docs/examples/newsextract-displacement/src")


def _run(checkout: Path, path: Path) -> tuple[bytes, bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSEXTRACT_")}
    paths = [str(checkout / "src"), *(str(checkout / p) for p in PLUGIN_SOURCES)]
    env["PYTHONPATH"] = os.pathsep.join([*paths, env.get("PYTHONPATH", "")])
    proc = subprocess.run([sys.executable, "-m", "newsextract.cli", "extract", "--format", "jsonl", "--quiet", str(path)],
                          capture_output=True, env=env, check=False)
    return proc.stdout, proc.stderr


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, required=True, help="the checkout to compare with")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or [*sorted((ROOT / "tests" / "gold").glob("*.jsonl")), SHARED / "dev.jsonl",
                           *sorted((SHARED / "real").glob("*.jsonl"))]
    different = 0
    for path in files:
        if not path.exists():
            print(f"{path}: missing, skipped")
            continue
        before, after = _run(args.baseline.resolve(), path), _run(ROOT, path)
        same = before == after
        different += not same
        lines = after[0].count(b"\n")
        whens = after[0].count(b'"when": {')
        print(f"{'same' if same else 'DIFFERENT':<9} {path.parent.name}/{path.name}: {lines} results, {whens} when fields")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
