"""Results as tables: flat records, CSV rows, pandas DataFrames, Arrow tables and Parquet.

One row per fact. Its columns are the fact's own (``id`` of the document, ``kind``,
``start``, ``end``, ``text``, ``confidence``, provenance: ``plugin``, ``extractor``,
``rule``; the resolved time ``when``) followed by the value's fields, each its own
column named ``value.<field>``. Kinds share a column when they share a field name
(``value.count`` holds weapon counts and casualty counts alike); a row leaves the
columns of other kinds' fields empty (None). Lists and mappings inside a value are
written as JSON text, so every cell is a scalar.

Errors can be rows too (``errors=True``): a plugin failure or an input that could not
be read becomes a row whose ``kind`` is empty and whose ``error`` column says what
went wrong, so a spreadsheet shows it next to the facts.

The column order is stable: the fixed columns, then value columns in the order
their kinds' value classes declare them (kinds by name) or, without kinds, in the
order they first appear.

pandas and pyarrow are optional: ``pip install "newsextract[pandas]"`` or
``"newsextract[arrow]"`` (Parquet needs ``arrow``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .inputs import InputError
from .kinds import Kind
from .model import Fact, Result, value_to_dict

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = [
    "FACT_COLUMNS",
    "TAIL_COLUMNS",
    "columns_for_kinds",
    "csv_cells",
    "records_of",
    "to_arrow",
    "to_pandas",
    "to_records",
    "write_parquet",
]

#: Columns every row has, before the value columns.
FACT_COLUMNS = ("id", "kind", "start", "end", "text", "confidence", "plugin", "extractor", "rule",
                "when", "when_granularity")
#: Columns every row has, after the value columns.
TAIL_COLUMNS = ("source", "line", "error")
VALUE_PREFIX = "value."
#: In CSV written for known kinds: value fields no kind declared, as JSON.
VALUE_OTHER = "value.other"

Row = dict[str, Any]


def _cell(value: Any) -> Any:
    """A scalar for one table cell: lists and mappings become JSON text."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return value


def fact_row(fact: Fact, doc_id: str | None, source: str | None = None) -> Row:
    """One fact as a flat row (only the columns it fills)."""
    provenance = fact.provenance
    row: Row = {
        "id": doc_id,
        "kind": fact.kind,
        "start": fact.span.start,
        "end": fact.span.end,
        "text": fact.text,
        "confidence": round(fact.confidence, 4),
        "plugin": provenance.plugin if provenance is not None else fact.extractor or None,
        "extractor": provenance.extractor if provenance is not None else None,
        # Provenance gains a ``rule`` in newer cores; read it when it is there.
        "rule": getattr(provenance, "rule", None),
        "when": fact.when.date.isoformat() if fact.when is not None else None,
        "when_granularity": fact.when.granularity if fact.when is not None else None,
    }
    for name, value in value_to_dict(fact.value).items():
        row[VALUE_PREFIX + name] = _cell(value)
    row["source"] = source
    return row


def records_of(item: Result | InputError, *, errors: bool = False) -> list[Row]:
    """The rows of one result (one per fact; with ``errors``, one per failure too) or input error."""
    if isinstance(item, InputError):
        if not errors:
            return []
        where = f"{item.source}:{item.line}" if item.line else item.source
        return [{"id": item.id, "kind": None, "source": item.source, "line": item.line,
                 "error": f"input {where}: {item.error_type}: {item.message}"}]
    doc = item.document
    rows = [fact_row(fact, doc.id, doc.source) for fact in item.facts]
    if errors:
        for failure in item.errors:
            rows.append({"id": doc.id, "kind": None, "plugin": failure.plugin, "extractor": failure.extractor,
                         "source": doc.source,
                         "error": f"plugin {failure.plugin} failed at {failure.stage}: {failure.error_type}: "
                                  f"{failure.message}"})
    return rows


