"""The page at ``GET /``: paste an article, see its facts highlighted (self-contained, no scripts).

The page is a plain HTML form posted back to ``/``; nothing is loaded from a
CDN or the network. A result is shown by the same view as ``--format html`` and
notebooks (:func:`newsextract.htmlview.render_fragment`), without its script.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from ..htmlview import render_fragment
from ..model import Result

__all__ = ["page_html"]

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; }
textarea { width: 100%; height: 14rem; font: 14px/1.4 ui-monospace, monospace; }
label { margin-right: 1rem; }
.error { color: #a00; }
"""


def page_html(fields: Mapping[str, str] | None = None, result: Result | None = None, error: str | None = None) -> str:
    """The whole page: the form (refilled with ``fields``), then ``result``'s view or ``error``."""
    fields = fields or {}
    text = html.escape(fields.get("text", ""))
    published = html.escape(fields.get("published", ""), quote=True)
    below = ""
    if error is not None:
        below = f'<p class="error">{html.escape(error)}</p>'
    elif result is not None:
        below = render_fragment([result], script=False)
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
