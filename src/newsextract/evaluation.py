"""Scoring a pipeline against gold facts (the format in docs/gold-format.md).

Matching per kind comes from the kind's ``gold_match`` (see the ``register_kinds``
hook); the helpers here (:func:`token_f1`, :func:`share_content_word`,
:func:`same_last_name`, :func:`expand_abbreviations`) are what the built-in kinds
use, and are public so plugin authors can build their own rules from them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from .model import Document, Fact, Result, value_to_dict

__all__ = [
    "Article",
    "Evaluation",
    "Miss",
    "Score",
    "content_words",
    "evaluate",
    "expand_abbreviations",
    "read_gold",
    "same_last_name",
    "score_kind",
    "share_content_word",
    "token_f1",
    "words",
]

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")
#: Words that carry no content when comparing names and titles.
STOPWORDS = frozenset(
    "a an the of and or in on at to for from by with its it his her their type".split()
)
#: Abbreviated titles and ranks, spelled out (gold spells them out; so does the scorer).
ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "cpt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "pres": "president",
    "sec": "secretary",
    "atty": "attorney",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "amb": "ambassador",
    "pm": "prime minister",
    "dep": "deputy",
    "mp": "member of parliament",
    "mep": "member of the european parliament",
}


def words(text: str) -> list[str]:
    """Lower-case word tokens of ``text``."""
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text or "")]


def content_words(text: str) -> set[str]:
    """Words of ``text`` minus stopwords, with simple plural folding (drones -> drone)."""
    out = set()
    for word in words(expand_abbreviations(text)):
        if word in STOPWORDS:
            continue
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word)
    return out


def share_content_word(a: str | None, b: str | None) -> bool:
    """True when the two phrases share a content word (plurals folded)."""
    return bool(content_words(a or "") & content_words(b or ""))


def token_f1(a: str, b: str) -> float:
    """Token-level F1 between two texts (bag of words, case-insensitive)."""
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return float(ta == tb)
    remaining: dict[str, int] = {}
    for t in tb:
        remaining[t] = remaining.get(t, 0) + 1
    common = 0
    for t in ta:
        if remaining.get(t, 0) > 0:
            remaining[t] -= 1
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(ta), common / len(tb)
    return 2 * precision * recall / (precision + recall)


def _strip_article(name: str) -> str:
    return regex.sub(r"^(?:the)\s+", "", name.strip(), flags=regex.I)


_APPOSITION = regex.compile(r"\s*(?:,|\(|\s-\s|\s—).*$", flags=regex.S)


def _bare_name(name: str) -> str:
    """The name without an apposition or tag after it ("X, the governor," / "X (D-Wis.)" -> "X")."""
    bare = _APPOSITION.sub("", name.strip())
    return bare or name.strip()


_AFFILIATION = regex.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}.*$", flags=regex.S)
_NAME_LIKE = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*\s*){1,5}$")


def _gold_name_forms(gold: str) -> list[str]:
    """The ways an annotator's speaker string can name someone.

    The string itself without its apposition ("X, the governor," -> "X"), and a
    name-like part after a description ("Ryan's spokeswoman, AshLee Strong," ->
    "AshLee Strong"), each also without an affiliation ("X of the Council on ..." -> "X").
    """
    forms = [_bare_name(gold)]
    forms += [part.strip() for part in gold.split(",")[1:] if _NAME_LIKE.match(part.strip())]
    return [_without_affiliation(form) for form in forms]


def _without_affiliation(form: str) -> str:
    # Only a person's name (two or more capitalised words) sheds its affiliation;
    # "Department of Defense" stays whole.
    stripped = _AFFILIATION.sub("", form)
    return stripped if stripped != form and _NAME_LIKE.match(stripped) and len(stripped.split()) >= 2 else form


def same_last_name(gold: str | None, predicted: str | None) -> bool:
    """Last names agree; for organisations ("the Kremlin") the names agree without "the".

    The gold string may carry an apposition, a party tag or an affiliation
    (see :func:`_gold_name_forms`); the prediction is compared as it is.
    """
    pw = words(_strip_article(_bare_name(predicted or "")))
    if not pw:
        return False
    for form in _gold_name_forms(gold or ""):
        gw = words(_strip_article(form))
        if gw and (gw[-1] == pw[-1] or gw == pw or _is_acronym_of(gw, pw) or _is_acronym_of(pw, gw)):
            return True
    return False


def _is_acronym_of(short: list[str], long: list[str]) -> bool:
    """ "IDF" for "Israel Defense Forces", "UN" for "United Nations" (stopwords skipped)."""
    if len(short) != 1 or len(long) < 2:
        return False
    initials = "".join(w[0] for w in long if w not in STOPWORDS)
    return len(short[0]) >= 2 and short[0] == initials


def expand_abbreviations(text: str) -> str:
    """Spell out abbreviated titles ("Gov." -> "governor", "Lt. Gen." -> "lieutenant general")."""

    def expand(match: regex.Match[str]) -> str:
        return ABBREVIATIONS.get(match.group(1).casefold(), match.group(0))

    return regex.sub(r"\b([A-Za-z]{2,5})\.?(?=\s|$|;|,)", expand, text or "")


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
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                document = Document(
                    row["text"],
                    id=str(row.get("id", f"line-{number}")),
                    title=row.get("title"),
                    published=_lenient_date(row.get("published")),
                    source=row.get("source"),
                    url=row.get("url"),
                )
            except (KeyError, ValueError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a gold article: {exc}") from exc
            yield Article(
                document=document,
                facts=row.get("facts") or {},
                kinds=tuple(row["kinds"]) if row.get("kinds") else None,
                only_status=tuple(row["only_status"]) if row.get("only_status") else None,
            )


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
    evaluation = Evaluation()
    articles = list(articles)
    # A kind is annotated in a file when any article of it has gold for it; articles
    # without an explicit "kinds" list are scored on all of those (an empty list of
    # facts then means "none here"). Kinds no article knows, say a third-party
    # plugin's, are not scored.
    annotated = {kind for a in articles for kind in (a.kinds or a.facts.keys())}
    for article in articles:
        evaluation.articles += 1
        result = run(article.document)
        scored = set(article.kinds) if article.kinds is not None else set(annotated)
        if kinds:
            scored &= set(kinds)
        for kind in sorted(scored):
            facts = [f for f in result.facts if f.kind == kind]
            predicted = [value_to_dict(f.value) for f in facts]
            gold = list(article.facts.get(kind, []))
            if article.only_status:
                keep = set(article.only_status)
                pairs = [(f, p) for f, p in zip(facts, predicted, strict=True) if p.get("status") in keep]
                facts, predicted = [f for f, _ in pairs], [p for _, p in pairs]
                gold = [g for g in gold if g.get("status") in keep]
            score, missed, spurious = score_kind(gold, predicted, matcher_for(kind))
            evaluation.scores.setdefault(kind, Score()).add(score)
            doc_id = article.document.id or ""
            evaluation.misses.extend(Miss(doc_id, kind, "missed", gold[i]) for i in missed)
            evaluation.misses.extend(Miss(doc_id, kind, "spurious", predicted[j], _fact_text(facts[j])) for j in spurious)
    return evaluation


def _fact_text(fact: Fact) -> str:
    return fact.text
