"""spaCy interop: a pipeline component that runs newsextract on a spaCy ``Doc``.

Needs ``pip install "newsextract[spacy]"``. The component is registered with spaCy
under the name ``newsextract`` (through spaCy's ``spacy_factories`` entry point, so no
import is needed first)::

    import spacy
    nlp = spacy.blank("en")                       # or any trained pipeline
    nlp.add_pipe("newsextract")                   # config: plugins, exclude, spans_key, alignment_mode
    doc = nlp("Russia fired 12 drones at Kyiv.")
    doc._.facts                                   # the newsextract Facts, in text order
    doc.spans["newsextract"]                      # one Span per fact, label_ = kind, id = index in doc._.facts
    doc._.newsextract                             # the whole Result (errors included)

For ``Fact.when`` the article's date is read from ``doc.user_data["published"]``::

    doc = nlp.make_doc(text); doc.user_data["published"] = "2025-07-21"; doc = nlp(doc)

A fact's offsets are characters; spaCy spans are tokens. With the default alignment
``"expand"`` a span covers every token the fact touches, so it may be a little wider
than the fact when a fact starts or ends inside a token (``fact.text`` is exact).
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Document, Result
from .pipeline import Pipeline

__all__ = ["NewsextractComponent", "make_component"]

try:
    from spacy.language import Language
    from spacy.tokens import Doc
except ImportError as exc:  # pragma: no cover - exercised by the missing-extra test in a subprocess
    raise ImportError('newsextract.spacy needs spaCy: pip install "newsextract[spacy]"') from exc

for _name in ("facts", "newsextract"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class NewsextractComponent:
    """Runs a :class:`~newsextract.Pipeline` on each ``Doc`` and records its facts on it."""

    def __init__(self, pipeline: Pipeline, spans_key: str = "newsextract", alignment_mode: str = "expand") -> None:
        if alignment_mode not in ("strict", "contract", "expand"):
            raise ValueError(f"alignment_mode must be strict, contract or expand, got {alignment_mode!r}")
        self.pipeline = pipeline
        self.spans_key = spans_key
        self.alignment_mode = alignment_mode

    def __call__(self, doc: Doc) -> Doc:
        """Extract facts from ``doc.text``; set ``doc._.facts``, ``doc._.newsextract`` and ``doc.spans``."""
        published = doc.user_data.get("published")  # optional: the article's date, for Fact.when
        result: Result = self.pipeline.extract(Document(doc.text, published=published))
        doc._.newsextract = result
        doc._.facts = result.facts
        spans = []
        for index, fact in enumerate(result.facts):
            span = doc.char_span(fact.start, fact.end, label=fact.kind, alignment_mode=self.alignment_mode, span_id=index)
            if span is not None:  # "strict"/"contract" can leave no whole token
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "newsextract",
    default_config={"plugins": None, "exclude": [], "spans_key": "newsextract", "alignment_mode": "expand"},
)
def make_component(
    nlp: Language,
    name: str,
    plugins: Sequence[str] | None,
    exclude: Sequence[str],
    spans_key: str,
    alignment_mode: str,
) -> NewsextractComponent:
    """spaCy factory: a :class:`NewsextractComponent` over the installed plugins (or a selection)."""
    return NewsextractComponent(Pipeline(plugins=plugins, exclude=exclude), spans_key, alignment_mode)
