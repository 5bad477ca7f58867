"""The HTML view: facts highlighted over the article, cards with fields and provenance, a legend."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import attrs
import pytest

from newsextract import Document, Fact, Pipeline, PluginError, Provenance, Result, Span, cli
from newsextract.htmlview import kind_colour, render_fragment, render_html
from newsextract.inputs import InputError

from . import fakeplugins as fp


@attrs.frozen
class Loss:
    status: str
    count: int


@attrs.frozen
class RuleProvenance(Provenance):
    rule: str | None = None


TEXT = "Russia fired 12 drones <at> Kyiv; 3 people were killed & 2 hurt."


def sample() -> Result:
    doc = Document(TEXT, id="d1", title="Night attack", published="2025-07-21")
    outer = Fact("casualty", Span(34, 54), TEXT[34:54], Loss("killed", 3),
                 provenance=RuleProvenance("casualties", "deaths", rule="killed-verb"))
    inner = Fact("number", Span(34, 35), "3", {"value": 3}, provenance=Provenance("numbers", "digits"))
    drones = Fact("weapon_count", Span(13, 22), "12 drones", {"weapon": "drones", "count": 12},
                  provenance=Provenance("weapons", "counts"))
    return Result(doc, (drones, outer, inner), (PluginError("quotes", "extract", "RuntimeError", "boom <x>"),))


def marks(page: str) -> list[tuple[str, int, int]]:
    return [(k, int(s), int(e)) for k, s, e in
            re.findall(r'class="nx-fact"[^>]*data-kind="([^"]+)" data-start="(\d+)" data-end="(\d+)"', page)]


def visible_text(page: str) -> str:
    body = page.split('<div class="nx-text">', 1)[1].split("</section>", 1)[0]
    body = re.sub(r'<span class="nx-tip".*?</table></span>', "", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body))[: len(TEXT)]


def test_every_fact_is_marked_once_and_the_text_is_unchanged() -> None:
    page = render_html([sample()], title="t")
    assert sorted(marks(page)) == sorted((f.kind, f.start, f.end) for f in sample().facts)
    assert visible_text(page) == TEXT  # escaping and nesting keep the article's text intact


def test_cards_show_fields_and_provenance_with_rule_when_present() -> None:
    page = render_html([sample()])
    assert "<th>status</th><td>killed</td>" in page
    assert "<th>plugin</th><td>casualties</td>" in page and "<th>rule</th><td>killed-verb</td>" in page
    assert "<th>plugin</th><td>weapons</td>" in page
    assert page.count("<th>rule</th>") == 1  # a provenance without ``rule`` shows none


def test_legend_counts_each_kind_and_the_total_and_colours_match() -> None:
    page = render_html([sample()])
    kinds = ["casualty", "number", "weapon_count"]
    for kind in kinds:
        assert f'data-kind="{kind}" style="background:{kind_colour(kind, kinds)}">{kind} <b>1</b></li>' in page
    assert "facts <b>3</b>" in page
    assert len({kind_colour(k, kinds) for k in kinds}) == 3


def test_page_is_self_contained_and_forbids_fetches() -> None:
    page = render_html([sample()], title="A <title>")
    assert "default-src 'none'" in page and "<title>A &lt;title&gt;</title>" in page
    assert not re.search(r'(src|href)=["\']?(https?:)?//', page)
    assert "boom &lt;x&gt;" in page  # plugin failures shown, escaped


def test_input_errors_are_sections_too() -> None:
    page = render_html([InputError("in.jsonl", 3, "ValueError", "no text", id="x")])
    assert "input in.jsonl:3: ValueError: no text" in page


def test_overlapping_facts_that_do_not_nest_are_still_all_marked() -> None:
    doc = Document("abcdefghij", id="o")
    facts = (Fact("a", Span(0, 6), "abcdef", {}), Fact("b", Span(4, 9), "efghi", {}), Fact("c", Span(7, 10), "hij", {}))
    page = render_html([Result(doc, facts)])
    assert {k for k, _, _ in marks(page)} == {"a", "b", "c"}
    assert visible_text(page).startswith("abcdefghij")


def test_repr_html_is_the_same_view_and_repr_is_short() -> None:
    result = sample()
    assert result._repr_html_() == render_fragment([result])
    assert 'class="nx-fact"' in result._repr_html_()
    assert repr(result) == "<Result 'd1': 3 facts (casualty=1, number=1, weapon_count=1), errors=1>"
    long = Result(Document("x " * 10_000))
    assert len(repr(long)) < 80 and "20000 chars" in repr(long)


def test_cli_html_format_writes_one_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    real = Pipeline

    class FakePipeline(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs.update(entry_points=False, register=[fp.Counter()])
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "Pipeline", FakePipeline)
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": f"a{i}", "text": f"{i} drones and {i + 1} tanks"}) for i in range(2)),
                      encoding="utf-8")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert cli.main(["extract", str(source), "--format", "html"]) == cli.EXIT_OK
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and page.count("<html") == 1
    assert marks(page) == [("count", 0, 8), ("count", 13, 20), ("count", 0, 8), ("count", 13, 20)]


def test_thousands_of_nested_facts_render_without_exhausting_recursion() -> None:
    n = 3000
    doc = Document("x" * (2 * n), id="deep")
    facts = tuple(Fact("k", Span(i, 2 * n - i), "x" * (2 * n - 2 * i), {}) for i in range(n))
    page = render_html([Result(doc, facts)])
    assert 24 <= len(marks(page)) <= n  # the outer facts are drawn; the text below shows nothing is lost
    assert html.unescape(re.sub(r'<span class="nx-tip".*?</table></span>|<[^>]+>', "", page.split('<div class="nx-text">', 1)[1]
                                .split("</section>", 1)[0])) == doc.text
