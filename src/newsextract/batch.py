"""Running a pipeline over many documents: a process pool on one machine, Dask on many.

Each worker process builds its pipeline once (or inherits it where processes fork)
and then only receives documents; results come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .model import Document, Result

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["PipelineSpec", "dask_extract", "run_in_pool"]

_worker_pipeline: Pipeline | None = None
# Pipelines built inside Dask workers, by spec token: one per worker process and spec.
_built: dict[str, Pipeline] = {}


class PipelineSpec:
    """What a worker needs to rebuild a pipeline: plugin selection and options (picklable)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.token = uuid.uuid4().hex
        self.options: dict[str, Any] = {
            **pipeline._config,
            "register": [r for r in pipeline._register if _picklable(r)],
            "strict": pipeline.strict,
            "trace": pipeline.trace,
            "timeout": pipeline.timeout or 0,
            "resolve_dates": pipeline.resolve_dates,
        }

    def build(self) -> Pipeline:
        """A fresh pipeline with the same plugins and options."""
        from .pipeline import Pipeline

        options = dict(self.options)
        return Pipeline(
            options.pop("plugins"),
            options.pop("exclude"),
            options.pop("register"),
            **options,
        )


def _picklable(obj: Any) -> bool:
    import pickle

    try:
        pickle.dumps(obj)
    except Exception:
        return False
    return True


def _init_worker(spec: PipelineSpec | None) -> None:
    global _worker_pipeline
    if spec is not None:
        _worker_pipeline = spec.build()
    # Ctrl-C is the parent's to handle; workers ending mid-line would lose output.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_chunk(documents: list[Document | str | dict[str, Any]]) -> list[Result]:
    assert _worker_pipeline is not None, "worker pipeline not initialised"
    return [_worker_pipeline.extract(document) for document in documents]


def run_in_pool(
    pipeline: Pipeline,
    documents: Iterable[Document | str | dict[str, Any]],
    workers: int,
    chunk_size: int = 8,
) -> Iterator[Result]:
    """Extract from ``documents`` with ``workers`` processes, yielding results in input order.

    Where the platform forks, workers inherit ``pipeline`` itself (in-process
    plugins included); elsewhere each rebuilds it from a :class:`PipelineSpec`.
    """
    global _worker_pipeline
    methods = multiprocessing.get_all_start_methods()
    context: Any
    if "fork" in methods:
        context = multiprocessing.get_context("fork")
        _worker_pipeline = pipeline
        spec: PipelineSpec | None = None
    else:
        context = multiprocessing.get_context("spawn")
        spec = PipelineSpec(pipeline)
    pool = context.Pool(workers, initializer=_init_worker, initargs=(spec,))
    # A bounded window of chunks in flight: input is read lazily (an archive of
    # millions of articles never sits in memory) and output keeps input order.
    pending: deque[Any] = deque()
    iterator = iter(documents)
    chunks = iter(lambda: list(itertools.islice(iterator, max(1, chunk_size))), [])
    try:
        for chunk in chunks:
            pending.append(pool.apply_async(_extract_chunk, (chunk,)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


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
    from .pipeline import Pipeline

    spec = PipelineSpec(pipeline if pipeline is not None else Pipeline())
    return bag.map_partitions(lambda part: _extract_partition(spec, part))
