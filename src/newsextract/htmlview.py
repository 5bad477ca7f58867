"""A visual view of results: one self-contained HTML page, the article with its facts highlighted.

Like spaCy's displaCy, but for facts: every fact's span is marked in the colour of
its kind; hovering shows, and clicking pins, its fields and provenance (plugin,
extractor, rule); a legend lists each kind with its count in the article. The page
loads nothing: styles and the small script are inline, and a Content-Security-Policy
forbids every fetch, so it opens the same offline, in a mail attachment or in a
notebook (``Result._repr_html_`` shows the same view).

>>> from newsextract.htmlview import render_html
>>> page = render_html([result], title="Kyiv")  # doctest: +SKIP
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .inputs import InputError
from .model import Fact, Result, value_to_dict

__all__ = ["kind_colour", "render_fragment", "render_html"]

#: Colours for kinds, given out in order of kind name (then cycled): readable under black text.
PALETTE = ("#ffd166", "#8ecae6", "#b5e48c", "#f4a3c0", "#cdb4db", "#ffb703", "#90e0ef", "#f6bd60",
           "#c1d3fe", "#ffadad")

_CSS = """
.nx-doc{font:15px/1.6 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1f;max-width:52rem;margin:0 auto 2rem}
.nx-doc h2{font-size:1.15rem;margin:1.2rem 0 .3rem}
.nx-meta{color:#555;font-size:.85rem;margin-bottom:.4rem}
.nx-legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:.4rem 0 .8rem;padding:0;list-style:none}
.nx-legend li{padding:.05rem .5rem;border-radius:.6rem;font-size:.85rem}
.nx-text{white-space:pre-wrap;background:#fafafa;border:1px solid #e4e4e4;border-radius:.4rem;padding:.8rem 1rem}
.nx-fact{border-radius:.25rem;padding:.05rem .1rem;cursor:pointer;position:relative;box-decoration-break:clone;
-webkit-box-decoration-break:clone}
.nx-fact .nx-fact{filter:brightness(.93)}
.nx-fact:hover,.nx-fact.nx-pinned{outline:2px solid #333}
.nx-tip{display:none;position:absolute;left:0;top:1.6em;z-index:10;min-width:16rem;max-width:28rem;background:#fff;
border:1px solid #999;border-radius:.35rem;box-shadow:0 2px 8px rgba(0,0,0,.18);padding:.4rem .6rem;
font-size:.8rem;line-height:1.35;white-space:normal;color:#111}
.nx-fact:hover:not(:has(.nx-fact:hover))>.nx-tip,.nx-fact.nx-pinned>.nx-tip{display:block}
.nx-tip table{border-collapse:collapse}.nx-tip th{text-align:left;padding-right:.6rem;color:#555;font-weight:600;
vertical-align:top}
.nx-errors{color:#a00;font-size:.85rem}
"""

# Clicking pins a fact's card open (a second click unpins); hovering is pure CSS.
_SCRIPT = """
document.addEventListener('click',function(e){var f=e.target.closest('.nx-fact');if(!f)return;
e.stopPropagation();f.classList.toggle('nx-pinned');});
"""

#: How deep marks nest in the page; real articles need two or three levels.
MAX_DEPTH = 24

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def kind_colour(kind: str, kinds: Sequence[str]) -> str:
    """The colour of ``kind`` among the sorted ``kinds`` of a page."""
    index = sorted(kinds).index(kind) if kind in kinds else len(kinds)
    return PALETTE[index % len(PALETTE)]


def _cell(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _card(fact: Fact) -> str:
    """The hover card of one fact: kind, value fields, time, provenance."""
    rows: list[tuple[str, str]] = [("kind", fact.kind)]
    rows += [(name, _cell(value)) for name, value in value_to_dict(fact.value).items() if value not in (None, "", [])]
    if fact.when is not None:
        rows.append(("when", f"{fact.when.date.isoformat()} ({fact.when.granularity}, \u201c{fact.when.text}\u201d)"))
    rows.append(("confidence", f"{fact.confidence:g}"))
    provenance = fact.provenance
    rows.append(("plugin", provenance.plugin if provenance is not None else fact.extractor))
    if provenance is not None:
        rows.append(("extractor", provenance.extractor))
        rule = getattr(provenance, "rule", None)  # newer cores name the rule that fired
        if rule:
            rows.append(("rule", str(rule)))
    rows.append(("span", f"{fact.span.start}\u2013{fact.span.end}"))
    body = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'<span class="nx-tip" role="tooltip"><table>{body}</table></span>'


@attrs.define
class _Mark:
    """One highlighted stretch: a fact, the part of the text it marks, and the marks inside it."""

    fact: Fact
    start: int
    end: int
    children: list[_Mark] = attrs.Factory(list)


def _nested(facts: Sequence[Fact]) -> list[_Mark]:
    """Facts as a forest by span containment; a fact that overlaps without nesting is cut to fit."""
    ordered = sorted(facts, key=lambda f: (f.span.start, -f.span.end, f.kind))
    roots: list[_Mark] = []
    stack: list[_Mark] = []  # open marks, outermost first
    for fact in ordered:
        while stack and stack[-1].end <= fact.span.start:
            stack.pop()
        # A partial overlap marks only the part inside its parent.
        mark = _Mark(fact, fact.span.start, min(fact.span.end, stack[-1].end) if stack else fact.span.end)
        (stack[-1].children if stack else roots).append(mark)
        if len(stack) < MAX_DEPTH:  # deeper facts become siblings: hostile nesting cannot exhaust recursion
            stack.append(mark)
    return roots


def _marked(text: str, marks: list[_Mark], start: int, end: int, kinds: Sequence[str]) -> str:
    """``text[start:end]`` as HTML with every mark (and the marks inside it) wrapped in a span."""
    out: list[str] = []
    position = start
    for mark in marks:
        fact, children, node_start, node_end = mark.fact, mark.children, mark.start, mark.end
        if node_start < position:  # overlaps a sibling already drawn: draw only what is left
            node_start = position
        if node_end <= node_start:
            continue
        out.append(html.escape(text[position:node_start]))
        colour = kind_colour(fact.kind, kinds)
        out.append(
            f'<span class="nx-fact" tabindex="0" data-kind="{html.escape(fact.kind)}" '
            f'data-start="{fact.span.start}" data-end="{fact.span.end}" style="background:{colour}">'
            f"{_marked(text, children, node_start, node_end, kinds)}{_card(fact)}</span>"
        )
        position = node_end
    out.append(html.escape(text[position:end]))
    return "".join(out)


def _legend(result: Result, kinds: Sequence[str]) -> str:
    counts = Counter(f.kind for f in result.facts)
    items = "".join(
        f'<li data-kind="{html.escape(k)}" style="background:{kind_colour(k, kinds)}">{html.escape(k)} '
        f"<b>{counts[k]}</b></li>"
        for k in sorted(counts)
    )
    total = f'<li style="background:#eee">facts <b>{len(result.facts)}</b></li>'
    return f'<ul class="nx-legend">{items}{total}</ul>'


def _document_section(result: Result, kinds: Sequence[str]) -> str:
    doc = result.document
    heading = doc.title or doc.id or doc.source or "document"
    meta = [f"id {doc.id}" if doc.id else "", f"published {doc.published.isoformat()}" if doc.published else "",
            doc.url or doc.source or ""]
    errors = "".join(
        f"<li>plugin {html.escape(e.plugin)} failed at {html.escape(e.stage)}: {html.escape(e.error_type)}: "
        f"{html.escape(e.message)}</li>"
        for e in result.errors
    )
    text = _marked(doc.text, _nested(result.facts), 0, len(doc.text), kinds)
    return (
        f'<section class="nx-doc" data-id="{html.escape(doc.id or "")}"><h2>{html.escape(heading)}</h2>'
        f'<div class="nx-meta">{html.escape(" · ".join(m for m in meta if m))}</div>'
        f"{_legend(result, kinds)}"
        + (f'<ul class="nx-errors">{errors}</ul>' if errors else "")
        + f'<div class="nx-text">{text}</div></section>'
    )


def _error_section(error: InputError) -> str:
    where = f"{error.source}:{error.line}" if error.line else error.source
    return (
        f'<section class="nx-doc"><h2>{html.escape(error.id or where)}</h2><ul class="nx-errors">'
        f"<li>input {html.escape(where)}: {html.escape(error.error_type)}: {html.escape(error.message)}</li>"
        f"</ul></section>"
    )


def render_fragment(results: Iterable[Result | InputError], *, script: bool = True) -> str:
    """The view's body (styles, sections, script) without the page around it, for notebooks and other pages.

    ``script=False`` leaves out the small click-to-pin script, for pages whose
    Content-Security-Policy allows no scripts (hovering still shows each card).
    """
    items = list(results)
    kinds = sorted({f.kind for r in items if isinstance(r, Result) for f in r.facts})
    sections = "".join(_document_section(r, kinds) if isinstance(r, Result) else _error_section(r) for r in items)
    pin = f"<script>{_SCRIPT}</script>" if script else ""
    return f'<div class="nx-view"><style>{_CSS}</style>{sections}{pin}</div>'


def render_html(results: Iterable[Result | InputError], *, title: str = "newsextract") -> str:
    """One self-contained HTML page showing every result's article with its facts highlighted.

    Nothing is fetched: styles and script are inline and the page's
    Content-Security-Policy forbids network access. Input errors (from the
    command line's reader) are shown as error sections.
    """
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title></head>"
        f'<body style="margin:1rem;background:#fff">{render_fragment(results)}</body></html>\n'
    )
