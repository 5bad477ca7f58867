"""Scoring a pipeline against gold facts (the format in docs/gold-format.md).

Matching per kind comes from the kind's ``gold_match`` (see the ``register_kinds``
hook); the text helpers the built-in kinds use (:func:`token_f1`, :func:`share_content_word`,
:func:`same_last_name`, :func:`expand_abbreviations`) now live in
:mod:`newsextract.text.compare` and are re-exported here for old imports.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs

from .model import Document, Fact, Result, value_to_dict

# The text helpers live in the core's text package (plugins use them for merge keys
# and gold matching); they are re-exported here, where they were first published.
from .text.compare import (
    ABBREVIATIONS,
    STOPWORDS,
    content_words,
    expand_abbreviations,
    same_last_name,
    share_content_word,
    token_f1,
    words,
)

__all__ = [
    "ABBREVIATIONS",
    "STOPWORDS",
    "Article",
    "Evaluation",
    "Miss",
    "Score",
    "content_words",
    "evaluate",
    "evaluate_predictions",
    "expand_abbreviations",
    "read_gold",
    "read_predictions",
    "same_last_name",
    "score_kind",
    "share_content_word",
    "token_f1",
    "words",
]

_T = TypeVar("_T")

# -- gold files ------------------------------------------------------------------------


@attrs.frozen
class Article:
    """One gold article: its document, its gold facts by kind, and what is scored."""

    document: Document
    facts: Mapping[str, Sequence[Mapping[str, Any]]]
    kinds: tuple[str, ...] | None = None
    only_status: tuple[str, ...] | None = None


def read_gold(path: str | Path) -> Iterator[Article]:
    """Read a gold JSON Lines file; a malformed line raises ``ValueError`` naming it."""
    return _read_records(path, _article, "gold article")


def _article(number: int, row: Any) -> Article:
    document = Document(
        row["text"],
        id=str(row.get("id", f"line-{number}")),
        title=row.get("title"),
        published=_lenient_date(row.get("published")),
        source=row.get("source"),
        url=row.get("url"),
    )
    return Article(
        document=document,
        facts=row.get("facts") or {},
        kinds=tuple(row["kinds"]) if row.get("kinds") else None,
        only_status=tuple(row["only_status"]) if row.get("only_status") else None,
    )


def _read_records(path: str | Path, parse: Callable[[int, Any], _T], what: str) -> Iterator[_T]:
    """Parse every non-blank JSON line of ``path``; a bad one raises ``ValueError`` naming its line."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = parse(number, json.loads(line))
            except (KeyError, ValueError, TypeError, AttributeError) as exc:
                raise ValueError(f"{path}:{number}: not a {what}: {exc}") from exc
            yield record


def _lenient_date(value: Any) -> Any:
    from .model import parse_published

    try:
        return parse_published(value)
    except ValueError:
        return None


# -- scoring ---------------------------------------------------------------------------


@attrs.define
class Score:
    """True and false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Accumulate another score into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        """JSON form with rounded ratios."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@attrs.frozen
class Miss:
    """A gold fact nobody found (``missed``) or a system fact nobody asked for (``spurious``)."""

    article: str
    kind: str
    what: str  # "missed" or "spurious"
    fact: Mapping[str, Any]
    text: str = ""


@attrs.define
class Evaluation:
    """Scores per kind, their micro average, and every miss."""

    scores: dict[str, Score] = attrs.field(factory=dict)
    misses: list[Miss] = attrs.field(factory=list)
    articles: int = 0

    @property
    def micro(self) -> Score:
        """All kinds pooled."""
        total = Score()
        for score in self.scores.values():
            total.add(score)
        return total

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "articles": self.articles,
            "kinds": {k: s.to_dict() for k, s in sorted(self.scores.items())},
            "micro": self.micro.to_dict(),
            "errors": [attrs.asdict(m) for m in self.misses],
        }


Matcher = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]


