"""The process pool behind ``Pipeline.extract_many(workers=N)``.

Kept apart from :mod:`newsextract.pipeline` and :mod:`newsextract.batch` so that no
two modules import each other: this one needs the pipeline only as a type, and
receives the pipeline (or its :class:`~newsextract.pipeline.PipelineSpec`) as an argument.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .model import Document, Result

if TYPE_CHECKING:
    from .pipeline import Pipeline, PipelineSpec

__all__ = ["run_in_pool"]

_worker_pipeline: Pipeline | None = None


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
    import multiprocessing  # only batch runs pay for it at start-up

    methods = multiprocessing.get_all_start_methods()
    context: Any
    if "fork" in methods:
        context = multiprocessing.get_context("fork")
        _worker_pipeline = pipeline
        spec: PipelineSpec | None = None
    else:
        context = multiprocessing.get_context("spawn")
        spec = pipeline.spec()
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


