"""Parts of the command line that are not commands: flag value checks, failure reports, stderr logging."""

from __future__ import annotations

import argparse
import codecs
import logging
import sys

from .model import Result, parse_published

__all__ = ["FailureReport", "date", "encoding", "log_to_stderr", "positive_int"]


def positive_int(value: str) -> int:
    """A whole number of at least 1 (``--workers``)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def date(value: str) -> str:
    """A publication date that can be read (``--published``), kept as written."""
    try:
        parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{exc} (use e.g. 2025-07-21)") from None
    return value


def encoding(value: str) -> str:
    """A known text encoding (``--encoding``), by its canonical name."""
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r} (e.g. utf-8, cp1252, latin-1)") from None


class FailureReport:
    """Reports each plugin failure once, with its document id, and sums up repeated ones at the end.

    After ``limit`` failures of one plugin at one stage with one error type, the
    rest are only counted, so one broken plugin on a large archive cannot flood
    stderr; the summary names how many documents each failed on.
    """

    def __init__(self, limit: int = 5) -> None:
        self.limit = limit
        self.seen: dict[tuple[str, str, str], list[str]] = {}

    def add(self, result: Result) -> None:
        """Print the failures of one result (until the limit of their kind)."""
        doc_id = result.document.id or result.document.source or "document"
        for e in result.errors:
            ids = self.seen.setdefault((e.plugin, e.stage, e.error_type), [])
            ids.append(doc_id)
            if len(ids) <= self.limit:
                print(f"newsextract: {doc_id}: plugin {e.plugin} failed at {e.stage}: {e.error_type}: {e.message}",
                      file=sys.stderr)

    def summary(self) -> None:
        """One line per failure repeated on several documents."""
        for (plugin, stage, error_type), ids in self.seen.items():
            if len(ids) > 1:
                hidden = f"; {len(ids) - self.limit} not shown above" if len(ids) > self.limit else ""
                print(f"newsextract: plugin {plugin} failed at {stage} ({error_type}) on {len(ids)} documents "
                      f"(first: {', '.join(ids[:3])}{hidden})", file=sys.stderr)


class _CliLogFilter(logging.Filter):
    """The command reports plugin failures itself (with the document id), so the
    pipeline's own warnings are not shown twice; trace lines (INFO) and tracebacks
    (DEBUG) are shown when asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.trace = False
        self.traceback = False

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return False
        return self.trace if record.levelno == logging.INFO else self.traceback


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (tests and callers swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


_cli_filter = _CliLogFilter()
_cli_handler = _StderrHandler()
_cli_handler.addFilter(_cli_filter)
_cli_handler.setFormatter(logging.Formatter("%(message)s"))


def log_to_stderr(trace: bool, traceback: bool) -> None:
    """Route the "newsextract" logger to stderr through the command's filter (idempotent)."""
    _cli_filter.trace, _cli_filter.traceback = trace, traceback
    logger = logging.getLogger("newsextract")
    if _cli_handler not in logger.handlers:
        logger.addHandler(_cli_handler)
    logger.setLevel(logging.DEBUG if traceback else logging.INFO if trace else logging.WARNING)
