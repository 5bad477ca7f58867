"""Scale-out on Dask: a LocalCluster with two worker processes gives the single-process output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsextract import Pipeline
from newsextract.batch import dask_extract

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

GOLD = Path(__file__).resolve().parents[1] / "gold" / "dev.jsonl"


def articles(n: int) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"id": f"{i}", "text": rows[i % len(rows)]["text"], "published": rows[i % len(rows)]["published"]}
            for i in range(n)]


def test_dask_local_cluster_matches_single_process() -> None:
    items = articles(240)
    pipeline = Pipeline(strict=True)
    expected = [pipeline.extract(item).to_dict() for item in items]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        bag = dask_bag.from_sequence(items, npartitions=8)
        got = dask_extract(bag, pipeline).compute()
    assert got == expected
    assert len(got) == 240 and any(record["facts"] for record in got)
