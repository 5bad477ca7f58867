"""``newsextract explain FILE``: why each fact came out.

For every fact of every document: its kind and text, the plugin and the rule that
produced it, the tokens the rule matched and any derivation of its number
("23 = 24 launched - 'all but one'"). Facts from plugins not written on
:mod:`newsextract.rules` show their plugin and span, with ``rule: -``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from .model import Fact, Result, value_to_dict

__all__ = ["add_parser", "cmd_explain", "explain_fact", "explain_result"]


def explain_fact(fact: Fact, text: str) -> dict[str, Any]:
    """What ``explain`` says about one fact, as a JSON-ready dict."""
    from .rules import tokenize

    provenance = fact.provenance
    matched = provenance.matched if provenance is not None and provenance.matched is not None else fact.span
    tokens = [t.text for t in tokenize(text).within(matched).tokens]
    return {
        "kind": fact.kind,
        "text": fact.text,
        "start": fact.span.start,
        "end": fact.span.end,
        "plugin": provenance.plugin if provenance is not None else fact.extractor,
        "rule": provenance.rule if provenance is not None else None,
        "matched": matched.of(text),
        "tokens": tokens,
        "derivation": provenance.derivation if provenance is not None else None,
        "value": value_to_dict(fact.value),
    }


def explain_result(result: Result) -> Iterator[dict[str, Any]]:
    """One explanation per fact of ``result``, in text order."""
    for fact in result.facts:
        yield explain_fact(fact, result.document.text)


def _write_text(out: IO[str], source: str, result: Result) -> None:
    out.write(f"# {result.document.id or source}: {len(result.facts)} facts\n")
    for item in explain_result(result):
        out.write(f"{item['kind']} [{item['start']}:{item['end']}] {item['text']!r}\n")
        out.write(f"  plugin: {item['plugin']}   rule: {item['rule'] or '-'}\n")
        out.write(f"  matched: {' | '.join(item['tokens'])}\n")
        if item["derivation"]:
            out.write(f"  derivation: {item['derivation']}\n")
        out.write(f"  value: {json.dumps(item['value'], ensure_ascii=False, sort_keys=True)}\n")
    for error in result.errors:
        out.write(f"  error: plugin {error.plugin} at {error.stage}: {error.error_type}: {error.message}\n")


def cmd_explain(args: argparse.Namespace) -> int:
    """``newsextract explain``: run the pipeline and show each fact's rule, tokens and derivation."""
    from .cli import EXIT_FAILURES, EXIT_OK, _pipeline
    from .inputs import InputError, read_inputs

    pipeline = _pipeline(args)
    status = EXIT_OK
    for record in read_inputs(args.inputs, args.published):
        if isinstance(record, InputError):
            print(f"newsextract: {record.source}: {record.message}", file=sys.stderr)
            status = EXIT_FAILURES
            continue
        result = pipeline.extract(record)
        if args.json:
            line = {"id": result.document.id, "facts": list(explain_result(result))}
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            _write_text(sys.stdout, ",".join(args.inputs), result)
        if result.errors:
            status = EXIT_FAILURES
    return status


def add_parser(sub: Any, selection: Any) -> None:
    """Register ``explain`` on the CLI's subparsers."""
    p = sub.add_parser("explain", help="show, for each fact, its plugin, rule, matched tokens and derivation")
    p.add_argument("inputs", nargs="+", metavar="FILE")
    p.add_argument("--published", help="publication date for plain-text input (e.g. 2025-07-21)")
    p.add_argument("--json", action="store_true", help="one JSON line per document")
    selection(p)
    p.set_defaults(func=cmd_explain)
