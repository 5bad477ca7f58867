"""Running a pipeline over many documents: a process pool on one machine, Dask on many.

Each worker process builds its pipeline once (or inherits it where processes fork)
and then only receives documents; results come back in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .model import Document, Result
from .pipeline import Pipeline, PipelineSpec
from .pool import run_in_pool

__all__ = ["PipelineSpec", "dask_extract", "extract_many", "run_in_pool"]

# Pipelines built inside Dask workers, by spec token: one per worker process and spec.
_built: dict[str, Pipeline] = {}


def extract_many(
    pipeline: Pipeline,
    documents: Iterable[Document | str | dict[str, Any]],
    workers: int = 1,
    chunk_size: int = 8,
) -> Iterator[Result]:
    """Results for ``documents`` in input order; ``workers > 1`` uses a process pool
    (the same as ``pipeline.extract_many``)."""
    return pipeline.extract_many(documents, workers, chunk_size)


def _extract_partition(spec: PipelineSpec, partition: Iterable[Any]) -> list[dict[str, Any]]:
    pipeline = _built.get(spec.token)
    if pipeline is None:
        pipeline = _built[spec.token] = spec.build()
    return [pipeline.extract(item).to_dict() for item in partition]


def dask_extract(bag: Any, pipeline: Pipeline | None = None) -> Any:
    """Map a Dask bag of articles (texts, dicts with "text", or Documents) to result dicts.

    Each Dask worker process builds one pipeline (same plugins and options as
    ``pipeline``, or all installed plugins) and reuses it for every partition it
    runs. Returns a lazy bag of ``Result.to_dict()`` records in input order; call
    ``.compute()`` or ``.to_textfiles()`` on it. Requires ``newsextract[dask]``.
    """
    spec = PipelineSpec(pipeline if pipeline is not None else Pipeline())
    return bag.map_partitions(lambda part: _extract_partition(spec, part))
