"""Helpers shared by the quotes plugin's tests (imported as ``from quotes_helpers import ...``)."""

from __future__ import annotations

from newsextract_quotes.extract import extract_quotes

import newsextract


def new_pipeline() -> newsextract.Pipeline:
    """A fresh strict pipeline with only the quotes plugin and no date resolution."""
    return newsextract.Pipeline(plugins=["quotes"], strict=True, resolve_dates=False)


def quotes(pipeline: newsextract.Pipeline, text: str) -> list[dict[str, object]]:
    """The pipeline's quote values as dicts, after checking each fact's span covers its text."""
    result = pipeline.extract(text)
    for fact in result.of("quote"):
        assert text[fact.span.start : fact.span.end] == fact.text
    return [newsextract.value_to_dict(f.value) for f in result.of("quote")]


def speaker_text_pairs(text: str) -> list[tuple[str, str]]:
    """(speaker, text) of each quote the extractor itself yields, without the pipeline."""
    return [(f.value.speaker, f.value.text) for f in extract_quotes(newsextract.Document(text, id="t"))]
