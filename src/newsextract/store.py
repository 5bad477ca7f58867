"""A fact store: one SQLite file that grows with every run (``newsextract extract --db``).

Standard library ``sqlite3`` only. The database holds three tables and one view per
fact kind:

- ``documents``: one row per article (id, source, url, published, title, text and its
  SHA-256, the plugins and versions that processed it, when);
- ``facts``: one row per fact (document id, kind, span, text, plugin, version, rule,
  confidence, the time it names, and its value as JSON);
- ``errors``: plugin failures per document, and input lines that were not documents;
- ``values_<kind>``: per kind, the value's fields as typed columns (one row per fact),
  derived from each registered kind's value schema, so a third-party kind gets its own;
- a view per kind (``weapon_counts``, ``casualties``, ``quotes``, ``officials`` ...) joining
  each fact, its article's date and its value's fields into one row.

Runs are incremental (a document already stored with the same id, text and plugin
versions is skipped) and crash-safe: WAL journal, one transaction per batch of
whole documents, so a run killed at any moment leaves a consistent database holding
only complete documents, and rerunning finishes the job. ``PRAGMA user_version``
carries :data:`SCHEMA_VERSION`; a database written by an incompatible version is
refused with a :class:`StoreError`.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from .kinds import Kind
from .model import Document, Result
from .schema import attrs_schema

if TYPE_CHECKING:
    import sqlite3

    from .pipeline import Pipeline
    from .plugins import PluginInfo

__all__ = [
    "APPLICATION_ID",
    "DEFAULT_BATCH_SIZE",
    "SCHEMA_VERSION",
    "FactStore",
    "InputProblem",
    "StoreError",
    "StoreSummary",
    "datasette_metadata",
    "datasette_metadata_command",
    "document_key",
    "kind_view_name",
    "metadata_path_for",
    "open_database",
    "plugin_versions",
    "text_sha256",
    "value_fields",
    "value_table_name",
    "write_datasette_metadata",
]

#: The layout version written to ``PRAGMA user_version``; bumped on any incompatible change.
SCHEMA_VERSION = 1
#: ``PRAGMA application_id`` of a newsextract store ("NXFS"), so a foreign SQLite file is recognised.
APPLICATION_ID = 0x4E584653
#: Documents per transaction: a crash loses at most this many documents' work, never part of one.
DEFAULT_BATCH_SIZE = 100
#: Seconds a writer waits for another run's transaction before giving up.
BUSY_TIMEOUT = 30.0

#: Tables of the store; no kind's view may take one of these names.
TABLES = ("documents", "facts", "errors", "kinds")

_SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT,
    source TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    totals TEXT,
    plugins TEXT NOT NULL,
    newsextract_version TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    fact_count INTEGER NOT NULL,
    error_count INTEGER NOT NULL
);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    confidence REAL NOT NULL,
    plugin TEXT,
    extractor TEXT,
    distribution TEXT,
    version TEXT,
    rule TEXT,
    when_date TEXT,
    when_granularity TEXT,
    when_text TEXT,
    value TEXT NOT NULL,
    mentions TEXT NOT NULL
);
CREATE INDEX facts_document_id ON facts(document_id);
CREATE INDEX facts_kind ON facts(kind);
CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    document_id TEXT REFERENCES documents(id),
    source TEXT,
    line INTEGER,
    plugin TEXT,
    extractor TEXT,
    stage TEXT NOT NULL,
    error_type TEXT NOT NULL,
    message TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX errors_document_id ON errors(document_id);
-- An input line that failed is recorded once, however many runs read it.
CREATE UNIQUE INDEX errors_input ON errors(coalesce(source, ''), coalesce(line, 0), error_type, message)
    WHERE document_id IS NULL;
CREATE TABLE kinds (
    name TEXT PRIMARY KEY NOT NULL,
    view TEXT NOT NULL UNIQUE,
    plugin TEXT,
    description TEXT NOT NULL,
    fields TEXT NOT NULL,
    value_schema TEXT NOT NULL
);
"""

