"""Extract facts from a JSON Lines archive of articles with Dask.

    python docs/examples/dask_archive.py ARCHIVE.jsonl OUTDIR [--workers 2]

Each line of ARCHIVE.jsonl is one article: {"id": ..., "text": ..., "published": ...}.
OUTDIR receives one JSON Lines file per partition, each line a ``Result.to_dict()``
record, in input order. Without arguments the script builds a small archive from the
seed article in a temporary folder and prints a summary, so it runs anywhere the
``dask`` extra is installed (``pip install -e ".[dask]"``).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

from newsextract import Pipeline
from newsextract.batch import dask_extract


def run(archive: Path, outdir: Path, workers: int, blocksize: str = "16MiB") -> list[str]:
    """Extract every article of ``archive`` into ``outdir``; returns the files written."""
    # Choose plugins and options once; every Dask worker rebuilds this pipeline once and reuses it.
    pipeline = Pipeline(exclude=["displacement"])  # the tutorial's example plugin is not wanted here
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster):
        articles = db.read_text(str(archive), blocksize=blocksize)  # one partition per block.map(json.loads)
        records = dask_extract(articles, pipeline)  # a lazy bag of Result.to_dict() records
        written: list[str] = records.map(json.dumps).to_textfiles(str(outdir / "part-*.jsonl"))
    return written


def _demo_archive(folder: Path) -> Path:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "kyiv-overnight-attack.txt"
    text = seed.read_text(encoding="utf-8")
    archive = folder / "archive.jsonl"
    with archive.open("w", encoding="utf-8") as out:
        for i in range(200):
            out.write(json.dumps({"id": f"seed-{i}", "text": text, "published": "2025-07-21"}) + "\n")
    return archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("outdir", nargs="?", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blocksize", default="16MiB", help="bytes of the archive per partition")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = args.archive or _demo_archive(Path(tmp))
        outdir = args.outdir or Path(tmp) / "out"
        blocksize = args.blocksize if args.archive else "256KiB"  # the demo archive is small: split it anyway
        files = run(archive, outdir, args.workers, blocksize)
        records = [json.loads(line) for name in files for line in Path(name).read_text(encoding="utf-8").splitlines()]
        facts = sum(len(r["facts"]) for r in records)
        print(f"{len(records)} articles, {facts} facts, {len(files)} files in {outdir}")


if __name__ == "__main__":
    main()