def _max_matching(edges: list[list[int]], n_right: int, allowed: set[int] | None = None) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): left index -> right index."""
    match_right: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if (allowed is not None and right not in allowed) or right in seen:
                continue
            seen.add(right)
            if right not in match_right or augment(match_right[right], seen):
                match_right[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    return {left: right for right, left in match_right.items()}


def score_kind(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]], matches: Matcher
) -> tuple[Score, list[int], list[int]]:
    """Score one article's facts of one kind.

    Required gold facts are matched first (maximum matching); system facts left
    over may then absorb optional gold facts without penalty. Returns the score,
    the indices of missed required gold facts and of spurious predictions.
    """
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold) if g.get("optional")]
    edges_req = [[j for j, p in enumerate(predicted) if matches(gold[i], p)] for i in required]
    matched = _max_matching(edges_req, len(predicted))
    used = set(matched.values())
    free = set(range(len(predicted))) - used
    edges_opt = [[j for j, p in enumerate(predicted) if j in free and matches(gold[i], p)] for i in optional]
    absorbed = set(_max_matching(edges_opt, len(predicted), free).values())
    missed = [required[i] for i in range(len(required)) if i not in matched]
    spurious = [j for j in range(len(predicted)) if j not in used and j not in absorbed]
    return Score(tp=len(matched), fp=len(spurious), fn=len(missed)), missed, spurious


def evaluate(
    articles: Iterable[Article],
    run: Callable[[Document], Result],
    matcher_for: Callable[[str], Matcher],
    kinds: Sequence[str] | None = None,
) -> Evaluation:
    """Run ``run`` on every article and score the facts of each kind against gold."""

    def predict(article: Article) -> list[tuple[str, Mapping[str, Any], str]]:
        return [(f.kind, value_to_dict(f.value), _fact_text(f)) for f in run(article.document).facts]

    return _score_all(articles, predict, matcher_for, kinds)


def evaluate_predictions(
    articles: Iterable[Article],
    predictions: Mapping[str, Mapping[str, Sequence[Mapping[str, Any]]]],
    matcher_for: Callable[[str], Matcher],
    kinds: Sequence[str] | None = None,
) -> Evaluation:
    """Score facts some other run (or another system) wrote, against gold.

    ``predictions`` maps an article id to its facts by kind, each a dict in the gold
    vocabulary (what :func:`read_predictions` reads). An article with no entry counts
    as one with no facts, so a system that skipped it loses recall.
    """

    def predict(article: Article) -> list[tuple[str, Mapping[str, Any], str]]:
        by_kind = predictions.get(article.document.id or "", {})
        return [(kind, value, "") for kind, values in by_kind.items() for value in values]

    return _score_all(articles, predict, matcher_for, kinds)


def read_predictions(path: str | Path) -> dict[str, dict[str, list[Mapping[str, Any]]]]:
    """Read system output as JSON Lines: ``newsextract extract --format jsonl`` records
    (``facts`` a list of ``{"kind", "value"}``) or gold-shaped records (``facts`` a dict of
    kind -> list of values, as ``../shared/peer`` writes). A malformed line raises
    ``ValueError`` naming it.
    """
    return dict(_read_records(path, _prediction, "prediction record"))


def _prediction(number: int, row: Any) -> tuple[str, dict[str, list[Mapping[str, Any]]]]:
    facts = row.get("facts") or {}
    by_kind: dict[str, list[Mapping[str, Any]]] = {}
    if isinstance(facts, dict):
        for kind, values in facts.items():
            by_kind.setdefault(kind, []).extend(values)
    else:
        for fact in facts:
            by_kind.setdefault(fact["kind"], []).append(fact["value"])
    return str(row["id"]), by_kind


def _score_all(
    articles: Iterable[Article],
    predict: Callable[[Article], list[tuple[str, Mapping[str, Any], str]]],
    matcher_for: Callable[[str], Matcher],
    kinds: Sequence[str] | None,
) -> Evaluation:
    """Score every article's predictions (kind, value dict, source text) against its gold."""
    evaluation = Evaluation()
    articles = list(articles)
    # A kind is annotated in a file when any article of it has gold for it; articles
    # without an explicit "kinds" list are scored on all of those (an empty list of
    # facts then means "none here"). Kinds no article knows, say a third-party
    # plugin's, are not scored.
    annotated = {kind for a in articles for kind in (a.kinds or a.facts.keys())}
    for article in articles:
        evaluation.articles += 1
        predictions = predict(article)
        scored = set(article.kinds) if article.kinds is not None else set(annotated)
        if kinds:
            scored &= set(kinds)
        for kind in sorted(scored):
            pairs = [(value, text) for k, value, text in predictions if k == kind]
            gold = list(article.facts.get(kind, []))
            if article.only_status:
                keep = set(article.only_status)
                pairs = [(value, text) for value, text in pairs if value.get("status") in keep]
                gold = [g for g in gold if g.get("status") in keep]
            predicted = [value for value, _ in pairs]
            score, missed, spurious = score_kind(gold, predicted, matcher_for(kind))
            evaluation.scores.setdefault(kind, Score()).add(score)
            doc_id = article.document.id or ""
            evaluation.misses.extend(Miss(doc_id, kind, "missed", gold[i]) for i in missed)
            evaluation.misses.extend(Miss(doc_id, kind, "spurious", predicted[j], pairs[j][1]) for j in spurious)
    return evaluation


def _fact_text(fact: Fact) -> str:
    return fact.text