#: Columns every kind's view has besides the value's fields (a value field with one of
#: these names becomes ``value_<name>``).
VIEW_COMMON_COLUMNS = (
    "fact_id",
    "document_id",
    "day",
    "span_text",
    "start",
    "end",
    "confidence",
    "when_granularity",
    "published",
    "plugin",
    "version",
    "rule",
    "value",
)


class StoreError(Exception):
    """A database the store cannot use: another schema version, not a newsextract store, or a write that failed."""


class InputProblem(Protocol):
    """An input line or file that did not become a document (the CLI's ``InputError``)."""

    @property
    def source(self) -> str: ...
    @property
    def line(self) -> int | None: ...
    @property
    def error_type(self) -> str: ...
    @property
    def message(self) -> str: ...


@attrs.frozen
class StoreSummary:
    """What one run did to the store."""

    stored: int
    skipped: int
    facts: int
    input_errors: int

    def line(self, path: str | Path) -> str:
        """One human line, e.g. for stderr at the end of a run."""
        return (
            f"{path}: {self.stored} documents stored ({self.facts} facts), "
            f"{self.skipped} skipped as unchanged, {self.input_errors} input errors"
        )


# -- pure helpers --------------------------------------------------------------------------


def text_sha256(text: str) -> str:
    """Hex SHA-256 of a text's UTF-8 bytes (lone surrogates from JSON input included as such)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def document_key(document: Document, digest: str | None = None) -> str:
    """The store's id of a document: its own ``id``, else ``sha256:`` and the start of its text's hash."""
    if document.id is not None:
        return document.id
    return "sha256:" + (digest or text_sha256(document.text))[:16]


def plugin_versions(plugins: Iterable[PluginInfo]) -> dict[str, str | None]:
    """``{plugin name: version}`` of the active plugins: what a stored document was processed with."""
    return {info.name: info.version for info in sorted(plugins, key=lambda p: p.name) if info.status == "active"}


def _plural(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def kind_view_name(kind: str, taken: Iterable[str] = ()) -> str:
    """The view of a kind: its plural (``casualty`` -> ``casualties``), or ``kind_<name>`` if that is taken."""
    reserved = {name.lower() for name in (*TABLES, *taken)}
    name = _plural(kind)
    if name.lower() in reserved or name.startswith("sqlite_"):
        name = f"kind_{kind}"
    return name


def value_fields(kind: Kind) -> list[str]:
    """The value's field names, from the kind's ``value_schema`` or its attrs ``value_type``."""
    schema = _value_schema(kind)
    properties = schema.get("properties")
    return [str(name) for name in properties] if isinstance(properties, Mapping) else []


def _value_schema(kind: Kind) -> Mapping[str, Any]:
    if kind.value_schema is not None:
        return kind.value_schema
    if kind.value_type is not None:
        return attrs_schema(kind.value_type)
    return {"type": "object"}


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _column_names(fields: Sequence[str]) -> list[tuple[str, str]]:
    """``(field, column)`` pairs; a field named like a common column gets a ``value_`` prefix."""
    taken = set(VIEW_COMMON_COLUMNS)
    pairs = []
    for field in fields:
        column = field if field not in taken else f"value_{field}"
        while column in taken:
            column = f"value_{column}"
        taken.add(column)
        pairs.append((field, column))
    return pairs


def _sql_type(schema: Any) -> str | None:
    """The SQL type of a JSON-Schema'd value field (None: unknown, no declared type)."""
    types = _json_types(schema) - {"null"}
    if types == {"integer"} or types == {"boolean"}:
        return "INTEGER"
    if types and types <= {"integer", "number"}:
        return "REAL"
    if types == {"string"} or (types and types <= {"array", "object"}):  # lists and objects: JSON text
        return "TEXT"
    return None


def value_table_name(kind: str) -> str:
    """The table holding a kind's value fields as typed columns, one row per fact: ``values_<kind>``."""
    return f"values_{kind}"


