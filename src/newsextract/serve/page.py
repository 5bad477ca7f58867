"""The page at ``GET /``: paste an article, see its facts highlighted (self-contained, no scripts).

The page is a plain HTML form posted back to ``/``; nothing is loaded from a
CDN or the network. The view of one result is :func:`_result_html` alone, so a
shared HTML view of results can replace it in one place.
"""

from __future__ import annotations

import html
import itertools
import zlib
from collections.abc import Mapping

from ..model import Fact, Result

__all__ = ["page_html"]

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
textarea { width: 100%; height: 14rem; font: 14px/1.4 ui-monospace, monospace; }
label { margin-right: 1rem; }
.text { white-space: pre-wrap; border: 1px solid #ccc; padding: 1rem; border-radius: 4px; }
mark { border-radius: 3px; padding: 0 1px; }
.legend span { display: inline-block; margin: 0 .5rem .5rem 0; padding: 0 .4rem; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
td, th { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
.error { color: #a00; }
"""


def _colour(kind: str) -> str:
    """A stable light background colour per kind (kinds are plugin-defined, so no fixed table)."""
    return f"hsl({zlib.crc32(kind.encode('utf-8')) % 360}, 85%, 82%)"


def _value_summary(fact: Fact) -> str:
    value = fact.to_dict()["value"]
    return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, "", [], {}, False))


def _marked_text(text: str, facts: tuple[Fact, ...]) -> str:
    """``text`` escaped, every character inside a fact wrapped in <mark> (overlapping facts allowed).

    A sweep over span boundaries, so a long article with many facts costs
    O(facts log facts + characters), not facts x characters.
    """
    boundaries = sorted({0, len(text), *(f.start for f in facts), *(f.end for f in facts)})
    starts: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.end > fact.start:
            starts.setdefault(fact.start, []).append(fact)
    active: list[Fact] = []
    out: list[str] = []
    for left, right in itertools.pairwise(boundaries):
        active = [f for f in active if f.end > left] + starts.get(left, [])
        piece = html.escape(text[left:right])
        if not active:
            out.append(piece)
            continue
        innermost = min(active, key=lambda f: f.end - f.start)
        title = "\n".join(f"{f.kind}: {_value_summary(f)}" for f in active)
        out.append(f'<mark style="background:{_colour(innermost.kind)}" title="{html.escape(title)}">{piece}</mark>')
    return "".join(out)


def _result_html(result: Result) -> str:
    """The HTML view of one result: legend, highlighted text, fact table, plugin errors."""
    counts: dict[str, int] = {}
    for fact in result.facts:
        counts[fact.kind] = counts.get(fact.kind, 0) + 1
    legend = "".join(
        f'<span style="background:{_colour(kind)}">{html.escape(kind)} ({n})</span>' for kind, n in sorted(counts.items())
    )
    rows = "".join(
        f"<tr><td>{html.escape(f.kind)}</td><td>{f.start}&ndash;{f.end}</td><td>{html.escape(f.text)}</td>"
        f"<td>{html.escape(_value_summary(f))}</td><td>{f.confidence:.2f}</td><td>{html.escape(f.extractor)}</td></tr>"
        for f in result.facts
    )
    errors = "".join(
        f'<li class="error">{html.escape(e.plugin)} ({html.escape(e.stage)}): '
        f"{html.escape(e.error_type)}: {html.escape(e.message)}</li>"
        for e in result.errors
    )
    return (
        f'<section class="result"><h2>{len(result.facts)} facts</h2>'
        f'<div class="legend">{legend}</div>'
        f'<div class="text">{_marked_text(result.document.text, result.facts)}</div>'
        + (f"<h3>Plugin errors</h3><ul>{errors}</ul>" if errors else "")
        + ("<table><tr><th>kind</th><th>span</th><th>text</th><th>value</th><th>confidence</th><th>plugin</th></tr>"
           f"{rows}</table>" if rows else "")
        + "</section>"
    )


def page_html(fields: Mapping[str, str] | None = None, result: Result | None = None, error: str | None = None) -> str:
    """The whole page: the form (refilled with ``fields``), then ``result``'s view or ``error``."""
    fields = fields or {}
    text = html.escape(fields.get("text", ""))
    published = html.escape(fields.get("published", ""), quote=True)
    below = ""
    if error is not None:
        below = f'<p class="error">{html.escape(error)}</p>'
    elif result is not None:
        below = _result_html(result)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsextract</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head>
<body><h1>newsextract</h1>
<p>Paste an English news article to see the facts the installed plugins find. The JSON API is described at
<a href="openapi.json">openapi.json</a>.</p>
<form method="post" action="./">
<p><textarea name="text" required placeholder="Paste an article here">{text}</textarea></p>
<p><label>Published <input name="published" value="{published}" placeholder="2025-07-21"></label>
<button type="submit">Extract</button></p>
</form>
{below}
</body></html>
"""
