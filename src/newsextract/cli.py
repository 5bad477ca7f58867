"""The ``newsextract`` command: extract, plugins, eval, schema."""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import io
import itertools
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from . import __version__, cli_support
from .inputs import InputError, Record, count_inputs, read_inputs
from .model import Document, PluginError, Result
from .pipeline import Pipeline, PluginFailure
from .plugins import UnknownNameError, check_names, env_flag
from .store import FactStore, StoreError, datasette_metadata_command, metadata_path_for
from .totals import totals_lines

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILURES = 1  # some input or plugin failed; every result was still written
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


# -- output ------------------------------------------------------------------------------


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Block SIGINT for the duration (main thread, POSIX); it is delivered right after."""
    usable = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

def _summary(value: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, "", [], False))


class Writer:
    """Writes results in one format, one complete line (or row) at a time.

    ``csv`` has the columns of :mod:`newsextract.tables` for ``kinds`` (error rows
    included); ``parquet`` and ``html`` are whole-run formats written by :meth:`close`.
    """

    def __init__(self, out: IO[str], fmt: str, kinds: Any = None, totals: bool = False) -> None:
        from .tables import columns_for_kinds

        self.out = out
        self.fmt = fmt
        self.totals = totals  # table format: print per-article totals after the facts
        self.first = True
        self.kept: list[Result | InputError] = []  # whole-run formats only
        self.columns = columns_for_kinds(kinds or {})
        if fmt == "csv":
            self._emit(self._csv_line(self.columns))
        elif fmt == "json":
            self._emit("[")

    def _emit(self, text: str) -> None:
        # One write per line with SIGINT held off, so Ctrl-C leaves whole lines only.
        line = text + "\n"
        if _has_surrogates(line):  # lone surrogates from JSON input cannot be encoded
            line = line.encode("utf-8", "backslashreplace").decode("utf-8")
        with _sigint_deferred():
            self.out.write(line)
            self.out.flush()

    @staticmethod
    def _csv_line(row: Sequence[Any]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="").writerow(row)
        return buffer.getvalue()

    def write(self, record: Result | InputError) -> None:
        """Write one result or input error."""
        if self.fmt in ("parquet", "html"):
            self.kept.append(record)
            return
        data = record.to_dict()
        if self.fmt == "jsonl":
            self._emit(json.dumps(data, ensure_ascii=False))
        elif self.fmt == "json":
            self._emit(("" if self.first else ",") + json.dumps(data, ensure_ascii=False, indent=2))
        elif self.fmt == "csv":
            from .tables import csv_cells, records_of

            for row in records_of(record, errors=True):
                self._emit(self._csv_line(csv_cells(row, self.columns)))
        else:
            self._table(data)
        self.first = False

    def _table(self, data: dict[str, Any]) -> None:
        title = data.get("id") or data.get("source") or "document"
        self._emit(f"== {title}" + (f" (line {data['line']})" if data.get("line") else ""))
        for fact in data["facts"]:
            text = fact["text"].replace("\n", " ")
            text = text if len(text) <= 60 else text[:57] + "..."
            self._emit(f"  {fact['kind']:<13} {fact['start']:>6}-{fact['end']:<6} {_summary(fact['value'])}")
            self._emit(f"  {'':<13} {'':>13} \u201c{text}\u201d  [{fact['extractor']}]")
        if self.totals:
            for line in totals_lines(data.get("totals") or {}):
                self._emit(line)
        for error in data["errors"]:
            who = error.get("plugin", error.get("stage"))
            self._emit(f"  ! {who}: {error['error_type']}: {error['message']}")
        if not data["facts"] and not data["errors"]:
            self._emit("  (no facts)")

    def close(self) -> None:
        """Finish the output (closes the JSON array)."""
        if self.fmt == "json":
            self._emit("]")
        elif self.fmt == "html":
            from .htmlview import render_html

            self.out.write(render_html(self.kept, title="newsextract: " + ", ".join(
                (r.document.id or "document") if isinstance(r, Result) else r.source for r in self.kept[:3])))
            self.out.flush()
        elif self.fmt == "parquet":
            from .tables import write_parquet

            self.out.flush()
            write_parquet(self.kept, self.out.buffer if hasattr(self.out, "buffer") else self.out)


# -- commands ----------------------------------------------------------------------------


def _pipeline(args: argparse.Namespace, resolve_dates: bool = True) -> Pipeline:
    plugins = args.plugins.split(",") if getattr(args, "plugins", None) else None
    exclude = args.exclude.split(",") if getattr(args, "exclude", None) else []
    strict = getattr(args, "strict", False) or None
    return Pipeline(plugins=plugins, exclude=exclude, strict=strict, resolve_dates=resolve_dates)


class Progress:
    """A one-line progress display on a terminal's stderr (documents, rate, ETA)."""

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.skipped = 0  # documents a fact store already holds unchanged
        self.started = time.monotonic()
        self.last = 0.0

    def step(self, skipped: bool = False) -> None:
        """Count one document (or one skipped as unchanged), redrawing at most ten times a second."""
        self.skipped += skipped
        self.done += not skipped
        now = time.monotonic()
        if self.enabled and now - self.last > 0.1:
            self.last = now
            rate = self.done / max(now - self.started, 1e-9)
            left = (self.total or 0) - self.done - self.skipped
            eta = f", ETA {left / rate:.0f} s" if self.total and rate else ""
            skips = f", {self.skipped} skipped" if self.skipped else ""
            sys.stderr.write(f"\r{self.done} documents{skips}, {rate:.1f}/s{eta}   ")
            sys.stderr.flush()

    def close(self) -> None:
        """Clear the line."""
        if self.enabled:
            sys.stderr.write("\n")