def value_table_sql(kind: str, fields: Sequence[str], properties: Mapping[str, Any] | None = None) -> str:
    """``CREATE TABLE`` for a kind's value columns; each column's SQL type comes from the value schema."""
    columns = ["fact_id INTEGER PRIMARY KEY NOT NULL REFERENCES facts(id) ON DELETE CASCADE"]
    for field in fields:
        columns.append(f"{_quote_identifier(field)} {_sql_type((properties or {}).get(field)) or ''}".rstrip())
    return f"CREATE TABLE IF NOT EXISTS {_quote_identifier(value_table_name(kind))} (\n    " + ",\n    ".join(columns) + "\n)"


def view_sql(kind: str, view: str, fields: Sequence[str]) -> str:
    """``CREATE VIEW`` for one kind: common columns plus each value field as a real column.

    The value columns come from the kind's value table (no JSON functions), so every
    reader, DuckDB's SQLite scanner included, sees them with their own types.
    """
    value_columns = [f"v.{_quote_identifier(field)} AS {_quote_identifier(column)}" for field, column in _column_names(fields)]
    columns = [
        "f.id AS fact_id",
        "f.document_id AS document_id",
        "coalesce(f.when_date, substr(d.published, 1, 10)) AS day",
        *value_columns,
        "f.text AS span_text",
        "f.start AS start",
        'f."end" AS "end"',
        "f.confidence AS confidence",
        "f.when_granularity AS when_granularity",
        "d.published AS published",
        "f.plugin AS plugin",
        "f.version AS version",
        "f.rule AS rule",
        "f.value AS value",
    ]
    body = ",\n    ".join(columns)
    return (
        f"CREATE VIEW {_quote_identifier(view)} AS\nSELECT\n    {body}\n"
        "FROM facts AS f JOIN documents AS d ON d.id = f.document_id\n"
        f"LEFT JOIN {_quote_identifier(value_table_name(kind))} AS v ON v.fact_id = f.id\n"
        f"WHERE f.kind = {_quote_literal(kind)}"
    )


def metadata_path_for(db_path: str | Path) -> Path:
    """Where ``--db`` writes datasette's metadata: ``facts.sqlite`` -> ``facts.metadata.json``."""
    path = Path(db_path)
    return path.with_name(path.stem + ".metadata.json")


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _json(value: Any, sort_keys: bool = False) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys)


def _core_version() -> str:
    from . import __version__

    return __version__


# -- opening -------------------------------------------------------------------------------


def _connect(path: str | Path) -> sqlite3.Connection:
    import sqlite3

    try:
        # Autocommit mode: transactions are opened and closed explicitly, one per batch.
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT)
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open the database: {exc}") from exc
    return conn


def _check_version(conn: sqlite3.Connection, path: str | Path) -> bool:
    """True when the file is a store of this version, False when it is empty; else StoreError."""
    import sqlite3

    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        application = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a SQLite database ({exc})") from exc
    if version == 0 and application == 0 and tables == 0:
        return False
    if application != APPLICATION_ID:
        raise StoreError(f"{path}: not a newsextract fact store (a SQLite file some other program wrote); use another --db file")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer newsextract (store schema version {version}; this one reads "
            f"version {SCHEMA_VERSION}); upgrade newsextract or use another --db file"
        )
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version} is older than this newsextract's ({SCHEMA_VERSION}) "
            "and cannot be upgraded in place; rerun into a new --db file"
        )
    return True


def open_database(path: str | Path) -> sqlite3.Connection:
    """A connection to an existing store, checked for a compatible schema version (StoreError otherwise)."""
    if not Path(path).exists():
        raise StoreError(f"{path}: no such database")
    conn = _connect(path)
    try:
        if not _check_version(conn, path):
            raise StoreError(f"{path}: an empty database, not a newsextract fact store")
    except BaseException:
        conn.close()
        raise
    return conn


T = TypeVar("T")


