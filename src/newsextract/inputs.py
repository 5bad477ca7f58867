"""Reading real inputs into documents: text, JSON Lines and HTML files, directories, stdin.

Encoding rule for text and HTML files (and stdin): with an explicit ``encoding`` the
bytes are decoded with it and nothing else (undecodable bytes make an input error);
without one, UTF-8 (a byte-order mark is dropped), and when the bytes are not valid
UTF-8, Windows-1252, the superset of Latin-1 that news sites' "Latin-1" pages really
use, and finally Latin-1 itself (which decodes any bytes). The encoding used is kept
in ``Document.metadata["encoding"]``. JSON Lines are UTF-8 unless ``encoding`` says
otherwise (JSON is UTF-8 by definition); each line is decoded on its own.

HTML is read to text with the standard library's :mod:`html.parser` (no extra
dependency, no network, and the same bytes always give the same text): scripts,
styles, navigation, headers, footers, asides and forms are dropped, block elements
become line breaks, and when the page has an ``<article>`` element only its text is
kept. Every fact's offsets then refer to that extracted text, which is
``Document.text``. The page's title, canonical URL and publication date (from
``<meta>`` tags) fill the document's fields; ``Document.source`` is the file.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs

from .model import Document

__all__ = [
    "HTML_SUFFIXES",
    "INPUT_SUFFIXES",
    "JSONL_SUFFIXES",
    "InputError",
    "Record",
    "count_inputs",
    "decode_text",
    "document_from_html",
    "document_from_row",
    "html_to_text",
    "input_files",
    "json_lines",
    "read_inputs",
]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
#: What a directory is walked for.
INPUT_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES


@attrs.frozen
class InputError:
    """An input line or file that could not become a document (``id`` is the line's, when it had one)."""

    source: str
    line: int | None
    error_type: str
    message: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The error record written in place of a result."""
        return {
            "id": self.id,
            "source": self.source,
            "line": self.line,
            "facts": [],
            "errors": [{"stage": "input", "error_type": self.error_type, "message": self.message}],
        }


Record = Document | InputError


# -- decoding -----------------------------------------------------------------------------


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding used)`` by the module's rule: ``encoding`` if given, else UTF-8, cp1252, Latin-1.

    Raises ``UnicodeDecodeError`` only when an explicit ``encoding`` does not fit,
    and ``LookupError`` for an unknown encoding name.
    """
    if encoding is not None:
        return data.decode(encoding), encoding
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned in cp1252
        return data.decode("latin-1"), "latin-1"


# -- HTML ---------------------------------------------------------------------------------

#: Elements whose content is never article text.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                      "button", "select", "svg", "iframe", "object", "head"})
#: Elements that start a new line of text.
_BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "section", "article", "main", "figure", "figcaption", "table", "tr", "td", "th", "pre",
                     "dd", "dt", "dl", "hr", "address", "body"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})
_PUBLISHED_META = ("article:published_time", "datepublished", "date", "dc.date", "pubdate", "publishdate",
                   "og:published_time", "sailthru.date")


class _TextParser(HTMLParser):
    """Collects visible text, per region: everything and inside ``<article>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.skip_depth = 0
        self.article_depth = 0
        self.stack: list[str] = []
        self.open_count: dict[str, int] = {}  # tags on the stack, so a stray end tag costs O(1) (hostile nesting)
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self.article_depth:
            self.article_parts.append(text)

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        attributes = {k.lower(): v or "" for k, v in attrs_}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = self.canonical or attributes.get("href") or None
        elif tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag in _BLOCKS and not self.skip_depth:
                self._emit("\n")
            return
        self.stack.append(tag)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if tag in _SKIPPED:
            self.skip_depth += 1
        elif tag == "article":
            self.article_depth += 1
        if tag in _BLOCKS and not self.skip_depth:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID or not self.open_count.get(tag):
            return  # a stray end tag closes nothing
        while self.stack:  # close unclosed children too (HTML allows omitting end tags)
            open_tag = self.stack.pop()
            self.open_count[open_tag] -= 1
            if open_tag in _BLOCKS and not self.skip_depth:
                self._emit("\n")
            if open_tag in _SKIPPED:
                self.skip_depth -= 1
            elif open_tag == "article":
                self.article_depth -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_depth:
            self._emit(data)


def _tidy(parts: Iterable[str]) -> str:
    """Collapse HTML whitespace: runs of spaces become one, lines are trimmed, blank lines dropped."""
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


@attrs.frozen
class HtmlPage:
    """What :func:`html_to_text` found in a page."""

    text: str
    title: str | None
    url: str | None
    published: str | None


def html_to_text(markup: str) -> HtmlPage:
    """The main text of an HTML page (``<article>`` when present) and its title, URL and date."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    article = _tidy(parser.article_parts)
    text = article or _tidy(parser.parts)
    title = " ".join("".join(parser.title).split()) or parser.meta.get("og:title") or None
    url = parser.canonical or parser.meta.get("og:url") or None
    published = next((parser.meta[k] for k in _PUBLISHED_META if parser.meta.get(k)), None)
    return HtmlPage(text=text, title=html.unescape(title) if title else None, url=url, published=published)


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<!--"))


