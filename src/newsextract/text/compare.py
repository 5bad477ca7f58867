"""Comparing short texts: words, content words, token F1, last names, abbreviations.

Used by kinds' merge keys and gold matching (and by the evaluator). Moved here from
:mod:`newsextract.evaluation`, which still re-exports every name.
"""

from __future__ import annotations

import regex

from .lazy import LazyPattern

__all__ = [
    "ABBREVIATIONS",
    "STOPWORDS",
    "content_words",
    "expand_abbreviations",
    "same_last_name",
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


_APPOSITION = LazyPattern(r"\s*(?:,|\(|\s-\s|\s—).*$", flags=regex.S)


def _bare_name(name: str) -> str:
    """The name without an apposition or tag after it ("X, the governor," / "X (D-Wis.)" -> "X")."""
    bare = _APPOSITION.sub("", name.strip())
    return bare or name.strip()


_AFFILIATION = LazyPattern(r"\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}.*$", flags=regex.S)
_NAME_LIKE = LazyPattern(r"^(?:\p{Lu}[\p{L}'’.\-]*\s*){1,5}$")


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