class FactStore:
    """A SQLite fact store opened for one run: skips unchanged documents, writes results in batches.

    ``kinds`` are the kinds whose views to (re)create, ``plugins`` the plugins of the run
    (their versions are stored with every document). ``reprocess`` redoes documents that
    are already stored. Results are buffered and written ``batch_size`` documents per
    transaction; :meth:`close` writes the rest, and datasette's metadata to ``metadata_path``
    when one is given. Use :meth:`for_pipeline` to open one for a :class:`~newsextract.Pipeline`.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        kinds: Mapping[str, Kind] | None = None,
        kind_owner: Mapping[str, str] | None = None,
        plugins: Iterable[PluginInfo] = (),
        reprocess: bool = False,
        batch_size: int = DEFAULT_BATCH_SIZE,
        metadata_path: str | Path | None = None,
    ) -> None:
        self.path = Path(path)
        self.reprocess = reprocess
        self.batch_size = max(1, batch_size)
        self.metadata_path = Path(metadata_path) if metadata_path is not None else None
        self.plugins_json = _json(plugin_versions(plugins), sort_keys=True)
        self.core_version = _core_version()
        self._batch: list[tuple[Result, str]] = []
        #: Per kind with a value table: its INSERT statement and the value fields it takes.
        self._value_tables: dict[str, tuple[str, list[str]]] = {}
        self._input_errors: list[InputProblem] = []
        self.stored = self.skipped = self.facts_written = self.input_errors = 0
        self.conn = _connect(self.path)
        try:
            self._prepare(dict(kinds or {}), dict(kind_owner or {}))
        except BaseException:
            self.conn.close()
            raise

    @classmethod
    def for_pipeline(cls, path: str | Path, pipeline: Pipeline, **options: Any) -> FactStore:
        """A store for the runs of ``pipeline``: its kinds get views, its plugin versions are recorded."""
        return cls(path, kinds=pipeline.kinds, kind_owner=pipeline.registry.kind_owner, plugins=pipeline.plugins, **options)

    # -- schema ----------------------------------------------------------------------------
    def _prepare(self, kinds: dict[str, Kind], kind_owner: dict[str, str]) -> None:
        import sqlite3

        try:
            existing = _check_version(self.conn, self.path)
            # WAL: readers (datasette, a notebook) never block the writer, and a killed
            # writer leaves the last committed batch intact.
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            with self._transaction():
                if not existing:
                    # One statement at a time: executescript() would commit mid-transaction.
                    for statement in _statements(_SCHEMA):
                        self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self._create_views(kinds, kind_owner)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot prepare the database: {exc}") from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction, taken at once (IMMEDIATE) and rolled back on any failure."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _create_views(self, kinds: dict[str, Kind], kind_owner: dict[str, str]) -> None:
        known = dict(self.conn.execute("SELECT name, view FROM kinds").fetchall())
        for name in sorted(kinds):
            kind = kinds[name]
            view = known.get(name) or kind_view_name(name, taken=set(known.values()))
            fields = value_fields(kind)
            properties = _value_schema(kind).get("properties")
            self._create_value_table(name, fields, properties if isinstance(properties, Mapping) else None)
            self.conn.execute(f"DROP VIEW IF EXISTS {_quote_identifier(view)}")
            self.conn.execute(view_sql(name, view, fields))
            self.conn.execute(
                "INSERT OR REPLACE INTO kinds (name, view, plugin, description, fields, value_schema) VALUES (?, ?, ?, ?, ?, ?)",
                (name, view, kind_owner.get(name), kind.description, _json(fields), _json(_value_schema(kind))),
            )
            known[name] = view

    def _create_value_table(self, kind: str, fields: list[str], properties: Mapping[str, Any] | None) -> None:
        table = value_table_name(kind)
        self.conn.execute(value_table_sql(kind, fields, properties))
        present = {row[1] for row in self.conn.execute(f"PRAGMA table_info({_quote_identifier(table)})")}
        for field in fields:
            if field not in present:  # a field added by a newer plugin version: facts stored earlier have NULL
                column = f"{_quote_identifier(field)} {_sql_type((properties or {}).get(field)) or ''}".rstrip()
                self.conn.execute(f"ALTER TABLE {_quote_identifier(table)} ADD COLUMN {column}")
        self._value_tables[kind] = (
            f"INSERT INTO {_quote_identifier(table)} (fact_id{''.join(', ' + _quote_identifier(f) for f in fields)}) "
            f"VALUES (?{', ?' * len(fields)})",
            fields,
        )

    # -- incremental -----------------------------------------------------------------------
    def is_current(self, document: Document) -> bool:
        """True when ``document`` is stored with the same text and plugin versions, and no plugin failed on it."""
        if self.reprocess:
            return False
        digest = text_sha256(document.text)
        row = self.conn.execute(
            "SELECT text_sha256, plugins, newsextract_version, error_count FROM documents WHERE id = ?",
            (document_key(document, digest),),
        ).fetchone()
        # A document a plugin failed on is retried: the failure may have been a time budget
        # on a busy machine, and stored facts must not depend on load.
        return row is not None and tuple(row) == (digest, self.plugins_json, self.core_version, 0)

    def pending(self, records: Iterable[T], on_skip: Callable[[], None] | None = None) -> Iterator[T]:
        """``records`` without the documents that are already current (counted in ``skipped``).

        Anything that is not a :class:`~newsextract.Document` (e.g. an input error) passes through.
        """
        for record in records:
            if isinstance(record, Document) and self.is_current(record):
                self.skipped += 1
                if on_skip is not None:
                    on_skip()
                continue
            yield record

    # -- writing ---------------------------------------------------------------------------
    def write(self, item: Result | InputProblem) -> None:
        """Add one result (or input error) to the current batch; a full batch is committed."""
        if isinstance(item, Result):
            self._batch.append((item, text_sha256(item.document.text)))
        else:
            self._input_errors.append(item)
        if len(self._batch) + len(self._input_errors) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Commit the buffered documents in one transaction (each replaces its earlier facts)."""
        import sqlite3

        if not self._batch and not self._input_errors:
            return
        now = _now()
        try:
            with self._transaction():
                facts = sum(self._write_result(result, digest, now) for result, digest in self._batch)
                errors = sum(self._write_input_error(error, now) for error in self._input_errors)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write: {exc}") from exc
        self.stored += len(self._batch)
        self.facts_written += facts
        self.input_errors += errors
        self._batch.clear()
        self._input_errors.clear()

    def _write_result(self, result: Result, digest: str, now: str) -> int:
        data = result.to_dict()
        document = result.document
        key = document_key(document, digest)
        self.conn.execute("DELETE FROM facts WHERE document_id = ?", (key,))
        self.conn.execute("DELETE FROM errors WHERE document_id = ?", (key,))
        self.conn.execute("DELETE FROM documents WHERE id = ?", (key,))
        doc = data["document"]
        self.conn.execute(
            "INSERT INTO documents (id, title, source, url, published, language, text, text_sha256, metadata, totals,"
            " plugins, newsextract_version, processed_at, fact_count, error_count)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key, doc["title"], doc["source"], doc["url"], doc["published"], doc["language"], document.text, digest,
                _json(_jsonable_metadata(document.metadata)),
                # Per-article totals, once results carry them in their JSON form.
                _json(data["totals"]) if data.get("totals") is not None else None,
                self.plugins_json, self.core_version, now, len(result.facts), len(result.errors),
            ),
        )
        for fact, fact_dict in zip(result.facts, data["facts"], strict=True):
            cursor = self.conn.execute(
                "INSERT INTO facts (document_id, kind, start, \"end\", text, confidence, plugin, extractor, distribution,"
                " version, rule, when_date, when_granularity, when_text, value, mentions)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _fact_row(key, fact, fact_dict),
            )
            value_table = self._value_tables.get(fact.kind)
            if value_table is not None:
                insert, fields = value_table
                value = fact_dict["value"]
                self.conn.execute(insert, (cursor.lastrowid, *(_column_value(value.get(f)) for f in fields)))
        self.conn.executemany(
            "INSERT INTO errors (document_id, source, plugin, extractor, stage, error_type, message, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (key, document.source, e["plugin"], e["extractor"], e["stage"], e["error_type"], e["message"], now)
                for e in data["errors"]
            ],
        )
        return len(result.facts)

    def _write_input_error(self, error: InputProblem, now: str) -> int:
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO errors (document_id, source, line, stage, error_type, message, recorded_at)"
            " VALUES (NULL, ?, ?, 'input', ?, ?, ?)",
            (error.source, error.line, error.error_type, error.message, now),
        )
        return cursor.rowcount

    def summary(self) -> StoreSummary:
        """Counts of this run so far (committed documents only)."""
        return StoreSummary(self.stored, self.skipped, self.facts_written, self.input_errors)

    def close(self) -> None:
        """Commit what is buffered, write datasette's metadata (when asked) and close the connection."""
        try:
            self.flush()
            if self.metadata_path is not None:
                write_datasette_metadata(self.path, self.metadata_path, conn=self.conn)
        finally:
            self.conn.close()

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _statements(script: str) -> list[str]:
    body = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def _jsonable_metadata(metadata: Mapping[str, Any]) -> Any:
    try:
        return json.loads(json.dumps(dict(metadata), default=str))
    except (TypeError, ValueError):
        return {}


