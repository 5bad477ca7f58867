"""spaCy interop: ``nlp.add_pipe("newsextract")`` on ``spacy.blank("en")`` (no model download)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from newsextract import Document, Fact, Kind, Pipeline, Span, hookimpl

spacy = pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "kyiv-overnight-attack.txt").read_text(encoding="utf-8")


@attrs.frozen
class Part:
    word: str


class MidToken:
    """A fact that starts and ends inside tokens: "ones" in "drones", "Ky" in "Kyiv"."""

    __newsextract_name__ = "midtoken"

    @hookimpl
    def register_kinds(self, register):  # type: ignore[no-untyped-def]
        register(Kind("part", value_type=Part))

    @hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        def parts(document: Document) -> list[Fact]:
            at = document.text.find("drones")
            return [Fact("part", Span(at + 2, at + 6), document.text[at + 2 : at + 6], Part("ones"))] if at >= 0 else []

        register(parts, kinds=("part",))


def test_add_pipe_puts_facts_and_token_aligned_spans_on_the_doc() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsextract", config={"plugins": ["weapons", "casualties"]})
    assert nlp.pipe_names == ["newsextract"]
    doc = nlp(SEED)
    facts = doc._.facts
    assert facts and {f.kind for f in facts} == {"weapon_count", "casualty"}
    assert doc._.newsextract.facts == facts and doc._.newsextract.ok
    spans = doc.spans["newsextract"]
    assert len(spans) == len(facts)
    for span in spans:
        fact = facts[span.id]
        assert span.label_ == fact.kind
        assert (span.start_char, span.end_char) == (fact.start, fact.end)  # these facts are whole tokens
        assert span.text == fact.text
        assert span[0].idx == fact.start  # offsets are token boundaries


def test_a_fact_inside_a_token_is_expanded_to_whole_tokens() -> None:
    nlp = spacy.blank("en")
    from newsextract.spacy import NewsextractComponent

    pipeline = Pipeline(entry_points=False, register=[MidToken()])
    component = NewsextractComponent(pipeline)
    doc = component(nlp("Russia fired 12 drones."))
    [span] = doc.spans["newsextract"]
    assert doc._.facts[0].text == "ones" and span.text == "drones"
    strict = NewsextractComponent(pipeline, alignment_mode="strict")(nlp("Russia fired 12 drones."))
    assert len(strict.spans["newsextract"]) == 0 and len(strict._.facts) == 1  # the fact stays; no span fits
    with pytest.raises(ValueError, match="alignment_mode"):
        NewsextractComponent(pipeline, alignment_mode="sideways")


def test_published_date_from_user_data_resolves_when() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsextract", config={"plugins": ["weapons"]})
    doc = nlp.make_doc("Russia fired 12 drones at Kyiv on Monday.")
    doc.user_data["published"] = "2025-07-23"
    doc = nlp(doc)
    [fact] = doc._.facts
    assert fact.when is not None and fact.when.date.isoformat() == "2025-07-21"


def test_unknown_plugin_in_config_is_an_error() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="unknown plugin name 'weapon_count'"):
        nlp.add_pipe("newsextract", config={"plugins": ["weapon_count"]})


def test_without_spacy_the_module_names_the_extra() -> None:
    code = "import sys; sys.modules['spacy'] = None\ntry:\n import newsextract.spacy\nexcept ImportError as e: print(e)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120).stdout
    assert 'pip install "newsextract[spacy]"' in out