def document_from_html(markup: str, *, id: str | None = None, source: str | None = None,
                       published: str | None = None, metadata: dict[str, Any] | None = None) -> Document:
    """A :class:`Document` whose text is the page's extracted text (offsets refer to it).

    The page's own publication date wins over ``published`` when it can be read.
    """
    page = html_to_text(markup)
    when: str | None = published
    if page.published:
        try:
            Document("", published=page.published)
            when = page.published
        except ValueError:  # an unreadable <meta> date: fall back to the caller's
            pass
    return Document(page.text, id=id, title=page.title, url=page.url, source=source, published=when,
                    metadata={**(metadata or {}), "format": "html"})


# -- files and lines ----------------------------------------------------------------------


def document_from_row(row: Any, published: str | None) -> Document:
    """A Document from one parsed JSON object (``text`` required; ``published`` fills a missing date)."""
    if not isinstance(row, dict):
        raise ValueError(f"expected a JSON object, got {type(row).__name__}")
    if not isinstance(row.get("text"), str):
        raise ValueError('missing string field "text"')
    fields: dict[str, Any] = {k: row.get(k) for k in ("id", "title", "published", "source", "url")}
    if fields["id"] is not None:
        fields["id"] = str(fields["id"])
    if fields["published"] is None and published:
        fields["published"] = published
    extra = {k: v for k, v in row.items() if k not in fields and k != "text"}
    return Document(row["text"], metadata=extra, **fields)


def _row_id(row: Any) -> str | None:
    """The id a parsed line carries, so that its error record keeps it."""
    if isinstance(row, dict) and isinstance(row.get("id"), (str, int)) and not isinstance(row.get("id"), bool):
        return str(row["id"])
    return None


def json_lines(name: str, lines: Iterable[bytes], published: str | None, encoding: str | None = None) -> Iterator[Record]:
    """One document or input error per non-blank line; lines are bytes split on b"\\n" only.

    (``str.splitlines`` would also split on U+2028 and friends, which JSON allows
    raw inside strings.) Each line is decoded on its own, so one undecodable line
    costs that line only, and an archive is streamed, never held in memory. Blank
    lines are skipped (line numbers still count them).
    """
    for number, raw in enumerate(lines, 1):
        try:
            line = raw.decode(encoding or "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield InputError(name, number, type(exc).__name__, f"line is not valid {encoding or 'UTF-8'}: {exc}")
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        row: Any = None
        try:
            row = json.loads(line)
            yield document_from_row(row, published)
        except (ValueError, TypeError, RecursionError) as exc:
            yield InputError(name, number, type(exc).__name__, str(exc), id=_row_id(row))


def _article(name: str, doc_id: str, data: bytes, published: str | None, encoding: str | None,
             as_html: bool) -> Record:
    try:
        text, used = decode_text(data, encoding)
        if as_html:
            return document_from_html(text, id=doc_id, source=name, published=published, metadata={"encoding": used})
        return Document(text, id=doc_id, source=name, published=published, metadata={"encoding": used})
    except (UnicodeDecodeError, ValueError, LookupError) as exc:
        return InputError(name, None, type(exc).__name__, str(exc), id=doc_id)


def input_files(path: str) -> list[str]:
    """``path`` itself, or for a directory every .txt/.jsonl/.ndjson/.html/.htm file under it, sorted.

    Hidden files and directories (names starting with ".") are skipped.
    """
    if not os.path.isdir(path):
        return [path]
    found: list[str] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in files if f.lower().endswith(INPUT_SUFFIXES) and not f.startswith("."))
    return sorted(found)


def _expanded(paths: Sequence[str]) -> Iterator[str]:
    for path in paths:
        yield from (["-"] if path == "-" else input_files(path))


def read_inputs(paths: Sequence[str], published: str | None, encoding: str | None = None) -> Iterator[Record]:
    """Documents (or input errors) from files, directories or ``-`` (stdin), in order.

    A .txt file is one article; a .html/.htm file is one article read to text; a
    .jsonl file (or stdin starting with ``{``) has one article per line; stdin
    starting with an HTML tag is a page. A directory is walked (see
    :func:`input_files`). A file that cannot be read is one error record.
    """
    for path in _expanded(paths):
        if path == "-":
            stream = sys.stdin.buffer
            first = stream.readline()
            if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
                yield from json_lines("<stdin>", itertools.chain([first], stream), published, encoding)
            else:
                data = first + stream.read()
                yield _article("<stdin>", "stdin", data, published, encoding, _looks_like_html(data))
            continue
        try:
            lower = path.lower()
            if lower.endswith(JSONL_SUFFIXES):
                with open(path, "rb") as handle:
                    yield from json_lines(path, handle, published, encoding)
            else:
                data = Path(path).read_bytes()
                yield _article(path, Path(path).stem, data, published, encoding, lower.endswith(HTML_SUFFIXES))
        except OSError as exc:
            yield InputError(path, None, type(exc).__name__, str(exc))


def count_inputs(paths: Sequence[str]) -> int | None:
    """How many records ``read_inputs`` will yield, at most (None for stdin); used for the ETA."""
    total = 0
    for path in _expanded(paths):
        if path == "-":
            return None
        if not path.lower().endswith(JSONL_SUFFIXES):
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
        except OSError:
            total += 1
    return total