def _column_value(value: Any) -> Any:
    """A value field as SQLite stores it: booleans as 0/1, lists and objects as JSON text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _fact_row(document_id: str, fact: Any, data: Mapping[str, Any]) -> tuple[Any, ...]:
    provenance = fact.provenance
    when = data["when"] or {}
    return (
        document_id,
        data["kind"],
        data["start"],
        data["end"],
        data["text"],
        data["confidence"],
        provenance.plugin if provenance is not None else data["extractor"],
        getattr(provenance, "extractor", None),
        getattr(provenance, "distribution", None),
        getattr(provenance, "version", None),
        # The rule that produced the fact, once provenance carries one.
        getattr(provenance, "rule", None),
        when.get("date"),
        when.get("granularity"),
        when.get("text"),
        _json(data["value"]),
        json.dumps(data["mentions"]),
    )


# -- datasette -----------------------------------------------------------------------------

_MAX_FACETS = 4
_MAX_FACET_VALUES = 30
_FACET_SAMPLE = 10_000

_COLUMN_DESCRIPTIONS = {
    "fact_id": "row id in the facts table",
    "document_id": "id of the article (documents.id)",
    "day": "the date the fact's sentence names, else the article's publication day",
    "span_text": "the text at [start, end) of the article: what the fact was read from",
    "start": "start offset of the fact's span in the article's text",
    "end": "end offset (exclusive) of the fact's span",
    "confidence": "the producing plugin's confidence, 0-1",
    "when_granularity": "day, month or year: how precise day is when the sentence names a time",
    "published": "the article's publication date",
    "plugin": "the plugin that produced the fact",
    "version": "the version of that plugin's distribution",
    "rule": "the rule that produced the fact (when the plugin reports one)",
    "value": "the whole value as JSON",
}


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return (text if text.endswith((".", "!", "?")) else text + ".") + " "


def _title(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _json_types(schema: Any) -> set[str]:
    if not isinstance(schema, Mapping):
        return set()
    if "anyOf" in schema:
        return set().union(*(_json_types(option) for option in schema["anyOf"]))
    declared = schema.get("type")
    return {declared} if isinstance(declared, str) else {str(t) for t in declared or ()}


def _facetable(schema: Any) -> bool:
    """Labels and flags make facets; numbers, spans and free structures do not."""
    types = _json_types(schema)
    return bool(types & {"string", "boolean"}) and types <= {"string", "boolean", "null"}


def _facets(conn: sqlite3.Connection, view: str, columns: Sequence[tuple[str, bool]]) -> list[str]:
    """Columns worth faceting on: few distinct values in (a sample of) the stored facts.

    ``columns`` are ``(column, nullable)``; fields every fact fills (a status, a class)
    come before optional ones, then fewer distinct values before more.
    """
    counted = []
    for position, (column, nullable) in enumerate(columns):
        quoted = _quote_identifier(column)
        distinct = conn.execute(
            f"SELECT count(DISTINCT {quoted}) FROM (SELECT {quoted} FROM {_quote_identifier(view)} LIMIT {_FACET_SAMPLE})"
        ).fetchone()[0]
        if 2 <= distinct <= _MAX_FACET_VALUES:
            counted.append((nullable, distinct, position, column))
    chosen = sorted(counted)[:_MAX_FACETS]
    return [column for *_, position, column in sorted(chosen, key=lambda item: item[2])]


def datasette_metadata(conn: sqlite3.Connection, database: str = "facts") -> dict[str, Any]:
    """datasette's ``metadata.json`` for a store: titles, descriptions and facets of every table and view.

    ``database`` is the name datasette gives the file (its name without extension).
    """
    tables: dict[str, Any] = {
        "documents": {
            "title": "Documents",
            "description": "One row per article: where it came from, its text and SHA-256, "
            "the plugins and versions that processed it and when.",
            "label_column": "title",
            "facets": ["source", "error_count"],
        },
        "facts": {
            "title": "Facts",
            "description": "Every fact of every kind: its span in the article, plugin, version, "
            "rule, confidence, the time it names and its value as JSON.",
            "facets": ["kind", "plugin"],
        },
        "errors": {
            "title": "Errors",
            "description": "Plugins that failed on a document (their other facts are kept) and input lines "
            "that were not documents (stage 'input').",
            "facets": ["stage", "plugin", "error_type"],
        },
        "kinds": {
            "title": "Kinds",
            "description": "The fact kinds the store has seen, the view of each and its value's fields.",
        },
    }
    for name, view, description, fields_json, schema_json in conn.execute(
        "SELECT name, view, description, fields, value_schema FROM kinds ORDER BY name"
    ).fetchall():
        pairs = _column_names(json.loads(fields_json))
        properties = json.loads(schema_json).get("properties") or {}
        facetable = [
            (column, "null" in _json_types(properties.get(field))) for field, column in pairs if _facetable(properties.get(field))
        ]
        descriptions = dict(_COLUMN_DESCRIPTIONS)
        descriptions.update({column: f"the {name} value's field {field!r}" for field, column in pairs})
        tables[view] = {
            "title": _title(view),
            "description": _sentence(description) + f"One row per {name} fact, its value's fields as columns.",
            "facets": _facets(conn, view, facetable),
            "sort_desc": "day",
            "columns": descriptions,
        }
    for (kind,) in conn.execute("SELECT name FROM kinds ORDER BY name"):
        tables[value_table_name(kind)] = {"hidden": True}  # read through the kind's view
    return {
        "title": "newsextract facts",
        "description": "Facts newsextract found in news articles, with the exact span each came from.",
        "databases": {database: {"tables": tables}},
    }


def write_datasette_metadata(
    db_path: str | Path, out: str | Path | None = None, *, conn: sqlite3.Connection | None = None
) -> Path:
    """Write :func:`datasette_metadata` of the store at ``db_path`` (default: next to it, see :func:`metadata_path_for`)."""
    target = Path(out) if out is not None else metadata_path_for(db_path)
    own = conn is None
    connection = open_database(db_path) if conn is None else conn
    try:
        metadata = datasette_metadata(connection, Path(db_path).stem)
    finally:
        if own:
            connection.close()
    # Written whole then renamed: datasette never reads half a file.
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    temporary.replace(target)
    return target


def datasette_metadata_command(args: Any) -> int:
    """``newsextract datasette-metadata DB [-o FILE]``: (re)write datasette's metadata for a store."""
    import sys

    target = write_datasette_metadata(args.db, args.output)
    print(target, file=sys.stderr)
    return 0