def _results(pipeline: Pipeline, records: Iterable[Record], workers: int) -> Iterator[Result | InputError]:
    feed, replay = itertools.tee(records)
    documents = (r for r in feed if isinstance(r, Document))
    results = pipeline.extract_many(documents, workers=workers)
    for record in replay:
        yield record if isinstance(record, InputError) else next(results)


def cmd_extract(args: argparse.Namespace) -> int:
    """``newsextract extract``."""
    pipeline = _pipeline(args)
    # The process is the command's own and what is loaded now lives until it exits: frozen, the
    # core's and plugins' long-lived objects are no longer traversed by every later collection.
    gc.freeze()
    active = [p for p in pipeline.plugins if p.status == "active"]
    if not active:
        print("newsextract: no plugins are installed or enabled; install e.g. newsextract-weapons "
              "(see `newsextract plugins`)", file=sys.stderr)
    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    # With --db, results go to the store; standard output gets them only when --format asks.
    writer = Writer(sys.stdout, fmt, pipeline.kinds, totals=args.totals) if not args.db or args.format else None
    report = cli_support.FailureReport()
    show_progress = sys.stderr.isatty() and not args.quiet
    progress = Progress(show_progress, count_inputs(args.inputs) if show_progress else None)
    records: Iterable[Record] = read_inputs(args.inputs, args.published, args.encoding)
    store = None
    if args.db:
        store = FactStore.for_pipeline(args.db, pipeline, reprocess=args.reprocess, metadata_path=metadata_path_for(args.db))
        records = store.pending(records, on_skip=lambda: progress.step(skipped=True))
    failed = bool(pipeline.registry.load_errors)
    for error in pipeline.registry.load_errors:
        print(f"newsextract: plugin {error.plugin} failed to load: {error.error_type}: {error.message}", file=sys.stderr)
    try:
        for item in _results(pipeline, records, args.workers):
            if store is not None:
                store.write(item)
            if writer is not None:
                writer.write(item)
            progress.step()
            if isinstance(item, InputError):
                failed = True
                where = f"{item.source}:{item.line}" if item.line else item.source
                print(f"newsextract: {where}: {item.error_type}: {item.message}", file=sys.stderr)
            elif item.errors:
                failed = True
                report.add(item)
    except KeyboardInterrupt:
        progress.close()
        print("newsextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except PluginFailure as exc:
        progress.close()
        print(f"newsextract: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    finally:
        if store is not None:  # commits the whole documents of the last batch, even when interrupted
            store.close()
            if not args.quiet:
                print(f"newsextract: {store.summary().line(args.db)}", file=sys.stderr)
    progress.close()
    if writer is not None:
        writer.close()
    report.summary()
    return EXIT_FAILURES if failed else EXIT_OK


def cmd_plugins(args: argparse.Namespace) -> int:
    """``newsextract plugins``."""
    pipeline = _pipeline(args)
    infos = [p.to_dict() for p in pipeline.plugins]
    if args.timings:
        from .plugin_timings import timings_lines, timings_to_dict

        registry = pipeline.registry
        print(json.dumps(timings_to_dict(registry), indent=2) if args.json else "\n".join(timings_lines(registry)))
        return EXIT_OK
    if args.json:
        print(json.dumps(infos, indent=2))
        return EXIT_OK
    if not infos:
        print("No newsextract plugins installed.")
        return EXIT_OK
    for info in infos:
        line = f"{info['name']:<12} {info['status']:<8} {info['distribution'] or '(in-process)'} {info['version'] or ''}"
        print(line.rstrip())
        if info["extractors"]:
            print(f"    extractors: {', '.join(info['extractors'])}")
        if info["kinds"]:
            print(f"    kinds: {', '.join(info['kinds'])}")
        if info["error"]:
            print(f"    error: {info['error']}")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """``newsextract eval``."""
    from .evaluation import evaluate, evaluate_predictions, read_gold, read_predictions

    # Scoring never looks at ``when``; skipping date resolution keeps eval fast.
    pipeline = _pipeline(args, resolve_dates=False)
    kinds = args.kinds.split(",") if args.kinds else None
    if kinds:
        check_names("kind", kinds, pipeline.kinds)
    total = None
    failures: list[PluginError] = []

    def run(document: Document) -> Result:
        result = pipeline.extract(document)
        failures.extend(result.errors)  # a crashing plugin must not pass for a plugin that found nothing
        return result

    for path in args.gold:
        try:
            articles = list(read_gold(path))
            predictions = read_predictions(args.predictions) if args.predictions else None
        except (OSError, ValueError) as exc:
            print(f"newsextract: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if predictions is not None:
            evaluation = evaluate_predictions(articles, predictions, lambda k: pipeline.kind(k).matches_gold, kinds)
        else:
            evaluation = evaluate(articles, run, lambda k: pipeline.kind(k).matches_gold, kinds)
        if total is None:
            total = evaluation
        else:
            total.articles += evaluation.articles
            total.misses.extend(evaluation.misses)
            for kind, score in evaluation.scores.items():
                total.scores.setdefault(kind, type(score)()).add(score)
    assert total is not None
    status = _report_eval_failures(failures)
    if args.format == "json":
        data = total.to_dict()
        if not args.errors:
            data.pop("errors")
        data["plugin_failures"] = len(failures)
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return status
    print(f"{total.articles} articles")
    print(f"{'kind':<14}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>8}")
    rows = [*sorted(total.scores.items()), ("micro", total.micro)]
    for kind, score in rows:
        print(f"{kind:<14}{score.tp:>6}{score.fp:>6}{score.fn:>6}{score.precision:>11.3f}{score.recall:>8.3f}{score.f1:>8.3f}")
    if args.errors:
        for miss in total.misses:
            fact = json.dumps({k: v for k, v in miss.fact.items() if k != "optional"}, ensure_ascii=False)
            extra = f"  \u201c{miss.text}\u201d" if miss.text else ""
            print(f"{miss.article}\t{miss.kind}\t{miss.what}\t{fact}{extra}")
    return status


def _report_eval_failures(failures: Sequence[PluginError]) -> int:
    """Say on stderr that plugins failed while scoring (their facts are missing from the scores)."""
    if not failures:
        return EXIT_OK
    first = failures[0]
    print(f"newsextract: {len(failures)} plugin failures while scoring, so the scores lack those plugins' facts "
          f"(first: plugin {first.plugin} at {first.stage}: {first.error_type}: {first.message})", file=sys.stderr)
    return EXIT_FAILURES


def cmd_schema(args: argparse.Namespace) -> int:
    """``newsextract schema``."""
    from .schema import result_schema

    print(json.dumps(result_schema(), indent=2))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(prog="newsextract", description="Structured facts from English news articles.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def selection(p: argparse.ArgumentParser) -> None:
        p.add_argument("--plugins", help="comma-separated plugin names to load (default: all)")
        p.add_argument("--exclude", help="comma-separated plugin names not to load")

    p = sub.add_parser("extract", help="extract facts from .txt, .jsonl or .html files, directories (or - for stdin)")
    p.add_argument("inputs", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=["table", "json", "jsonl", "csv", "parquet", "html"])
    p.add_argument("--published", type=cli_support.date, help="publication date for plain-text input (e.g. 2025-07-21)")
    p.add_argument("--encoding", type=cli_support.encoding,
                   help="encoding of the input files (default: UTF-8, falling back to cp1252 for text and HTML)")
    p.add_argument("--workers", type=cli_support.positive_int, default=1, help="worker processes (default 1)")
    p.add_argument("--traceback", action="store_true", help="print the Python traceback of each plugin failure")
    p.add_argument("--strict", action="store_true", help="fail on the first plugin error")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress display")
    p.add_argument("--trace", action="store_true", help="log each extractor's time and fact count to stderr")
    p.add_argument("--totals", action="store_true", help="table format: print per-article totals after the facts")
    p.add_argument("--db", metavar="FILE.sqlite", help="add the results to a SQLite fact store, skipping unchanged documents")
    p.add_argument("--reprocess", action="store_true", help="with --db: redo documents the store already holds")
    selection(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("plugins", help="list installed plugins")
    p.add_argument("--json", action="store_true")
    p.add_argument("--timings", action="store_true", help="each plugin's set-up time (import, register hooks)")
    selection(p)
    p.set_defaults(func=cmd_plugins)

    p = sub.add_parser("eval", help="score the installed plugins against gold files")
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument("--kinds", help="comma-separated kinds to score")
    p.add_argument("--errors", action="store_true", help="list every miss and spurious fact")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--predictions", metavar="OUTPUT.jsonl",
                   help="score this saved output (ours with --format jsonl, or another system's) instead of running")
    selection(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("schema", help="print the JSON Schema of the output")
    p.set_defaults(func=cmd_schema)

    from .explain import add_parser as add_explain

    add_explain(sub, selection)

    from .serve import add_parser as add_serve_parser  # stdlib only; the server itself needs the serve extra

    add_serve_parser(sub)

    p = sub.add_parser("datasette-metadata", help="write datasette's metadata.json for a --db fact store")
    p.add_argument("db", metavar="FILE.sqlite")
    p.add_argument("--output", "-o", help="where to write it (default: FILE.metadata.json next to the store)")
    p.set_defaults(func=datasette_metadata_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsextract`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "trace", False):
        os.environ["NEWSEXTRACT_TRACE"] = "1"
    cli_support.log_to_stderr(env_flag("NEWSEXTRACT_TRACE"), getattr(args, "traceback", False))
    if getattr(args, "format", None) in ("parquet", "html") and sys.stdout.isatty():
        parser.error(f"--format {args.format} writes a file: redirect the output, e.g. > out.{args.format}")
    if getattr(args, "format", None) == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            parser.error('--format parquet needs pyarrow: pip install "newsextract[arrow]"')
    try:
        return int(args.func(args))
    except UnknownNameError as exc:
        print(f"newsextract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except PluginFailure as exc:
        print(f"newsextract: {exc}", file=sys.stderr)
        return EXIT_FAILURES
    except StoreError as exc:
        print(f"newsextract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
