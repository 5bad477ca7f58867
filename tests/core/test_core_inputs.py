"""Reading real inputs: directories, HTML pages (offsets into the extracted text), encodings, blank lines."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsextract import Document, Pipeline, cli
from newsextract.inputs import InputError, decode_text, html_to_text, input_files, read_inputs

from . import fakeplugins as fp

PAGE = """<!DOCTYPE html>
<html><head><title>Strike on Kharkiv &amp; more</title>
<meta property="article:published_time" content="2025-07-21T08:00:00">
<link rel="canonical" href="https://example.org/news/kharkiv">
<script>var x = "99 rockets";</script><style>p { color: red }</style></head>
<body><nav>Home | 7 sections</nav>
<article><h1>Strike on Kharkiv</h1>
<p>Russia fired 12&nbsp;drones at <b>Kharkiv</b> overnight.</p>
<p>Officials said 3 shells hit a school.<br>Nobody was hurt.</p></article>
<footer>&copy; 2025, 4 rights</footer></body></html>
"""


def docs(records: list[Document | InputError]) -> list[Document]:
    return [r for r in records if isinstance(r, Document)]


def test_html_is_read_to_its_article_text_with_title_url_and_date() -> None:
    page = html_to_text(PAGE)
    assert page.text == ("Strike on Kharkiv\nRussia fired 12 drones at Kharkiv overnight.\n"
                         "Officials said 3 shells hit a school.\nNobody was hurt.")
    assert page.title == "Strike on Kharkiv & more"
    assert page.url == "https://example.org/news/kharkiv"
    assert page.published == "2025-07-21T08:00:00"


def test_html_without_article_drops_scripts_navigation_and_footers() -> None:
    markup = PAGE.replace("<article>", "<div>").replace("</article>", "</div>")
    text = html_to_text(markup).text
    assert "12 drones" in text and "rockets" not in text and "sections" not in text and "rights" not in text


def test_html_file_facts_have_offsets_into_the_extracted_text(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [doc] = docs(list(read_inputs([str(tmp_path / "page.html")], None)))
    assert doc.id == "page" and doc.source == str(tmp_path / "page.html") and doc.url == "https://example.org/news/kharkiv"
    assert doc.published is not None and doc.published.isoformat().startswith("2025-07-21")
    result = Pipeline(entry_points=False, register=[fp.Counter()]).extract(doc)
    assert [f.text for f in result.facts] == ["12 drones", "3 shells"]
    assert all(doc.text[f.start : f.end] == f.text for f in result.facts)


def test_directories_are_walked_for_text_jsonl_and_html_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "page.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.txt").write_text("2 tanks", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "j1", "text": "4 jets"}) + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("9 ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("9 hidden", encoding="utf-8")
    assert [Path(p).name for p in input_files(str(tmp_path))] == ["a.txt", "page.htm", "c.jsonl"]
    assert [d.id for d in docs(list(read_inputs([str(tmp_path)], None)))] == ["a", "page", "j1"]


def test_encoding_rule_utf8_then_cp1252_then_latin1() -> None:
    assert decode_text("café".encode()) == ("café", "utf-8")
    assert decode_text(b"\xef\xbb\xbfBOM") == ("BOM", "utf-8")
    assert decode_text("caf\u00e9 \u2019".encode("cp1252")) == ("caf\u00e9 \u2019", "cp1252")
    assert decode_text(b"\x81 x") == ("\x81 x", "latin-1")  # a byte cp1252 leaves unassigned
    assert decode_text("é".encode("latin-1"), "latin-1") == ("é", "latin-1")
    with pytest.raises(UnicodeDecodeError):
        decode_text(b"caf\xe9", "utf-8")


def test_latin1_file_is_read_and_its_encoding_kept(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre a déclaré: 5 drones.".encode("latin-1"))
    [doc] = docs(list(read_inputs([str(path)], None)))
    assert doc.text == "Le ministre a déclaré: 5 drones." and doc.metadata["encoding"] == "cp1252"
    [doc] = docs(list(read_inputs([str(path)], None, encoding="latin-1")))
    assert doc.metadata["encoding"] == "latin-1"


def test_jsonl_blank_lines_are_skipped_and_error_records_keep_the_id(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "text": "1 x"}), "", "  ", json.dumps({"id": 7, "title": "no text"})]),
                    encoding="utf-8")
    records = list(read_inputs([str(path)], None))
    assert [type(r).__name__ for r in records] == ["Document", "InputError"]
    error = records[1]
    assert isinstance(error, InputError) and error.id == "7" and error.line == 4
    assert error.to_dict()["id"] == "7"


def test_stdin_html_is_read_as_a_page(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(Pipeline, "__init__", _counter_only(Pipeline.__init__))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    status = cli.main(["extract", "-", "--format", "jsonl"])
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == cli.EXIT_OK
    assert record["document"]["url"] == "https://example.org/news/kharkiv"
    assert [f["text"] for f in record["facts"]] == ["12 drones", "3 shells"]


def _counter_only(init):  # type: ignore[no-untyped-def]
    def patched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["entry_points"] = False
        kwargs["register"] = [fp.Counter()]
        init(self, *args, **kwargs)

    return patched


def test_hostile_html_nesting_scales_linearly() -> None:
    import time

    def seconds(n: int) -> float:
        markup = "<div>" * n + "</span>" * n + "<p>3 drones</p>"
        started = time.perf_counter()
        assert html_to_text(markup).text == "3 drones"
        return time.perf_counter() - started

    seconds(1000)  # warm up
    small, large = min(seconds(5000) for _ in range(3)), min(seconds(20000) for _ in range(3))
    assert large < 8 * small + 0.05  # linear: about 4x; a scan of the open-tag stack per end tag would be 16x