def _value_columns(rows: Iterable[Row]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            if key.startswith(VALUE_PREFIX):
                seen.setdefault(key, None)
    return list(seen)


def columns_for_kinds(kinds: Mapping[str, Kind]) -> list[str]:
    """The stable column list for facts of ``kinds`` (value fields from each kind's ``value_type``)."""
    value_columns: dict[str, None] = {}
    for name in sorted(kinds):
        value_type = kinds[name].value_type
        if value_type is not None and attrs.has(value_type):
            for field in attrs.fields(value_type):
                value_columns.setdefault(VALUE_PREFIX + field.name.rstrip("_"), None)
    return [*FACT_COLUMNS, *value_columns, VALUE_OTHER, *TAIL_COLUMNS]


def csv_cells(row: Row, columns: Sequence[str]) -> list[Any]:
    """``row`` as the cells of a CSV line with ``columns`` (None is empty).

    Value fields that ``columns`` lacks (a kind that declares no ``value_type``) go,
    as JSON, into the ``value.other`` column, so nothing is dropped.
    """
    other = {k[len(VALUE_PREFIX):]: v for k, v in row.items() if k.startswith(VALUE_PREFIX) and k not in columns}
    cells = {**row, VALUE_OTHER: json.dumps(other, ensure_ascii=False, sort_keys=True) if other else None}
    return ["" if cells.get(column) is None else cells[column] for column in columns]


def complete(row: Row, columns: Sequence[str]) -> Row:
    """``row`` with exactly ``columns`` as keys, in order (missing cells are None)."""
    return {column: row.get(column) for column in columns}


def to_records(results: Iterable[Result | InputError], *, errors: bool = False) -> list[Row]:
    """Flat rows, one per fact, every row with the same columns (see the module doc).

    ``errors=True`` adds a row per plugin failure and per unreadable input.

    >>> rows = to_records([result])  # doctest: +SKIP
    >>> rows[0]["kind"], rows[0]["value.count"]  # doctest: +SKIP
    ('weapon_count', 40)
    """
    rows = [row for item in results for row in records_of(item, errors=errors)]
    columns = [*FACT_COLUMNS, *_value_columns(rows), *TAIL_COLUMNS]
    return [complete(row, columns) for row in rows]


def _rows_and_columns(results: Iterable[Result | InputError], errors: bool) -> tuple[list[Row], list[str]]:
    """The rows of :func:`to_records` and their columns (the fixed ones when there are no rows)."""
    rows = to_records(results, errors=errors)
    return rows, list(rows[0]) if rows else [*FACT_COLUMNS, *TAIL_COLUMNS]


def _missing_extra(package: str, extra: str) -> ImportError:
    return ImportError(
        f"this needs the optional dependency {package!r}: install it with pip install \"newsextract[{extra}]\""
    )


def to_pandas(results: Iterable[Result | InputError], *, errors: bool = False) -> pandas.DataFrame:
    """The rows of :func:`to_records` as a pandas DataFrame (needs ``newsextract[pandas]``)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise _missing_extra("pandas", "pandas") from exc
    rows, columns = _rows_and_columns(results, errors)
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for column in columns:  # whole-number columns with gaps stay whole numbers (pandas' nullable Int64)
        values = [v for v in (row[column] for row in rows) if v is not None]
        if column in ("start", "end", "line") or (values and all(type(v) is int for v in values)):
            frame[column] = frame[column].astype("Int64")
    return frame


def _uniform(values: list[Any]) -> list[Any]:
    """A column Arrow can type: mixed kinds of value become text (None stays null)."""
    types = {type(v) for v in values if v is not None}
    if len(types) <= 1 or types <= {int, float}:
        return values
    return [None if v is None else (json.dumps(v) if isinstance(v, bool) else str(v)) for v in values]


def to_arrow(results: Iterable[Result | InputError], *, errors: bool = False) -> pyarrow.Table:
    """The rows of :func:`to_records` as a pyarrow Table (needs ``newsextract[arrow]``)."""
    try:
        import pyarrow as pa
    except ImportError as exc:
        raise _missing_extra("pyarrow", "arrow") from exc
    rows, columns = _rows_and_columns(results, errors)
    data = {column: _uniform([row[column] for row in rows]) for column in columns}
    fixed = {"id": pa.string(), "kind": pa.string(), "start": pa.int64(), "end": pa.int64(), "text": pa.string(),
             "confidence": pa.float64(), "plugin": pa.string(), "extractor": pa.string(), "rule": pa.string(),
             "when": pa.string(), "when_granularity": pa.string(), "source": pa.string(), "line": pa.int64(),
             "error": pa.string()}
    arrays = [pa.array(data[c], type=fixed.get(c)) if c in fixed else pa.array(data[c]) for c in columns]
    return pa.Table.from_arrays(arrays, names=columns)


def write_parquet(results: Iterable[Result | InputError], destination: Any, *, errors: bool = True) -> None:
    """Write the rows of :func:`to_records` (errors included by default) as Parquet to a path or binary file."""
    table = to_arrow(results, errors=errors)
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow always ships parquet on PyPI wheels
        raise _missing_extra("pyarrow", "arrow") from exc
    pq.write_table(table, destination)
